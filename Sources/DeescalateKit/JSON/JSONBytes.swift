/// A JSON writer over UTF-8 bytes: every write appends, so a document of any size is written in time
/// linear in its length (appending through `String.unicodeScalars` copied the whole output on every
/// string, which made a 200 KB analyzed line take seconds). `JSONValue.serialized` and the grade rows
/// both write through it, so they escape identically.
///
/// The bytes live in a buffer the writer owns (so it cannot be copied) rather than in an array: a
/// grade row is a few hundred small appends, and an array checks uniqueness and capacity and calls
/// out to copy on every one of them, which cost more than the bytes themselves.
struct JSONBytes: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    /// Room for a typical graded row (about 2 KB with findings and feedback) without regrowing.
    init(capacity: Int = 4096) {
        self.capacity = max(16, capacity)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// What has been written.
    var bytes: [UInt8] { Array(written) }

    var string: String { String(decoding: written, as: UTF8.self) }

    private var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// Literal JSON (keys, punctuation): a string literal comes here, copied straight from the
    /// binary. (With a `String` overload of the same name the literal became a `String` first: a
    /// grade row writes some thirty of them, and that was a tenth of writing it.)
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Text known to need no escaping (numbers, indentation, JSON written elsewhere).
    mutating func raw(text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func byte(_ value: UInt8) {
        reserve(1)
        start[count] = value
        count += 1
    }

    /// A whole number in decimal, as `String(value)` spells it, written digit by digit (without a
    /// String made for each number: a row has a dozen).
    mutating func int(_ value: Int) {
        if value >= 0, value < 10 { byte(0x30 + UInt8(value)); return }
        // The magnitude as unsigned, so Int.min has one too: at most 19 digits and a sign.
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = digits.count
            repeat {
                index -= 1
                digits[index] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { index -= 1; digits[index] = 0x2D }
            append(UnsafeBufferPointer(rebasing: digits[index...]))
        }
    }

    /// A quoted string: quotes, backslashes and every control character escaped; U+2028/2029 too, so
    /// the output is also safe inside a `<script>` or a JavaScript string.
    mutating func string(_ text: String) {
        byte(0x22)
        var text = text
        text.withUTF8 { utf8 in
            // Copy runs of bytes that need no escape in one go; escape the rest one by one. The buffer
            // is read unchecked because this is the grade rows' hot path: every read is at an index
            // below `count`, guarded by the loop and by `index + 2 < count` for the 3-byte lookahead.
            var index = 0, runStart = 0
            let count = utf8.count
            let base = UnsafeRawPointer(utf8.baseAddress)
            while index < count {
                // Eight bytes at a time: a group with no byte that could need an escape is skipped
                // (most text needs none), else the scan goes straight to the first such byte.
                if index + 8 <= count, let base {
                    let flagged = Self.escapeCandidates(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    if flagged == 0 {
                        index += 8
                        continue
                    }
                    index += flagged.trailingZeroBitCount >> 3
                } else if count >= 8, let base {
                    // The last few bytes, tested as the string's last eight with those already read
                    // shifted out (every byte that may need an escape is flagged; a flag left over
                    // from the bytes shifted out is caught below).
                    let flagged = Self.escapeCandidates(base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
                        >> UInt64(8 * (index - (count - 8)))
                    if flagged == 0 { break }
                    index += flagged.trailingZeroBitCount >> 3
                }
                let byte = utf8[index]
                let escape: Bool
                switch byte {
                case 0x22, 0x5C, 0x00..<0x20, 0x7F: escape = true
                case 0xE2: escape = index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
                default: escape = false
                }
                guard escape else { index += 1; continue }
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case 0x22: self.byte(0x5C); self.byte(0x22)
                case 0x5C: self.byte(0x5C); self.byte(0x5C)
                case 0x0A: self.byte(0x5C); self.byte(0x6E)
                case 0x0D: self.byte(0x5C); self.byte(0x72)
                case 0x09: self.byte(0x5C); self.byte(0x74)
                case 0xE2: unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029); index += 2
                default: unicodeEscape(UInt32(byte))
                }
                index += 1
                runStart = index
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
        byte(0x22)
    }

    /// Whether any of the eight bytes in `word` is one `string` escapes or looks at twice: a control
    /// (below 0x20), `"`, `\\`, DEL, or 0xE2 (which opens U+2028 and U+2029).
    @inline(__always) static func mayNeedEscape(_ word: UInt64) -> Bool { escapeCandidates(word) != 0 }

    /// The high bit of each byte of `word` (read little-endian, so the first byte is the lowest)
    /// that may be one of those: the classic has-zero-byte and has-less-than tests. Every such byte
    /// is flagged; a borrow can also flag a byte above one, never below it, so the lowest flag is
    /// always a real one and every byte before it is not.
    @inline(__always) static func escapeCandidates(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let controls = (word &- ones &* 0x20) & ~word & highs
        return controls | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
            | zeroBytes(word ^ (ones &* 0x7F)) | zeroBytes(word ^ (ones &* 0xE2))
    }

    private mutating func unicodeEscape(_ value: UInt32) {
        let hex: StaticString = "0123456789abcdef"
        byte(0x5C); byte(0x75)
        hex.withUTF8Buffer { digits in
            for shift in stride(from: 12, through: 0, by: -4) { byte(digits[Int((value >> UInt32(shift)) & 0xF)]) }
        }
    }

    @inline(__always) private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, buffer.count > 0 else { return }
        reserve(buffer.count)
        (start + count).initialize(from: source, count: buffer.count)
        count += buffer.count
    }

    @inline(__always) private mutating func reserve(_ extra: Int) {
        if extra > capacity - count { grow(toHold: count + extra) }
    }

    private mutating func grow(toHold needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }
}
