/// FNV-1a over the pieces of what the analyzer's tables are made from (`TableImage.sourceDigest`),
/// each piece followed by a separator no text holds, so moving a word from one piece to the next
/// changes the digest.
struct SourceDigest {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    mutating func add(_ bytes: [UInt8]) {
        for b in bytes { add(byte: b) }
        add(byte: 0xFF)
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { for b in $0 { add(byte: b) } }
        add(byte: 0xFF)
    }

    /// A number (a list's length, a class's bits), as its eight bytes and a separator.
    mutating func add(count: Int) {
        let bits = UInt64(bitPattern: Int64(count))
        for shift in stride(from: 0, to: 64, by: 8) { add(byte: UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        add(byte: 0xFF)
    }
}
