/// Which rules can start at a token: listed by the word ids and the class bits of each rule's
/// opening atom, so a line is matched against the few rules its words could begin rather than all
/// of them at every position. Lists are flattened into one array so the hot loop never retains.
struct RuleIndex: Sendable {
    /// A rule in a list, with what any line it matches must hold (`RuleProgram.Needs`) beside it:
    /// a line is tried against about 140 different rules and lacks a needed class or word for three
    /// in four, and reading that from the entry the loop is already on, rather than from a table
    /// indexed by rule, was the matcher's costliest load.
    struct Entry: Sendable {
        var rule: Int32
        var needs: RuleProgram.Needs
    }

    /// All lists back to back; a list is `rules[start[k]..<start[k + 1]]`.
    let rules: [Entry]
    /// List starts: word ids first, then the 64 class bits, then the rules tried everywhere.
    let start: [Int32]
    let vocabularySize: Int
    /// The class bits that have rules, to skip the rest quickly.
    let indexedClasses: UInt64

    /// The index of `rules`; `keyOffsets` are theirs (see `keyOffsets(_:)`).
    init(rules: [Rule], keyOffsets keyOffset: [Int8], vocabularySize: Int) {
        var lists = Array(repeating: [Int32](), count: vocabularySize + 64 + 1)
        let common = Self.common
        for (r, rule) in rules.enumerated() {
            guard let leading = rule.pattern.leading else { lists[vocabularySize + 64].append(Int32(r)); continue }
            let atom = keyOffset[r] == 1 ? rule.pattern.second! : leading
            var words = Set<Int32>()
            for id in atom.literalWords where id >= 0 { words.insert(id) }
            for w in words.sorted() { lists[Int(w)].append(Int32(r)) }
            for mask in [atom.classes.0, atom.classes.1, atom.classes.2, atom.classes.3] where mask != 0 {
                let telling = mask & ~common != 0 ? mask & ~common : mask
                lists[vocabularySize + telling.trailingZeroBitCount].append(Int32(r))
            }
        }
        let needs = rules.map { RuleProgram.needs($0.pattern) }
        var flat: [Entry] = [], start: [Int32] = []
        for list in lists {
            start.append(Int32(flat.count))
            flat += list.map { Entry(rule: $0, needs: needs[Int($0)]) }
        }
        start.append(Int32(flat.count))
        self.rules = flat
        self.start = start
        self.vocabularySize = vocabularySize
        indexedClasses = (0..<64).reduce(0) { lists[vocabularySize + $1].isEmpty ? $0 : $0 | (1 << UInt64($1)) }
    }

    /// Bits every word has: they say nothing about which rule applies, so a rule is indexed by a
    /// telling bit if it has one.
    private static let common: UInt64 = WordClass([.word, .known, .sentStart, .clauseStart]).rawValue

    /// Per rule, 1 when it is listed under its second atom: its opening atom is only a broad class
    /// such as "I/we" or "you" (which would send every "I" to fifty rules) and the second names a
    /// word or a telling class. The index lists rules by these and `RuleProgram` starts their
    /// matches by them.
    static func keyOffsets(_ rules: [Rule]) -> [Int8] {
        rules.map { rule in
            guard let leading = rule.pattern.leading, !leading.hasLiteralWord, let second = rule.pattern.second,
                  second.hasLiteralWord || second.anyClass & ~common != 0 else { return 0 }
            return 1
        }
    }

    /// The list for a word id.
    @inline(__always) func wordList(_ id: Int32) -> Range<Int> { Int(start[Int(id)])..<Int(start[Int(id) + 1]) }
    /// The list for a class bit.
    @inline(__always) func classList(_ bit: Int) -> Range<Int> {
        Int(start[vocabularySize + bit])..<Int(start[vocabularySize + bit + 1])
    }
    /// The rules tried at every token.
    var alwaysList: Range<Int> { Int(start[vocabularySize + 64])..<Int(start[vocabularySize + 65]) }
}
