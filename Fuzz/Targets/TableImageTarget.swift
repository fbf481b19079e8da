/// The analyzer's table image as start-up reads it: base64 text (`Base64Lines`), then the binary
/// image (`TableImage(reading:)`). Neither traps on any bytes; bad ones give nil. An image that
/// reads is one the matcher can follow without a check (every id and offset in range) and a
/// fixpoint of writing (what it encodes to reads back and encodes to the same bytes). Text that
/// decodes, encoded again in 120-character lines, decodes to the same bytes; and those bytes, read
/// as an image as the embedded text is, obey the same.
enum TableImageTarget {
    /// Whether the image compiled into the binary reads: checked once, so a campaign whose seeds
    /// the reader all refuses fails at once rather than fuzzing only the first byte.
    static let embeddedReads: Bool = TableImageData.base64.withUTF8Buffer { text in
        Base64Lines.decode(text).flatMap { bytes in bytes.withUnsafeBufferPointer { TableImage(reading: $0) } } != nil
    }

    static func run(_ bytes: [UInt8]) {
        require(embeddedReads, "the embedded table image reads")
        checkImage(bytes)
        guard let decoded = bytes.withUnsafeBufferPointer({ Base64Lines.decode($0) }) else { return }
        let text = Base64Lines.encode(decoded, width: 120).joined(separator: "\n")
        let again = Array(text.utf8).withUnsafeBufferPointer { Base64Lines.decode($0) }
        require(again == decoded, "base64 of \(decoded.count) bytes re-encoded decodes to \(again.map { "\($0.count) other bytes" } ?? "nil")")
        checkImage(decoded)
    }

    static func checkImage(_ bytes: [UInt8]) {
        guard let image = bytes.withUnsafeBufferPointer({ TableImage(reading: $0) }) else { return }
        requireFollowable(image)
        let encoded = image.encoded()
        guard let reread = encoded.withUnsafeBufferPointer({ TableImage(reading: $0) }) else {
            return require(false, "an image that read (\(bytes.count) bytes) encodes to \(encoded.count) bytes that do not read")
        }
        let again = reread.encoded()
        require(again == encoded, "an image encoded (\(encoded.count) bytes), read back and encoded again differs (\(again.count) bytes)")
    }

    /// What the tokenizer and the matcher index without a check (see `MatchScan`, `RuleProgram.step`,
    /// `Lexicon`), stated apart from the reader's own checks so that a check it drops shows here.
    static func requireFollowable(_ image: TableImage) {
        let lexicon = image.lexicon, program = image.program, index = image.index
        let words = lexicon.names.count
        require(words > 0 && lexicon.classes.count == words, "the lexicon has words, each with classes")
        for entry in lexicon.entries {
            require((1...3).contains(entry.count), "a surface form stands for 1 to 3 words, not \(entry.count)")
            let ids = [entry.ids.0, entry.ids.1, entry.ids.2].prefix(entry.count)
            require(ids.allSatisfy { $0 >= 0 && Int($0) < words }, "a surface form's word ids \(Array(ids)) lie in \(words) words")
        }
        require(lexicon.slots.count == Lexicon.slotCount, "the lexicon's table has \(Lexicon.slotCount) slots")
        require(lexicon.slots.contains { $0.entry < 0 }, "the lexicon's table has an empty slot, so a lookup ends")
        require(lexicon.slots.allSatisfy { $0.entry < lexicon.entries.count }, "every slot's entry lies in the entries")

        let elements = program.elements.count, atoms = program.atoms.count, required = program.requiredClasses.count
        require(program.outcomes.count == program.heads.count && program.requiredWords.count == required, "the program's parts belong together")
        for element in program.elements {
            let needsAtom = element.kind == .atom || element.kind == .optional || element.kind == .notAhead || element.kind == .ahead
            require(needsAtom ? element.atom >= 0 && Int(element.atom) < atoms : element.atom == -1,
                    "a \(element.kind) element's atom \(element.atom) among \(atoms) atoms")
            require(element.gap >= 0, "a gap is never negative")
        }
        for (head, outcome) in zip(program.heads, program.outcomes) {
            require(0 <= head.start && head.start <= head.end && Int(head.end) <= elements, "a rule's elements \(head.start)..<\(head.end) of \(elements)")
            require(head.leading >= -1 && Int(head.leading) < atoms && head.second >= -1 && Int(head.second) < atoms, "a rule's opening atoms in range")
            require(head.keyOffset == 0 || (head.keyOffset == 1 && head.leading >= 0), "a rule keyed by its second atom has an opening one")
            require(0 <= outcome.requiredStart && outcome.requiredStart <= outcome.requiredEnd && Int(outcome.requiredEnd) <= required,
                    "a rule's required atoms \(outcome.requiredStart)..<\(outcome.requiredEnd) of \(required)")
        }

        require(index.vocabularySize == words && index.start.count == words + 66, "the index has a list per word and class bit")
        require(index.rules.allSatisfy { $0.rule >= 0 && Int($0.rule) < program.heads.count }, "every listed rule is one of the program's")
        require((index.start.first.map { $0 >= 0 } ?? false) && (index.start.last.map { Int($0) == index.rules.count } ?? false)
                && zip(index.start, index.start.dropFirst()).allSatisfy { $0 <= $1 }, "the index's lists lie in order inside its entries")
    }
}
