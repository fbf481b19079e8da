import Testing
@testable import DeescalateKit

/// The analyzer's tables are loaded from an image kept in the binary (`TableImage`). It must be
/// the image the sources build now, read back to exactly the tables it was made from, be refused
/// when made from other sources, and read as nothing (never a trap) when damaged.
@Suite("Table image")
struct TableImageTests {
    static let built = TableImage.builtFromSource()
    static let builtBytes = built.encoded()

    @Test("the image in the binary is the one the word lists and the rule book build now")
    func embeddedImageIsCurrent() throws {
        let embedded = try #require(TableImage.embedded, "the image in the binary is not used: its digest does not match the sources. Run `swift run deescalate-tables` and commit TableImageData.swift")
        #expect(embedded.encoded() == Self.builtBytes,
                "the image in the binary is not the one the sources build: run `swift run deescalate-tables` and commit TableImageData.swift")
        #expect(TableImageData.sourceDigest == TableImage.sourceDigest())
        #expect(Self.builtBytes.withUnsafeBufferPointer { LineKey.digest(UnsafeRawBufferPointer($0)) } == TableImageData.imageDigest)
    }

    @Test("an image reads back to every field of the tables it was made from")
    func imageReadsBackWhole() throws {
        let read = try #require(Self.builtBytes.withUnsafeBufferPointer { TableImage(reading: $0) })
        let differences = Self.differences(read, Self.built)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        // What the loaded lexicon leaves to be worked out on use answers as the built one does.
        for word in ["booked", "told", "booking", "sorry", "refunded", "zzzz"] {
            #expect(read.lexicon.literal(word) == Self.built.lexicon.literal(word), "\(word)")
            #expect(read.lexicon.id(of: word) == Self.built.lexicon.id(of: word), "\(word)")
        }
        // The tables are not trivially small: the comparison means something.
        #expect(read.lexicon.names.count > 1000 && read.program.heads.count > 1000 && read.index.rules.count > 1000)
    }

    @Test("an image made from other sources, or whose bytes were changed, is not used; the right one is")
    func digestsDecide() {
        let text = Base64Lines.encode(Self.builtBytes, width: 120).joined(separator: "\n")
        var copy = text
        let digest = TableImage.sourceDigest(), bytesDigest = Self.builtBytes.withUnsafeBufferPointer { LineKey.digest(UnsafeRawBufferPointer($0)) }
        let loaded = copy.withUTF8 { TableImage.load(base64: $0, madeFrom: digest, imageDigest: bytesDigest) }
        #expect(loaded?.encoded() == Self.builtBytes)
        copy = text
        #expect(copy.withUTF8 { TableImage.load(base64: $0, madeFrom: digest ^ 1, imageDigest: bytesDigest) } == nil)
        // One byte changed where it still reads (a word's letter): refused by the image's digest.
        var changed = Self.builtBytes
        let letter = try! #require(changed.indices.dropFirst(4).first { changed[$0] == UInt8(ascii: "s") })
        changed[letter] = UInt8(ascii: "t")
        #expect(changed.withUnsafeBufferPointer { TableImage(reading: $0) } != nil, "the change reads, so only the digest can refuse it")
        copy = Base64Lines.encode(changed, width: 120).joined(separator: "\n")
        #expect(copy.withUTF8 { TableImage.load(base64: $0, madeFrom: digest, imageDigest: bytesDigest) } == nil)
    }

    @Test("the source digest changes when an entry moves from one list to the next")
    func digestCountsLists() {
        var a = SourceDigest(), b = SourceDigest()
        a.add(count: 2); a.add("x"); a.add("y"); a.add(count: 0)
        b.add(count: 1); b.add("x"); b.add(count: 1); b.add("y")
        #expect(a.value != b.value)
    }

    @Test("a cut-short, lengthened or mislabelled image reads as nothing")
    func damagedImagesAreRefused() {
        let bytes = Self.builtBytes
        var cuts = Array(stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)))
        cuts += (1...8).map { bytes.count - $0 }
        for cut in cuts {
            #expect(Array(bytes[..<cut]).withUnsafeBufferPointer { TableImage(reading: $0) } == nil, "cut at \(cut) of \(bytes.count)")
        }
        #expect((bytes + [0]).withUnsafeBufferPointer { TableImage(reading: $0) } == nil)
        var other = bytes
        other[0] = TableImage.formatVersion &+ 1
        #expect(other.withUnsafeBufferPointer { TableImage(reading: $0) } == nil)
    }

    @Test("an image with bytes changed never traps; what reads back is read back alike again")
    func changedBytesNeverTrap() {
        var random = SeededRandom(seed: 20261202)
        var accepted = 0
        for round in 0..<60 {
            var bytes = Self.builtBytes
            for _ in 0...(round % 4) {
                let at = Int(random.next() % UInt64(bytes.count))
                bytes[at] = round % 3 == 0 ? UInt8(truncatingIfNeeded: random.next()) : bytes[at] ^ (1 << UInt8(random.next() % 8))
            }
            guard let image = bytes.withUnsafeBufferPointer({ TableImage(reading: $0) }) else { continue }
            accepted += 1
            let again = image.encoded()
            #expect(again.withUnsafeBufferPointer { TableImage(reading: $0) }?.encoded() == again, "round \(round)")
        }
        // Most single changes land in a word's text, a hash or a mask and still read: both paths ran.
        #expect(accepted > 0 && accepted < 60)
    }

    @Test("base64 lines round-trip any bytes and refuse what is not base64")
    func base64Lines() {
        var random = SeededRandom(seed: 7)
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let lines = Base64Lines.encode(bytes, width: 8)
            #expect(lines.allSatisfy { $0.utf8.count <= 8 })
            var text = "  " + lines.joined(separator: "\n    ") + "\n"
            #expect(text.withUTF8 { Base64Lines.decode($0) } == bytes, "\(length) bytes")
        }
        for bad in ["A", "AB=C", "AB==CD==", "AB!C", "ABC=D", "ABC=\nAAAA", "A===", "é123"] {
            var text = bad
            #expect(text.withUTF8 { Base64Lines.decode($0) } == nil, "\(bad)")
        }
    }

    @Test("the source digest tells apart words moved from one piece to the next")
    func digestSeparatesPieces() {
        var a = SourceDigest(), b = SourceDigest()
        a.add("ab"); a.add("c")
        b.add("a"); b.add("bc")
        #expect(a.value != b.value)
    }

    /// The first difference in each field of the tables, each element written out by its type's
    /// own description rather than by the image's writer, so a field the writer leaves out shows.
    static func differences(_ a: TableImage, _ b: TableImage) -> [String] {
        func first<T>(_ name: String, _ x: [T], _ y: [T]) -> String? {
            guard x.count == y.count else { return "\(name): \(x.count) elements against \(y.count)" }
            for (k, (p, q)) in zip(x, y).enumerated() where String(describing: p) != String(describing: q) {
                return "\(name)[\(k)]: \(p) against \(q)"
            }
            return nil
        }
        return [
            first("lexicon.names", a.lexicon.names, b.lexicon.names),
            first("lexicon.classes", a.lexicon.classes.map(\.rawValue), b.lexicon.classes.map(\.rawValue)),
            first("lexicon.entries", a.lexicon.entries, b.lexicon.entries),
            first("lexicon.slots", a.lexicon.slots, b.lexicon.slots),
            first("program.elements", a.program.elements, b.program.elements),
            first("program.atoms", a.program.atoms, b.program.atoms),
            first("program.heads", a.program.heads, b.program.heads),
            first("program.outcomes", a.program.outcomes, b.program.outcomes),
            first("program.requiredClasses", a.program.requiredClasses, b.program.requiredClasses),
            first("program.requiredWords", a.program.requiredWords, b.program.requiredWords),
            first("index.rules", a.index.rules, b.index.rules),
            first("index.start", a.index.start, b.index.start),
            first("index.sizes", [a.index.vocabularySize, Int(bitPattern: UInt(a.index.indexedClasses))],
                  [b.index.vocabularySize, Int(bitPattern: UInt(b.index.indexedClasses))]),
        ].compactMap { $0 }
    }
}
