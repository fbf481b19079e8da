import Testing
@testable import DeescalateKit

/// A damaged table image reads as nil (and the tables are built from the sources), never as a trap
/// or a read past the end of its bytes. Cases found by `Fuzz/run table-image`.
@Suite("Table image reader on damaged bytes")
struct TableImageReaderDamageTests {
    /// The smallest image there is: one word, no surface forms, no rules.
    static func tinyImage() -> [UInt8] {
        let lexicon = Lexicon(names: ["sorry"], classes: [.word], entries: [],
                              slots: Array(repeating: Lexicon.Slot(), count: Lexicon.slotCount))
        return TableImage(lexicon: lexicon, index: RuleIndex(rules: [], keyOffsets: [], vocabularySize: 1),
                          program: RuleProgram(rules: [], keyOffsets: [])).encoded()
    }

    static func read(_ bytes: [UInt8]) -> TableImage? {
        bytes.withUnsafeBufferPointer { TableImage(reading: $0) }
    }

    /// One text read from `bytes`, nil when the reader finds it damaged.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var reader = ImageReader(bytes)
        return try? reader.text()
    }

    @Test func tinyImageReadsBackToTheSameBytes() throws {
        let bytes = Self.tinyImage()
        let image = try #require(Self.read(bytes))
        #expect(image.lexicon.names == ["sorry"])
        #expect(image.encoded() == bytes)
    }

    /// The first cut of the tiny image that ends inside its word ("sorry" cut to "sorr") once read
    /// one byte past the end: the room for the text was measured before its length was read.
    @Test func everyCutOfAnImageIsRefused() {
        let bytes = Self.tinyImage()
        for length in 0..<bytes.count {
            #expect(Self.read(Array(bytes.prefix(length))) == nil, "the image cut to \(length) of \(bytes.count) bytes")
        }
    }

    /// What the fuzzer found: a word whose length claims one byte more than the image has left
    /// (17 bytes declared, 16 there).
    @Test func aWordLongerThanTheRestOfTheImageIsRefused() {
        #expect(Self.read([1, 1, 17] + Array("abcdefghijklmnop".utf8)) == nil)
    }

    /// A text one byte short of its length, for lengths written in one and in two bytes. The byte it
    /// lacks is still there in memory, so a reader that runs past the end reads it and gives the
    /// text (where an optimized build does not trap), and the test fails rather than crashes.
    @Test(arguments: [1, 17, 127, 128, 300])
    func aTextOneByteShortIsRefused(length: Int) {
        var writer = ImageWriter()
        writer.count(length)
        let whole = writer.bytes + Array(repeating: UInt8(ascii: "a"), count: length)
        whole.withUnsafeBufferPointer { all in
            #expect(Self.text(UnsafeBufferPointer(rebasing: all.dropLast())) == nil)
            #expect(Self.text(all) == String(repeating: "a", count: length), "a text that ends at the end of the image reads")
        }
    }
}
