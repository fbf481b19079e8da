import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// JSON Lines (`grade` on a .jsonl or standard input): the grader's own line splitting
/// (`GradeLineStream`, with a small limit so the over-long path is reached) hands out each
/// non-blank line once, in order, without its newline and never past the limit; each row is then
/// read and graded as a transcript.
enum JSONLinesTarget {
    static let limit = 2_048
    nonisolated(unsafe) static var file: Int32 = -1

    static func run(_ bytes: [UInt8]) {
        if file < 0 {
            var template = Array("/tmp/deescalate-fuzz-jsonl-XXXXXX".utf8CString)
            file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            require(file >= 0, "a scratch file for the stream")
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
        _ = ftruncate(file, 0)
        _ = bytes.withUnsafeBytes { pwrite(file, $0.baseAddress, $0.count, 0) }
        _ = lseek(file, 0, SEEK_SET)
        let stream = GradeLineStream(descriptor: file, label: "fuzz.jsonl", limit: limit, ownsDescriptor: false)
        var items: [GradeFrame.Item] = []
        var rounds = 0
        while !stream.finished {
            if let item = stream.next() { items.append(item); continue }
            stream.read()
            rounds += 1
            require(rounds <= bytes.count / 4096 + 4, "the stream ends after reading its bytes")
        }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        var lastLine = 0
        var graded = 0
        for item in items {
            let number: Int
            switch item {
            case .row(let label, let row):
                number = Int(label.split(separator: ":").last ?? "") ?? -1
                require(!row.contains(0x0A), "a row holds no newline")
                require(row.count <= limit, "a row is within the limit (\(row.count))")
                require(row.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }, "a blank line is no row")
                if graded < 3, let transcript = try? Transcript(parsing: Array(row), file: label) {
                    TranscriptTarget.check(transcript, source: label)
                    graded += 1
                }
            case .unreadable(let label, let reason):
                number = Int(label.split(separator: ":").last ?? "") ?? -1
                require(reason.contains("longer than"), "only an over-long row is refused: \(reason)")
            case .file:
                require(false, "a stream yields no files")
                return
            }
            require(number > lastLine && number <= lines, "rows in order, numbered by line (\(number) after \(lastLine), \(lines) lines)")
            lastLine = number
        }
    }
}
