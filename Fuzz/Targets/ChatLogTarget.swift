/// Chat-log import (`grade` on a .txt): a log either fails with a located error or becomes a
/// transcript of non-empty turns that grades within range and renders safely.
enum ChatLogTarget {
    static func run(_ bytes: [UInt8]) {
        let transcript: Transcript
        do {
            transcript = try ChatLogImporter.transcript(parsing: bytes, file: "fuzz.txt")
        } catch {
            if let location = error.location {
                require(location.line >= 1 && location.column >= 1, "an error's location is 1-based: \(location)")
            }
            return
        }
        require(!transcript.turns.isEmpty, "an imported log has turns")
        GradeChecks.check(transcript, source: "fuzz.txt")
    }
}
