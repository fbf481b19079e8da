import Testing
@testable import DeescalateKit

/// The JSON string writer skips eight bytes at a time when none can need an escape; these check that
/// the skip never passes over a byte that does.
@Suite struct JSONBytesTests {
    /// Every byte value at every position of a word of plain letters: flagged exactly when it is one
    /// the writer escapes or looks at twice.
    @Test func theEightByteTestFlagsExactlyTheBytesThatMayNeedAnEscape() {
        for value in 0...255 {
            let special = value < 0x20 || value == 0x22 || value == 0x5C || value == 0x7F || value == 0xE2
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(JSONBytes.mayNeedEscape(word) == special, "byte \(value) at \(position)")
            }
        }
    }

    /// The lowest flagged byte of a group is always one that may need an escape, and no byte before
    /// it is: the writer jumps straight to it.
    @Test func theFirstFlaggedByteIsTheFirstThatMayNeedAnEscape() {
        var random = SeededRandom(seed: 7)
        let palette: [UInt8] = [0x61, 0x20, 0x22, 0x5C, 0x0A, 0x00, 0x1F, 0x7F, 0xE2, 0x80, 0xA8, 0xC3, 0xA9, 0x21, 0xFF, 0x7E]
        func special(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2 }
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in palette[random.index(below: palette.count)] }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let flagged = JSONBytes.escapeCandidates(word)
            guard let first = bytes.firstIndex(where: special) else { #expect(flagged == 0, "\(bytes)"); continue }
            #expect(flagged.trailingZeroBitCount >> 3 == first, "\(bytes)")
        }
    }

    /// Whole numbers are spelled as `String` spells them, at the edges and across every length.
    @Test func integersAreWrittenAsStringWritesThem() {
        var random = SeededRandom(seed: 11)
        var values = [0, 9, 10, 11, 99, 100, -1, -9, -10, 1_000_000, Int.max, Int.min, Int.min + 1]
        for _ in 0..<2_000 { values.append(Int(truncatingIfNeeded: random.next()) >> random.index(below: 63)) }
        for value in values {
            var writer = JSONBytes()
            writer.int(value)
            #expect(writer.string == String(value))
        }
    }

    /// Strings of every length and mix, escaped by the writer and by a plain byte-by-byte reference.
    @Test(arguments: [0, 1, 2])
    func stringsAreEscapedAsOneByteAtATimeWouldEscapeThem(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let pieces = ["a", "plain words ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}",
                      "’", "–", "…", "→", "é", "👍🏽", "€"]
        for _ in 0..<2_000 {
            let text = (0..<random.index(below: 40)).map { _ in pieces[random.index(below: pieces.count)] }.joined()
            var writer = JSONBytes()
            writer.string(text)
            #expect(writer.bytes == Self.reference(text), "\(text.debugDescription)")
        }
    }

    private static func reference(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += Array(#"\""#.utf8)
            case "\\": out += Array(#"\\"#.utf8)
            case "\n": out += Array(#"\n"#.utf8)
            case "\r": out += Array(#"\r"#.utf8)
            case "\t": out += Array(#"\t"#.utf8)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out += Array(String(scalar).utf8)
            }
        }
        return out + [0x22]
    }
}
