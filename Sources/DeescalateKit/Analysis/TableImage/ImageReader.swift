/// Reads what `ImageWriter` wrote. Every read is checked against the end of the bytes and every
/// value against the range its caller allows, so a damaged image ends in `nil` (and the tables
/// are built from the rule book instead), never in a trap while it is read. (An image altered so
/// that it still reads is refused before reading, by the digest of its bytes; see `TableImage`.)
struct ImageReader {
    /// The image was cut short, or held a value out of its range.
    struct Damaged: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    /// Room for `count` elements read from what is left, each at least a byte: a damaged count
    /// cannot make the reader reserve more than the image could hold.
    func room(for count: Int) -> Int { min(count, bytes.count - offset) }

    mutating func byte() throws(Damaged) -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func unsigned() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64, shift < 63 || b <= 1 else { throw Damaged() }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    /// A count no greater than `limit`.
    mutating func count(atMost limit: Int) throws(Damaged) -> Int {
        let value = try unsigned()
        guard limit >= 0, value <= UInt64(limit) else { throw Damaged() }
        return Int(value)
    }

    /// A zigzag-coded whole number in `range`.
    mutating func int(in range: ClosedRange<Int>) throws(Damaged) -> Int {
        let raw = try unsigned()
        let value = Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
        guard value >= Int64(range.lowerBound), value <= Int64(range.upperBound) else { throw Damaged() }
        return Int(value)
    }

    mutating func int32(in range: ClosedRange<Int32>) throws(Damaged) -> Int32 {
        Int32(try int(in: Int(range.lowerBound)...Int(range.upperBound)))
    }

    mutating func word64() throws(Damaged) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        var value: UInt64 = 0
        for k in 0..<8 { value |= UInt64(bytes[offset + k]) << UInt64(8 * k) }
        offset += 8
        return value
    }

    mutating func bits() throws(Damaged) -> UInt64 {
        let count = try byte()
        guard count <= 64 else { throw Damaged() }
        var mask: UInt64 = 0
        for _ in 0..<count {
            let bit = try byte()
            guard bit < 64 else { throw Damaged() }
            mask |= 1 << UInt64(bit)
        }
        return mask
    }

    /// UTF-8 text; invalid sequences are a damaged image, not repaired text.
    mutating func text() throws(Damaged) -> String {
        // The length's own bytes come first: what is left is measured after them.
        let length = try count(atMost: Int(Int32.max))
        guard length <= bytes.count - offset else { throw Damaged() }
        let utf8 = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)])
        guard let text = String(validating: utf8, as: UTF8.self) else { throw Damaged() }
        offset += length
        return text
    }
}
