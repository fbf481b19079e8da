/// Tells a text file from a binary one before parsing, so the error says what really happened
/// ("the file is binary", not a syntax error at some odd column). Used for every hand-written or
/// imported file: personas, persona tests, chat logs.
enum BinaryDetector {
    /// Why `bytes` (from `start`, past any byte order mark) are not text, and the line where that
    /// shows: a NUL byte, or mostly invalid UTF-8 in the first 8 KB. `kind` names what the file
    /// should have been, e.g. "a JSON text file".
    static func reason(_ bytes: [UInt8], from start: Int = 0, kind: String) -> (line: Int, message: String)? {
        let sampleEnd = min(bytes.count, start + 8192)
        guard start < sampleEnd else { return nil }
        let sample = bytes[start..<sampleEnd]
        // One pass for both questions (any NUL? any byte above ASCII?): this runs on every file graded.
        let (nul, sawHighByte) = bytes.withUnsafeBufferPointer { buffer -> (Int?, Bool) in
            var high: UInt8 = 0
            for index in start..<sampleEnd {
                let byte = buffer[index]
                if byte == 0 { return (index, high >= 0x80) }
                high |= byte
            }
            return (nil, high >= 0x80)
        }
        if let nul {
            let line = bytes[start..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            return (line, "the file is binary (it contains NUL bytes), not \(kind)")
        }
        guard sawHighByte else { return nil } // plain ASCII is text
        if String(validating: sample, as: UTF8.self) != nil { return nil } // valid UTF-8 is text
        var invalid = 0
        for scalar in String(decoding: sample, as: UTF8.self).unicodeScalars where scalar == "\u{FFFD}" { invalid += 1 }
        guard invalid > 0, invalid * 20 > sample.count else { return nil }
        return (1, "the file is not UTF-8 text (\(invalid) invalid byte sequences in the first \(sample.count) bytes)")
    }
}
