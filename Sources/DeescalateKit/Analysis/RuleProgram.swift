/// The rules flattened for matching: every element of every pattern in one array, every atom in
/// another, and a small head per rule. Elements refer to atoms by index, so stepping through a
/// pattern copies a few bytes instead of a 100-byte atom, and nothing in the loop is reference-counted.
struct RuleProgram: Sendable {
    struct Element: Sendable {
        var kind: TokenPattern.Kind
        var gap: Int16
        var atom: Int32
    }

    struct Head: Sendable {
        var start: Int32
        var end: Int32
        /// Atom indices of the opening and second atoms, -1 when absent.
        var leading: Int32
        var second: Int32
        /// 1 when the rule is listed under its second atom (see `RuleIndex`).
        var keyOffset: Int8
    }

    /// What a rule reports and how it ranks, and where its required atoms are: kept apart from
    /// `Head`, which the matcher reads for every attempt, so that stays small.
    struct Outcome: Sendable {
        var cue: Cue
        var priority: UInt8
        /// The rule's required atoms in `requiredClasses`/`requiredWords`: `requiredStart..<requiredEnd`.
        var requiredStart: Int32
        var requiredEnd: Int32
    }

    /// What any line a rule can match must hold, testable with two and-s from a small table read
    /// before the rule's atoms: the class of each required atom that allows one class only, and
    /// the word of each that allows one word only (folded to 64 bits, as the matcher folds the
    /// line's words). Most rules tried against a line fail here.
    struct Needs: Sendable {
        var classes: UInt64 = 0
        var words: UInt64 = 0
        /// The words (folded likewise) of one required atom that allows several words and no class,
        /// the one with the fewest: the line must hold one of them. 0 when the rule has no such
        /// atom. Without it four in five of the rules that passed the two and-s failed on such an
        /// atom in `MatchScan.mayMatch`, a walk over a table per rule.
        var anyWord: UInt64 = 0

        /// Whether a line with these classes and (folded) words could hold every atom counted here.
        @inline(__always) func allow(classes present: UInt64, words presentWords: UInt64) -> Bool {
            classes & ~present == 0 && words & ~presentWords == 0 && (anyWord == 0 || anyWord & presentWords != 0)
        }
    }

    let elements: [Element]
    let atoms: [TokenPattern.Atom]
    let heads: [Head]
    let outcomes: [Outcome]
    /// A required atom's classes and its word signature folded to 64 bits, side by side: what the
    /// matcher reads first (two arrays were two cache misses for most atoms tested).
    struct Required: Sendable {
        var classes: UInt64
        var foldedWords: UInt64
    }

    /// Every rule's required atoms, flattened: the classes and word signature each must find in a
    /// line (the full signature read only when the folded one shares a bit with the line's).
    let requiredClasses: [Required]
    let requiredWords: [SIMD4<UInt64>]

    init(rules: [Rule], keyOffsets: [Int8]) {
        var elements: [Element] = [], atoms: [TokenPattern.Atom] = [], heads: [Head] = []
        var requiredClasses: [Required] = [], requiredWords: [SIMD4<UInt64>] = [], outcomes: [Outcome] = []
        // Sized up front: the table is built before the first line is read.
        let elementCount = rules.reduce(0) { $0 + $1.pattern.elements.count }
        elements.reserveCapacity(elementCount)
        atoms.reserveCapacity(elementCount + rules.count)
        requiredClasses.reserveCapacity(elementCount)
        requiredWords.reserveCapacity(elementCount)
        heads.reserveCapacity(rules.count)
        outcomes.reserveCapacity(rules.count)
        for (r, rule) in rules.enumerated() {
            let start = Int32(elements.count)
            var leading: Int32 = -1, second: Int32 = -1
            for (e, element) in rule.pattern.elements.enumerated() {
                var atom: Int32 = -1
                switch element.kind {
                case .atom, .optional, .notAhead, .ahead:
                    atom = Int32(atoms.count)
                    atoms.append(element.atom)
                default: break
                }
                elements.append(Element(kind: element.kind, gap: Int16(element.gap), atom: atom))
                if e == 1 && rule.pattern.second != nil { second = atom }
            }
            if let lead = rule.pattern.leading {
                leading = Int32(atoms.count)
                atoms.append(lead)
            }
            let requiredStart = Int32(requiredClasses.count)
            for required in Self.testingOrder(rule.pattern, keyOffset: keyOffsets[r]) {
                requiredClasses.append(Required(classes: required.classes, foldedWords: Self.folded(required.words)))
                requiredWords.append(required.words)
            }
            heads.append(Head(start: start, end: Int32(elements.count), leading: leading, second: second, keyOffset: keyOffsets[r]))
            outcomes.append(Outcome(cue: rule.cue, priority: rule.priority, requiredStart: requiredStart, requiredEnd: Int32(requiredClasses.count)))
        }
        self.elements = elements
        self.atoms = atoms
        self.heads = heads
        self.outcomes = outcomes
        self.requiredClasses = requiredClasses
        self.requiredWords = requiredWords
    }

    /// The `Needs` of a pattern's required atoms (plain atoms: each must match some token).
    static func needs(_ pattern: TokenPattern) -> Needs {
        var needs = Needs()
        for element in pattern.elements where element.kind == .atom {
            let classes = element.atom.anyClass
            if !element.atom.hasLiteralWord, classes != 0, classes & (classes &- 1) == 0 {
                needs.classes |= classes
            } else if classes == 0, let id = element.atom.onlyLiteralWord {
                needs.words |= 1 << UInt64(Int(id) & 63)
            } else if classes == 0, element.atom.hasLiteralWord {
                let any = folded(element.atom.wordSignature)
                if needs.anyWord == 0 || any.nonzeroBitCount < needs.anyWord.nonzeroBitCount { needs.anyWord = any }
            }
        }
        return needs
    }

    /// A line's word signature (see `TokenPattern.sign`) folded to the 64 bits `Needs.words` uses.
    static func folded(_ signature: SIMD4<UInt64>) -> UInt64 { signature[0] | signature[1] | signature[2] | signature[3] }

    /// A rule's required atoms in the order the matcher tests them against a line, which stops at
    /// the first one the line lacks: atoms of words only first (a line lacks a given word far more
    /// often than a class), the atom the rule is listed under last (it is present whenever the rule
    /// is tried). A line is tried against a hundred rules or so, nearly all of which it cannot match,
    /// so where the test stops matters. The order changes no result: every atom must be present.
    static func testingOrder(_ pattern: TokenPattern, keyOffset: Int8) -> [(classes: UInt64, words: SIMD4<UInt64>)] {
        // The keyed atom is the opening one (required[0]) or, for a rule listed under its second
        // atom, required[1]; both are atoms (not anchors or look-aheads) when they exist.
        let keyed = pattern.leading == nil ? -1 : Int(keyOffset)
        let indexed = pattern.required.enumerated().map { (position: $0.offset, atom: $0.element) }
        func rank(_ item: (position: Int, atom: (classes: UInt64, words: SIMD4<UInt64>))) -> Int {
            item.position == keyed ? 2 : item.atom.classes == 0 ? 0 : 1
        }
        return indexed.sorted { (rank($0), $0.position) < (rank($1), $1.position) }.map(\.atom)
    }

    /// The first and last token of a match of `element[e...]` starting at token `t`. Plain atoms and
    /// anchors advance in a loop; only optional atoms and gaps recurse to try their alternatives. On
    /// failure `first` and `last` are left as they were.
    static func step(_ el: UnsafeBufferPointer<Element>, _ atoms: UnsafeBufferPointer<TokenPattern.Atom>, _ e: Int, _ end: Int,
                     _ toks: UnsafeBufferPointer<Token>, _ t: Int, _ first: inout Int, _ last: inout Int) -> Bool {
        let (f0, l0) = (first, last)
        var e = e, t = t
        while e < end {
            let element = el[e]
            switch element.kind {
            case .atom:
                guard t < toks.count && atoms[Int(element.atom)].matches(toks[t]) else { (first, last) = (f0, l0); return false }
                if first < 0 { first = t }
                last = t
                t += 1
            case .optional:
                if t < toks.count && atoms[Int(element.atom)].matches(toks[t]) {
                    let (f, l) = (first, last)
                    if first < 0 { first = t }
                    last = t
                    if step(el, atoms, e + 1, end, toks, t + 1, &first, &last) { return true }
                    (first, last) = (f, l)
                }
                if step(el, atoms, e + 1, end, toks, t, &first, &last) { return true }
                (first, last) = (f0, l0)
                return false
            case .notAhead:
                if t < toks.count && atoms[Int(element.atom)].matches(toks[t]) { (first, last) = (f0, l0); return false }
            case .ahead:
                guard t < toks.count && atoms[Int(element.atom)].matches(toks[t]) else { (first, last) = (f0, l0); return false }
            case .gap:
                var tt = t, skipped = 0
                while true {
                    if step(el, atoms, e + 1, end, toks, tt, &first, &last) { return true }
                    guard skipped < Int(element.gap), tt < toks.count else { (first, last) = (f0, l0); return false }
                    let c = toks[tt].cls
                    // Words, and amounts or reference numbers inside a phrase ("a £20 credit"), but never a
                    // link, a negation or a "but".
                    let skippable = c.contains(.word) || (c.contains(.entity) && c.isDisjoint(with: .link | .signoff))
                    guard skippable, c.isDisjoint(with: .neg | .contrast) else { (first, last) = (f0, l0); return false }
                    tt += 1; skipped += 1
                }
            case .sentenceStart:
                guard t < toks.count && toks[t].cls.contains(.sentStart) else { (first, last) = (f0, l0); return false }
            case .clauseStart:
                guard t < toks.count && toks[t].cls.contains(.clauseStart) else { (first, last) = (f0, l0); return false }
            case .clauseEnd:
                guard t >= toks.count || !toks[t].cls.isDisjoint(with: .punct) else { (first, last) = (f0, l0); return false }
            }
            e += 1
        }
        return true
    }
}
