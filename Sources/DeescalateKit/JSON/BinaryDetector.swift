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
        let (nul, sawHighByte) = bytes.withUnsafeBufferPointer { scanForNulAndHighBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0[start..<sampleEnd]))) }
        if let nul = nul.map({ $0 + start }) {
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

    /// The offset of the first NUL byte in `bytes` (if any), and whether any byte before it is
    /// above ASCII — eight bytes at a time, since every graded file passes through here.
    static func scanForNulAndHighBytes(_ bytes: UnsafeRawBufferPointer) -> (nul: Int?, sawHighByte: Bool) {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var high: UInt64 = 0, index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if (word &- ones) & ~word & highs != 0 { break } // some byte of this word is zero
            high |= word
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { return (index, high & highs != 0) }
            high |= UInt64(byte)
            index += 1
        }
        return (nil, high & highs != 0)
    }
}
