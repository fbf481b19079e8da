/// Byte-level tests the tokenizer makes as it walks a line: decoding a scalar, what a letter is,
/// where a run of text starts, clock times and ordinals after a number. Every read is checked
/// against the buffer's end: a line can stop anywhere.
extension Tokenizer {
    /// Bytes after which a new run of text starts: whitespace and opening brackets.
    @inline(__always) static func opensRun(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x28 || b == 0x5B }

    /// Bytes that can open an entity in the middle of a run (see `entity(_:at:runStart:)`).
    @inline(__always) static func mayStartEntity(_ b: UInt8) -> Bool {
        switch b {
        case 0x40, 0x23, 0x5E, 0x24, 0xC2, 0xE2, 0x26, 0x2A, 0x2F, 0x7E, 0x2D, 0x2B: true
        default: false
        }
    }

    /// How many scalars `count` bytes from `start` hold.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int {
        var scalars = 0
        for k in start..<min(start + count, b.count) where b[k] & 0xC0 != 0x80 { scalars += 1 }
        return scalars
    }

    /// The bytes of " pm", "am", " p.m." right after a number at `i`, or 0.
    static func meridiem(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        var k = i
        if k < b.count && b[k] == 0x20 { k += 1 }
        guard k + 1 < b.count, b[k] | 0x20 == 0x61 || b[k] | 0x20 == 0x70 else { return 0 }
        var end = k + 1
        if b[end] == 0x2E { end += 1 }
        guard end < b.count, b[end] | 0x20 == 0x6D else { return 0 }
        end += 1
        if end < b.count && isLetter(b[end]) { return 0 }
        return end - i
    }

    /// "1st", "22nd", "3rd", "12th": digits then an ordinal ending.
    static func isOrdinal(_ w: UnsafeMutableBufferPointer<UInt8>, _ n: Int, letters: Int) -> Bool {
        guard letters == 2, n >= 3, n <= 48 else { return false }
        let a = w[n - 2], b = w[n - 1]
        return (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 || b >= 0x80 }

    /// ASCII letters and digits, and letters of other scripts (Latin accents, Greek, Cyrillic, CJK,
    /// Hangul), so foreign words are words, just unknown ones.
    @inline(__always) static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 97 && (v | 0x20) <= 122 || (v >= 48 && v <= 57) }
        return (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x370 && v <= 0x1FFF)
            || (v >= 0x3040 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7AF)
    }
}
