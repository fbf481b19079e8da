/// The analyzer's tables (the lexicon, the rule index and the rule program) as built from the word
/// lists and the rule book, kept in the binary in a compact form (`TableImageData`) so a process
/// loads them rather than builds them. Building them is most of what a short run does before its
/// first line: about 48 million instructions on the path to it, against a few to load them.
///
/// The image carries a digest of what it was made from: the word lists, the rules, and stand-ins
/// for the code that builds the tables (the class names, the stem endings, the lexicon's hash and
/// size). When they have changed since (an edit not yet regenerated), the digest differs, the image
/// is not used and the tables are built from the sources as before: an edit to them takes effect
/// at once. Other changes to the building code are caught by the test that rebuilds the image
/// (`swift test`), which fails until `swift run deescalate-tables` regenerates it, so a stale image
/// cannot land. A digest of the image's own bytes guards against a damaged copy of it.
struct TableImage {
    let lexicon: Lexicon
    let index: RuleIndex
    let program: RuleProgram

    /// Changes whenever the layout of the image changes, so an old image is never read as a new one.
    static let formatVersion: UInt8 = 1

    /// The tables every analyzer uses: the image in the binary when it is current, else built from
    /// the sources.
    static let current: TableImage = embedded ?? builtFromSource()

    /// The image compiled into the binary, when it was made from the sources as they are now and
    /// reads back whole; nil otherwise.
    static let embedded: TableImage? = TableImageData.base64.withUTF8Buffer {
        load(base64: $0, madeFrom: TableImageData.sourceDigest, imageDigest: TableImageData.imageDigest)
    }

    /// The tables in base64 `text`, an image made from sources whose digest was `digest` and whose
    /// own bytes have `imageDigest`: nil when the sources have changed since, or the bytes are not
    /// the image's, or they do not read back whole.
    static func load(base64 text: UnsafeBufferPointer<UInt8>, madeFrom digest: UInt64, imageDigest: UInt64) -> TableImage? {
        // The digest on one core while the image is read on the other: both are on the path to
        // the first line.
        nonisolated(unsafe) let text = text
        let (current, image) = BothAtOnce.run({ sourceDigest() }, {
            Base64Lines.decode(text).flatMap { bytes in
                bytes.withUnsafeBufferPointer { bytes in
                    LineKey.digest(UnsafeRawBufferPointer(bytes)) == imageDigest ? TableImage(reading: bytes) : nil
                }
            }
        })
        return current == digest ? image : nil
    }

    /// The tables built from the word lists and the rule book, as a process without a current image
    /// builds them (the rules compiled in two halves at once, then the index and the program at once).
    static func builtFromSource() -> TableImage {
        let lexicon = Lexicon(extraWords: RuleBook.literalWords)
        let rules = RuleBook.compile(lexicon: lexicon)
        let keyOffsets = RuleIndex.keyOffsets(rules)
        let (index, program) = BothAtOnce.run({ RuleIndex(rules: rules, keyOffsets: keyOffsets, vocabularySize: lexicon.names.count) },
                                              { RuleProgram(rules: rules, keyOffsets: keyOffsets) })
        return TableImage(lexicon: lexicon, index: index, program: program)
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
    /// pattern), the word lists, each list's length before it (so an entry moved from one list to
    /// the next changes it), and stand-ins for the code that reads them: the class names and bits,
    /// the stem endings, the lexicon's hash and size, the moves' order.
    static func sourceDigest() -> UInt64 {
        var digest = SourceDigest()
        digest.add(byte: formatVersion)
        digest.add(count: RuleBook.source.count)
        for (cue, priority, pattern) in RuleBook.source {
            var out = ImageWriter()
            cue.write(to: &out)
            out.byte(priority)
            digest.add(out.bytes)
            digest.add(pattern)
        }
        digest.add(count: LexiconWords.classes.count)
        for (cls, words) in LexiconWords.classes {
            digest.add(count: Int(truncatingIfNeeded: cls.rawValue))
            digest.add(words)
        }
        digest.add(LexiconWords.passWords)
        digest.add(LexiconWords.irregularPast)
        for list in [LexiconWords.spellings, LexiconWords.apostropheLess] {
            digest.add(count: list.count)
            for (surface, canonical) in list {
                digest.add(surface)
                digest.add(canonical)
            }
        }
        let classNames = WordClass.byName.sorted { $0.key < $1.key }
        digest.add(count: classNames.count)
        for (name, cls) in classNames {
            digest.add(name)
            digest.add(count: Int(truncatingIfNeeded: cls.rawValue))
        }
        digest.add(count: Lexicon.inflectionEndings.count)
        for (ending, replacement) in Lexicon.inflectionEndings {
            digest.add(ending)
            digest.add(replacement)
        }
        digest.add(count: Lexicon.slotCount)
        digest.add(count: Int(truncatingIfNeeded: Lexicon.hash("deescalate")))
        for kind in MoveKind.allCases { digest.add(kind.rawValue) }
        return digest.value
    }

    /// The Swift source of `TableImageData` for the tables built from the sources now: what
    /// `deescalate-tables` writes.
    static func generatedSource() -> String {
        let bytes = builtFromSource().encoded()
        let lines = Base64Lines.encode(bytes, width: 120)
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return "0x" + String(repeating: "0", count: 16 - digits.count) + digits
        }
        return """
            // Generated by `swift run deescalate-tables` from the word lists and the rule book: do not edit.
            // The analyzer loads its tables from this image while `sourceDigest` matches the sources
            // and `imageDigest` the image's bytes; otherwise it builds them from the sources (see
            // `TableImage`).

            enum TableImageData {
                static let sourceDigest: UInt64 = \(hex(sourceDigest()))
                static let imageDigest: UInt64 = \(hex(bytes.withUnsafeBufferPointer { LineKey.digest(UnsafeRawBufferPointer($0)) }))

                static let base64: StaticString = \"\"\"
            \(lines.map { "        " + $0 }.joined(separator: "\n"))
                    \"\"\"
            }

            """
    }
}
