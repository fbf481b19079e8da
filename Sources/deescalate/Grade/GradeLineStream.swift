#if canImport(Glibc)
import Glibc
#endif

/// JSON Lines from a file or standard input, cut into rows as they arrive: each non-blank line is a
/// row labelled `LABEL:LINE`. A line longer than the limit is reported once and its bytes dropped
/// up to the next newline, so no input, however long its lines, grows memory past the limit.
final class GradeLineStream {
    /// The descriptor read.
    let descriptor: Int32
    /// Whether reads may block (a pipe or terminal): the supervisor waits for it with `poll`.
    let waitsForData: Bool
    private let label: String
    private let limit: Int
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes before this index hold no newline, so a long line is scanned once, not once per read.
    private var scanned = 0
    private var lineNumber = 0
    private var discarding = false
    private var failure: String?
    /// Whether the input has ended (rows may still be waiting in the buffer).
    private(set) var ended = false

    init(descriptor: Int32, label: String, limit: Int, ownsDescriptor: Bool) {
        self.descriptor = descriptor
        self.label = label
        self.limit = limit
        self.ownsDescriptor = ownsDescriptor
        var info = stat()
        waitsForData = !(fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Reads what is available (blocks only if `waitsForData` and nothing is: call after `poll`).
    func read() {
        guard !ended else { return }
        if start > 1 << 16, start > buffer.count / 2 {
            buffer.removeSubrange(..<start)
            scanned -= start
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: 1 << 16))
        var got = 0
        repeat {
            got = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + old, 1 << 16) }
        } while got < 0 && errno == EINTR
        buffer.removeSubrange((old + max(0, got))...)
        if got == 0 { ended = true }
        if got < 0 {
            ended = true
            failure = String(cString: strerror(errno))
        }
    }

    /// The next row (or the report of an over-long row or a read error), or nil when more input is needed.
    func next() -> GradeFrame.Item? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                lineNumber += 1
                let lineStart = start
                start = newline + 1
                scanned = start
                if discarding { discarding = false; continue }
                if newline - lineStart > limit { return tooLong(lineNumber) }
                if let row = row(lineStart..<newline) { return row }
                continue
            }
            scanned = buffer.count
            if !discarding, buffer.count - start > limit {
                // Reported at once, not when the newline finally comes: a stream might never send it.
                discarding = true
                start = buffer.count
                scanned = start
                return tooLong(lineNumber + 1)
            }
            if discarding {
                start = buffer.count
                scanned = start
            }
            guard ended else { return nil }
            if start < buffer.count {
                lineNumber += 1
                let lineStart = start
                start = buffer.count
                scanned = start
                if buffer.count - lineStart > limit { return tooLong(lineNumber) }
                if let row = row(lineStart..<buffer.count) { return row }
            }
            if let failure {
                self.failure = nil
                return .unreadable(label, failure)
            }
            return nil
        }
    }

    private func tooLong(_ line: Int) -> GradeFrame.Item {
        .unreadable("\(label):\(line)", "the row is longer than the \(GradeFileReader.megabytes(limit)) limit (--max-file-size); skipped")
    }

    /// Whether every row has been handed out and the input has ended.
    var finished: Bool { ended && start >= buffer.count && failure == nil }

    /// A row for the line in `range` (a trailing CR dropped), or nil for a blank line: one of
    /// spaces, tabs and carriage returns only (a stray CR mid-line is still white space, as JSON has it;
    /// the jsonl fuzz target found " \r \r" handed on as a row that then failed as bad JSON).
    private func row(_ range: Range<Int>) -> GradeFrame.Item? {
        var end = range.upperBound
        if end > range.lowerBound, buffer[end - 1] == 0x0D { end -= 1 }
        let line = buffer[range.lowerBound..<end]
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        return .row(label: "\(label):\(lineNumber)", bytes: Array(line)[...])
    }
}
