/// Transcript JSON (`grade` on a .json, `report`): a file either fails with a located error or is a
/// transcript that survives a round trip through its own format and grades within range.
enum TranscriptTarget {
    static func run(_ bytes: [UInt8]) {
        let transcript: Transcript
        do {
            transcript = try Transcript(parsing: bytes, file: "fuzz.json")
        } catch {
            if let location = error.location {
                require(location.line >= 1 && location.column >= 1, "an error's location is 1-based: \(location)")
            }
            return
        }
        check(transcript)
    }

    static func check(_ transcript: Transcript, source: String = "fuzz.json") {
        let written = Array(transcript.jsonValue().serialized(pretty: true).utf8)
        let reread: Transcript
        do {
            reread = try Transcript(parsing: written, file: "round-trip")
        } catch {
            require(false, "a transcript written by Deescalate reads back: \(error.message)")
            return
        }
        require(reread.jsonValue().serialized() == transcript.jsonValue().serialized(), "a transcript round-trips unchanged")
        if let chart = FrustrationChart(transcript: transcript) {
            require(chart.svg().utf8.count <= 2_000 * (transcript.turns.count + 1) + 20_000, "a frustration chart's size is bounded")
        }
        GradeChecks.check(transcript, source: source)
    }
}
