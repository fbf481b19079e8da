import Dispatch

/// The analyzer's tables (the lexicon, the rule index and the rule program) as built from the word
/// lists and the rule book, kept in the binary in a compact form (`TableImageData`) so a process
/// loads them rather than builds them. Building them is most of what a short run does before its
/// first line: about 48 million instructions on the path to it, against a few to load them.
///
/// The image carries a digest of the word lists and the rules it was made from. When they have
/// changed since (a trainer's or developer's edit, not yet regenerated), the digest differs, the
/// image is not used and the tables are built from the sources as before: an edit always takes
/// effect. `swift run deescalate-tables` regenerates the image, and a test fails while the image is
/// not the one the sources build, so a stale one cannot land.
struct TableImage {
    let lexicon: Lexicon
    let index: RuleIndex
    let program: RuleProgram

    /// Changes whenever the layout of the image changes, so an old image is never read as a new one.
    static let formatVersion: UInt8 = 1

    /// The image compiled into the binary, when it was made from the sources as they are now and
    /// reads back whole; nil otherwise.
    static let embedded: TableImage? = TableImageData.base64.withUTF8Buffer { load(base64: $0, madeFrom: TableImageData.sourceDigest) }

    /// The tables in base64 `text`, an image made from sources whose digest was `digest`: nil when
    /// the sources have changed since, or the image does not read back whole.
    static func load(base64 text: UnsafeBufferPointer<UInt8>, madeFrom digest: UInt64) -> TableImage? {
        // The digest on one core while the image is read on the other: both are on the path to
        // the first line.
        let current = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        let image = UnsafeMutablePointer<TableImage?>.allocate(capacity: 1)
        current.initialize(to: 0)
        image.initialize(to: nil)
        defer {
            current.deallocate()
            image.deinitialize(count: 1).deallocate()
        }
        nonisolated(unsafe) let (currentOut, imageOut, textIn) = (current, image, text)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                currentOut.pointee = sourceDigest()
            } else {
                imageOut.pointee = Base64Lines.decode(textIn).flatMap { bytes in
                    bytes.withUnsafeBufferPointer { TableImage(reading: $0) }
                }
            }
        }
        return current.pointee == digest ? image.pointee : nil
    }

    /// The tables built from the word lists and the rule book, as a process without an image builds them.
    static func builtFromSource() -> TableImage {
        let lexicon = Lexicon(extraWords: RuleBook.literalWords)
        let rules = RuleBook.compile(lexicon: lexicon)
        let keyOffsets = RuleIndex.keyOffsets(rules)
        return TableImage(lexicon: lexicon,
                          index: RuleIndex(rules: rules, keyOffsets: keyOffsets, vocabularySize: lexicon.names.count),
                          program: RuleProgram(rules: rules, keyOffsets: keyOffsets))
    }

    init(lexicon: Lexicon, index: RuleIndex, program: RuleProgram) {
        self.lexicon = lexicon
        self.index = index
        self.program = program
    }

    /// The image's bytes: the format version, the lexicon, the program, the index.
    func encoded() -> [UInt8] {
        var out = ImageWriter()
        out.byte(Self.formatVersion)
        lexicon.write(to: &out)
        program.write(to: &out)
        index.write(to: &out, ruleCount: program.heads.count)
        return out.bytes
    }

    /// The tables in `bytes`, or nil when they are not an image of this format, whole and consistent.
    init?(reading bytes: UnsafeBufferPointer<UInt8>) {
        var input = ImageReader(bytes)
        do {
            guard try input.byte() == Self.formatVersion else { return nil }
            let lexicon = try Lexicon(reading: &input)
            let program = try RuleProgram(reading: &input, vocabularySize: lexicon.names.count)
            let index = try RuleIndex(reading: &input, ruleCount: program.heads.count, vocabularySize: lexicon.names.count)
            guard input.isAtEnd else { return nil }
            self.init(lexicon: lexicon, index: index, program: program)
        } catch {
            return nil
        }
    }

    /// A digest of what the tables are built from: the format version, every rule (cue, priority,
    /// pattern) and the word lists. (The code that builds them is checked by the test that rebuilds
    /// the image, not here.)
    static func sourceDigest() -> UInt64 {
        var digest = SourceDigest()
        digest.add(byte: formatVersion)
        for (cue, priority, pattern) in RuleBook.source {
            var out = ImageWriter()
            cue.write(to: &out)
            out.byte(priority)
            digest.add(out.bytes)
            digest.add(pattern)
        }
        for (cls, words) in LexiconWords.classes {
            var out = ImageWriter()
            out.bits(cls.rawValue)
            digest.add(out.bytes)
            digest.add(words)
        }
        digest.add(LexiconWords.passWords)
        digest.add(LexiconWords.irregularPast)
        for (surface, canonical) in LexiconWords.spellings + LexiconWords.apostropheLess {
            digest.add(surface)
            digest.add(canonical)
        }
        return digest.value
    }

    /// The Swift source of `TableImageData` for the tables built from the sources now: what
    /// `deescalate-tables` writes.
    static func generatedSource() -> String {
        let image = builtFromSource()
        let lines = Base64Lines.encode(image.encoded(), width: 120)
        let hex = String(sourceDigest(), radix: 16)
        return """
            // Generated by `swift run deescalate-tables` from the word lists and the rule book: do not edit.
            // The analyzer loads its tables from this image while `sourceDigest` matches the sources;
            // otherwise it builds them from the sources (see `TableImage`).

            enum TableImageData {
                static let sourceDigest: UInt64 = 0x\(String(repeating: "0", count: 16 - hex.count) + hex)

                static let base64: StaticString = \"\"\"
            \(lines.map { "        " + $0 }.joined(separator: "\n"))
                    \"\"\"
            }

            """
    }
}

/// FNV-1a over the bytes of the sources, each piece followed by a separator no text holds, so
/// moving a word from one piece to the next changes the digest.
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
}
