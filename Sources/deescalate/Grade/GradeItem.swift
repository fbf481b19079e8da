import DeescalateKit

/// One thing to grade and what became of it: a row's output text and figures, or the error to report.
enum GradeItem {
    /// A graded row, rendered (UTF-8), with the figures the summary and exit code need (whether the
    /// trainee spoke among them: a transcript where they never did is not graded). Only these leave
    /// the grading thread: the grade's findings, feedback and the transcript's analyses are freed
    /// there, where they were made, rather than all at once by the writer after each batch, which
    /// left one core idle at the end of a run while the other freed the last batch.
    struct Graded {
        var text: [UInt8]
        var figures: GradeFrame.Figures
        /// The whole graded transcript, kept only for formats that render the set at the end (html).
        var kept: GradedTranscript?
    }

    /// What happened to one item.
    enum Outcome {
        case graded(Graded)
        case failed(String)
    }

    /// Reads, parses and grades one item (reusing `memo`'s readings of repeated lines); `render` turns
    /// the row into output text. `identify` names the input fields to echo on a JSON Lines row's grade (nil: the output shows
    /// no input identity).
    static func process(_ source: GradeFrame.Item, scorer: Scorer, memo: AnalysisMemo?, limit: Int,
                        render: (GradedTranscript) -> [UInt8], keep: Bool = false, identify: [String]? = nil) -> Outcome {
        let transcript: Transcript
        let label: String
        var input: InputRowIdentity?
        do throws(TranscriptError) {
            switch source {
            case .unreadable(let path, let reason):
                return .failed("\(path): error: cannot read: \(reason); skipped")
            case .file(let path):
                label = path
                let bytes: [UInt8]
                switch GradeFileReader.bytes(of: path, limit: limit) {
                case .success(let read): bytes = read
                case .failure(let failure): return .failed("\(path): error: cannot read: \(failure.reason); skipped")
                }
                transcript = try parseFile(bytes, path: path)
            case .row(let rowLabel, let bytes):
                label = rowLabel
                let row = Array(bytes)
                let root: JSONNode
                do {
                    root = try JSONParser.parse(row)
                } catch {
                    throw TranscriptError(file: rowLabel, location: error.location, message: "not valid JSON: \(error.message)")
                }
                if let identify { input = InputRowIdentity(line: GradeOutput.lineNumber(of: rowLabel), bytes: bytes, root: root, echo: identify) }
                transcript = try Transcript(node: root, bytes: row, file: rowLabel)
            }
        } catch {
            if case .row = source { return .failed(describe(error, isRow: true)) }
            return .failed(describe(error, isRow: false))
        }
        let graded = GradedTranscript(source: label, transcript: transcript, grade: scorer.grade(transcript, memo: memo), input: input)
        let figures = GradeFrame.Figures(graded.grade, hasTraineeTurn: transcript.turns.contains { $0.speaker == .trainee })
        return .graded(Graded(text: render(graded), figures: figures, kept: keep ? graded : nil))
    }

    /// A transcript file (`.json`, or anything opening with `{`) or a plain-text chat log.
    static func parseFile(_ bytes: [UInt8], path: String) throws(TranscriptError) -> Transcript {
        let ext = GradeInput.pathExtension(path)
        let looksJSON = ext == "json" || (ext != "txt" && ext != "log" && firstSignificantByte(bytes) == UInt8(ascii: "{"))
        if looksJSON {
            if bytes.isEmpty { throw TranscriptError(file: path, message: "the file is empty") }
            return try Transcript(parsing: bytes, file: path)
        }
        return try ChatLogImporter.transcript(parsing: bytes, file: path)
    }

    private static func firstSignificantByte(_ bytes: [UInt8]) -> UInt8? {
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index < bytes.count ? bytes[index] : nil
    }

    /// `FILE:LINE:COLUMN: error: message`; a JSON Lines row's label already names its line
    /// (`<stdin>:7`), so only the column follows it.
    static func describe(_ error: TranscriptError, isRow: Bool) -> String {
        let position = error.location.map { isRow ? ":\($0.column)" : ":\($0.line):\($0.column)" } ?? ""
        // The file name may come from a folder walk: a line break in it must not split the message.
        return "\(SafeText.sanitized(error.file))\(position): error: \(error.message)"
    }
}
