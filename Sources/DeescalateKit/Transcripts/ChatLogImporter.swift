#if canImport(Glibc)
import Glibc
#endif

/// Reads a plain-text chat log into a transcript:
///
/// ```
/// [10:32] Customer: My parcel is three days late.
/// Agent: I'm sorry to hear that. What happened when you called?
/// ```
///
/// Labels are case-insensitive: Customer, Caller, Guest and Client speak for the customer; Agent,
/// Trainee, Rep and Me for the trainee; a name in brackets may follow (`Agent (Sam Lee):`), and the first
/// name given to a trainee label is kept as the transcript's trainee (so exports name the agent, not
/// "anonymous"). A simple leading timestamp (`[10:32]`, `(10:32:05)`, `10:32`, `[2024-05-01 10:32]`) is skipped. Consecutive lines of one speaker form one turn, and
/// unlabelled lines continue the turn before them (lines before the first label are a header and are
/// skipped). A UTF-8 byte order mark and CRLF line ends are accepted.
public enum ChatLogImporter {
    /// Labels for the customer.
    public static let customerLabels = ["customer", "caller", "guest", "client"]
    /// Labels for the trainee.
    public static let traineeLabels = ["agent", "trainee", "rep", "me"]

    /// Parses a chat log's bytes.
    ///
    /// - Throws: `TranscriptError` naming the file and line: binary content, no labelled turns, no
    ///   trainee turns, or more than `TranscriptLimits.maximumTurns` turns.
    public static func transcript(parsing bytes: [UInt8], file: String = "<chat log>") throws(TranscriptError) -> Transcript {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if let reason = BinaryDetector.reason(bytes, from: start, kind: "a text chat log") {
            throw TranscriptError(file: file, location: SourceLocation(line: reason.line, column: 1), message: reason.message)
        }
        var turns: [Turn] = []
        // Room for a turn per 48 bytes (real logs run 60 to 200 a turn), so the list is not regrown
        // turn by turn: that was an eighth of importing a log.
        turns.reserveCapacity(min(TranscriptLimits.maximumTurns, bytes.count / 48 + 4))
        var lineNumber = 0
        var firstCustomerLine: Int?
        var tooManyTurnsAt: Int?
        var traineeName: String?
        // Bytes are read through the array (bounds-checked): a chat log is untrusted input, and the
        // checks cost nothing measurable here (import is ~5 µs of a ~90 µs grade per log).
        do {
            // The turn being read: its first line as a range (most turns are one line, read straight
            // into their string), and a byte copy only once a second line joins it.
            var speaker: Speaker?
            var firstLine = 0..<0
            var joined: [UInt8]?
            func flush() {
                guard let finished = speaker else { return }
                speaker = nil
                if var text = joined {
                    joined = nil
                    while let last = text.last, last == 0x20 || last == 0x0A || last == 0x09 { text.removeLast() }
                    if !text.isEmpty { turns.append(Turn(speaker: finished, text: String(decoding: text, as: UTF8.self))) }
                } else if !firstLine.isEmpty {
                    turns.append(Turn(speaker: finished, text: String(decoding: bytes[firstLine], as: UTF8.self)))
                }
            }
            func append(_ body: Range<Int>) {
                guard !body.isEmpty else { return }
                if joined == nil {
                    if firstLine.isEmpty { firstLine = body; return }
                    joined = Array(bytes[firstLine])
                }
                if !joined!.isEmpty { joined!.append(0x0A) }
                joined!.append(contentsOf: bytes[body])
            }
            var index = start
            reading: while index < bytes.count {
                lineNumber += 1
                let end = endOfLine(bytes, from: index)
                var lineEnd = end
                if lineEnd > index, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if let (lineSpeaker, textStart, name) = label(bytes, from: index, to: lineEnd) {
                    if lineSpeaker == .customer, firstCustomerLine == nil { firstCustomerLine = lineNumber }
                    if lineSpeaker == .trainee, traineeName == nil, let name { traineeName = displayName(bytes, name) }
                    if speaker != lineSpeaker {
                        flush()
                        if turns.count >= TranscriptLimits.maximumTurns { tooManyTurnsAt = lineNumber; break reading }
                        speaker = lineSpeaker
                        firstLine = 0..<0
                    }
                    append(trimmed(bytes, textStart, lineEnd))
                } else if speaker != nil {
                    append(trimmed(bytes, index, lineEnd))
                }
                index = end + 1
            }
            if tooManyTurnsAt == nil { flush() }
        }
        if let line = tooManyTurnsAt {
            throw TranscriptError(file: file, location: SourceLocation(line: line, column: 1),
                                  message: "the chat log holds more than \(TranscriptLimits.maximumTurns) turns, the most one transcript may hold")
        }
        guard !turns.isEmpty else {
            throw TranscriptError(file: file, location: SourceLocation(line: 1, column: 1),
                                  message: "not a chat log: no labelled turns (expected lines like \"Customer: …\" and \"Agent: …\")")
        }
        guard turns.contains(where: { $0.speaker == .trainee }) else {
            throw TranscriptError(file: file, location: SourceLocation(line: firstCustomerLine ?? 1, column: 1),
                                  message: "no trainee turns: label the trainee's lines \"Agent:\", \"Trainee:\", \"Rep:\" or \"Me:\"")
        }
        return Transcript(source: .chatLog, trainee: traineeName, turns: turns)
    }

    /// The name in a label's brackets, trimmed; nil when it is blank. Kept exactly as written
    /// (renderers make control characters visible).
    private static func displayName(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        let name = trimmed(bytes, range.lowerBound, range.upperBound)
        return name.isEmpty ? nil : String(decoding: bytes[name], as: UTF8.self)
    }

    /// The speaker, where the text starts and the range of a bracketed name (`Agent (Sam Lee):`), if
    /// the line opens with a known label (after a timestamp).
    private static func label(_ bytes: [UInt8], from start: Int, to end: Int) -> (Speaker, Int, Range<Int>?)? {
        var index = start
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        index = skipTimestamp(bytes, from: index, to: end)
        let wordStart = index
        while index < end, index - wordStart <= 8, isLetter(bytes[index]) { index += 1 }
        let wordEnd = index
        guard wordEnd > wordStart, wordEnd - wordStart <= 8 else { return nil }
        while index < end, bytes[index] == 0x20 { index += 1 }
        var name: Range<Int>?
        if index < end, bytes[index] == 0x28 { // "Agent (Sam):"
            var close = index + 1
            while close < end, close - index <= 40, bytes[close] != 0x29, bytes[close] != 0x3A { close += 1 }
            guard close < end, bytes[close] == 0x29 else { return nil }
            name = (index + 1)..<close
            index = close + 1
            while index < end, bytes[index] == 0x20 { index += 1 }
        }
        guard index < end, bytes[index] == 0x3A else { return nil }
        var key: UInt64 = 0
        for letter in bytes[wordStart..<wordEnd] { key = key << 8 | UInt64(letter | 0x20) }
        if customerLabelKeys.contains(key) { return (.customer, index + 1, name) }
        if traineeLabelKeys.contains(key) { return (.trainee, index + 1, name) }
        return nil
    }

    /// The labels packed as lower-case bytes into one number each (a label is at most eight
    /// letters, none of them a zero byte, so equal numbers mean equal words whatever their length):
    /// a line's first word is compared with a label in one comparison, not letter by letter.
    private static let customerLabelKeys = customerLabels.map(key)
    private static let traineeLabelKeys = traineeLabels.map(key)

    private static func key(_ label: String) -> UInt64 {
        precondition(label.utf8.count <= 8 && label.utf8.allSatisfy(isLetter), "a label is at most eight ASCII letters")
        return label.utf8.reduce(0) { $0 << 8 | UInt64($1 | 0x20) }
    }

    /// The index of the line feed ending the line that starts at `start`, or the end of `bytes`
    /// (found with `memchr`: a log is mostly long lines of text).
    private static func endOfLine(_ bytes: [UInt8], from start: Int) -> Int {
        guard start < bytes.count else { return start }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let found = memchr(buffer.baseAddress! + start, 0x0A, buffer.count - start) else { return buffer.count }
            return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Skips `[10:32]`, `(10:32:05)`, `[2024-05-01 10:32]` or a bare `10:32` / `10:32:05` and the space after.
    private static func skipTimestamp(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        guard start < end else { return start }
        var index = start
        if bytes[index] == 0x5B || bytes[index] == 0x28 {
            let close: UInt8 = bytes[index] == 0x5B ? 0x5D : 0x29
            var scan = index + 1
            while scan < end, scan - index <= 32, bytes[scan] != close {
                let byte = bytes[scan]
                guard isDigit(byte) || byte == 0x3A || byte == 0x2D || byte == 0x20 || byte == 0x2F || byte == 0x2E
                        || byte == 0x54 || byte == 0x5A || isLetter(byte) else { return start }
                scan += 1
            }
            guard scan < end, bytes[scan] == close, bytes[(index + 1)..<scan].contains(where: isDigit) else { return start }
            index = scan + 1
        } else if isDigit(bytes[index]) {
            var scan = index
            while scan < end, isDigit(bytes[scan]) || bytes[scan] == 0x3A { scan += 1 }
            guard scan - index >= 4, bytes[index..<scan].contains(0x3A) else { return start }
            index = scan
        } else {
            return start
        }
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index
    }

    private static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Range<Int> {
        var low = start, high = end
        while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
        while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
        return low..<high
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
