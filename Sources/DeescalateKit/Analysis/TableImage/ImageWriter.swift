/// Writes the compact binary form of the analyzer's tables (`TableImage`): whole numbers as
/// LEB128 varints (most are small: word ids, offsets, counts), class masks as the list of their set
/// bits (a mask has a few of its 64 bits set, where eight bytes would be written for it).
struct ImageWriter {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// A non-negative whole number.
    mutating func count(_ value: Int) {
        precondition(value >= 0, "a count is never negative")
        unsigned(UInt64(value))
    }

    /// A whole number that may be negative (-1 and -3 mean "none" in the tables), zigzag-coded.
    mutating func int(_ value: Int) {
        let v = Int64(value)
        unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Eight bytes, low first: for hashes, whose bits are all in use.
    mutating func word64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// A 64-bit mask as its number of set bits and their positions, lowest first.
    mutating func bits(_ mask: UInt64) {
        byte(UInt8(mask.nonzeroBitCount))
        var rest = mask
        while rest != 0 {
            byte(UInt8(rest.trailingZeroBitCount))
            rest &= rest - 1
        }
    }

    /// UTF-8 text, its length first.
    mutating func text(_ value: String) {
        count(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }
}
