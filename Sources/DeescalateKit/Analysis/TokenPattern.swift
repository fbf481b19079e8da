/// A small pattern language over tokens, so rules read like the structures they describe:
///
///     "FPS MODAL ADV? ~NONACT WORD"      I/we + will/can + optional adverb + a verb that promises
///
/// Items are separated by spaces. `UPPER` is a word class (see `WordClass.byName`), `lower` a literal
/// canonical word (contractions are already expanded: write "can not", "i am"), `a|B` alternatives,
/// `A+B` a token in both classes, `x?` optional, `~x` "the next token is not x" (consumes nothing),
/// `&x` "the next token is x" (consumes nothing, so an amount or a link can be context without being
/// evidence), `*N` up to N words in between, `^` sentence start, `<` clause start, `$` clause end, and `,` `?` `.`
/// punctuation; `RuleProgram` runs them. A gap never skips a negation, a "but" or punctuation: that is how negation scope and
/// clause boundaries limit every rule without being written into each one.
struct TokenPattern {
    /// The fields `matches` reads for every atom come first, so an atom of classes only is tested
    /// from one cache line (the rule table's atoms are far too many to stay in the fastest cache).
    struct Atom {
        /// Which literal lists are in use (1 words, 2 past, 4 -ing, 8 marked), so an atom of classes
        /// only ("I/we", "you", "be") makes no word comparisons at all.
        var literalKinds: UInt8 = 0
        /// One word that must also carry classes: "say+PAST" is "said", not "say".
        var markedWord: Int32 = -3
        var markedClasses: UInt64 = 0
        /// Class conjunctions; the token matches when it has all bits of any non-zero one.
        var classes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        /// Literal word ids, -3 where unused.
        var words = SIMD16<Int32>(repeating: -3)
        /// Literals written in the past ("had", "told", "chosen") as their stems' ids: they match
        /// only a token marked past, not every form of the stem. -3 where unused.
        var pastWords = SIMD16<Int32>(repeating: -3)
        /// Literals written in -ing, found through their stems, likewise marked -ing.
        var ingWords = SIMD8<Int32>(repeating: -3)

        @inline(__always) func matches(_ t: Token) -> Bool {
            let c = t.cls.rawValue
            if t.id >= 0 && literalKinds != 0 {
                let id = SIMD16(repeating: t.id)
                if literalKinds & 1 != 0 && any(words .== id) { return true }
                if literalKinds & 2 != 0 && c & WordClass.past.rawValue != 0 && any(pastWords .== id) { return true }
                if literalKinds & 4 != 0 && c & WordClass.ing.rawValue != 0 && any(ingWords .== SIMD8(repeating: t.id)) { return true }
                if t.id == markedWord && c & markedClasses == markedClasses { return true }
            }
            return (classes.0 != 0 && c & classes.0 == classes.0) || (classes.1 != 0 && c & classes.1 == classes.1)
                || (classes.2 != 0 && c & classes.2 == classes.2) || (classes.3 != 0 && c & classes.3 == classes.3)
        }
        /// For the quick "could this rule fire at all" test.
        var anyClass: UInt64 { classes.0 | classes.1 | classes.2 | classes.3 }
        /// Every literal word id the atom names, plain, inflected or marked.
        var literalWords: [Int32] {
            (0..<16).map { words[$0] } + (0..<16).map { pastWords[$0] } + (0..<8).map { ingWords[$0] } + [markedWord]
        }
        /// The one word the atom names, in whatever forms, or nil when it names none or several:
        /// what `Set(literalWords.filter { $0 >= 0 })` tells when it has one member, without the set.
        var onlyLiteralWord: Int32? {
            var only: Int32 = -1
            func take(_ id: Int32) -> Bool {
                guard id >= 0 else { return true }
                if only < 0 { only = id }
                return only == id
            }
            for k in 0..<16 where !take(words[k]) || !take(pastWords[k]) { return nil }
            for k in 0..<8 where !take(ingWords[k]) { return nil }
            guard take(markedWord), only >= 0 else { return nil }
            return only
        }
        /// Whether the atom names any literal word (what `literalWords.contains { $0 >= 0 }` says,
        /// without building the array: the rule table asks for every rule at start-up).
        var hasLiteralWord: Bool { literalKinds != 0 }
        var wordSignature: SIMD4<UInt64> {
            var s = SIMD4<UInt64>(repeating: 0)
            for k in 0..<16 where words[k] >= 0 { TokenPattern.sign(&s, words[k]) }
            for k in 0..<16 where pastWords[k] >= 0 { TokenPattern.sign(&s, pastWords[k]) }
            for k in 0..<8 where ingWords[k] >= 0 { TokenPattern.sign(&s, ingWords[k]) }
            if markedWord >= 0 { TokenPattern.sign(&s, markedWord) }
            return s
        }
    }

    enum Kind: UInt8 { case atom, optional, notAhead, ahead, gap, sentenceStart, clauseStart, clauseEnd }
    struct Element {
        var kind: Kind
        var atom = Atom()
        var gap = 0
    }

    let elements: [Element]
    /// The atom every match must start with, when the pattern opens with one: a cheap first test.
    let leading: Atom?
    /// Atoms that must be present somewhere in the line for the pattern to match.
    let required: [(classes: UInt64, words: SIMD4<UInt64>)]
    /// The atom right after the opening one, when there is one: a second cheap test.
    let second: Atom?

    /// Adds a word to a 256-bit signature of the words in a line (a one-hash Bloom filter).
    @inline(__always) static func sign(_ s: inout SIMD4<UInt64>, _ id: Int32) {
        let bit = Int(id) & 255
        s[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    // Parsed over UTF-8 bytes (the pattern language is ASCII), items and alternatives found by
    // scanning for their separators: every rule is compiled at start-up, before the first line can
    // be read, and splitting Substrings by Character, then by the library's generic `split`, cost
    // most of that.
    init(_ source: String, lexicon: Lexicon, memo: AtomMemo? = nil) {
        var elements: [Element] = []
        var text = source
        text.withUTF8 { bytes in
            Self.forEachPiece(of: bytes, in: 0..<bytes.count, separator: 0x20) { item in
                var item = item
                if item.count == 1 {
                    switch bytes[item.lowerBound] {
                    case 0x5E: elements.append(Element(kind: .sentenceStart)); return   // ^
                    case 0x3C: elements.append(Element(kind: .clauseStart)); return     // <
                    case 0x24: elements.append(Element(kind: .clauseEnd)); return       // $
                    default: break
                    }
                }
                if bytes[item.lowerBound] == 0x2A, let n = Int(Self.string(bytes, item.dropFirst())) {   // *N
                    elements.append(Element(kind: .gap, gap: n)); return
                }
                var kind = Kind.atom
                if bytes[item.lowerBound] == 0x7E { kind = .notAhead; item = item.dropFirst() }    // ~
                if !item.isEmpty, bytes[item.lowerBound] == 0x26 { kind = .ahead; item = item.dropFirst() }       // &
                if item.count > 1 && bytes[item.upperBound - 1] == 0x3F { kind = .optional; item = item.dropLast() }
                let compile = { Self.atom(bytes, item, lexicon: lexicon, source: source) }
                elements.append(Element(kind: kind, atom: memo?.atom(bytes, item, compile: compile) ?? compile()))
            }
        }
        self.elements = elements
        // Anchors and look-arounds consume nothing, so the first atom after them still starts every
        // match: "< ~ING try|check|…" opens with "try|check|…". (Counted as opening with nothing,
        // two such rules were tried at every token of every line: a third of the matcher's steps.)
        let opening = elements.first { $0.kind != .sentenceStart && $0.kind != .clauseStart && $0.kind != .notAhead && $0.kind != .ahead }
        leading = opening.flatMap { $0.kind == .atom ? $0.atom : nil }
        if elements.count >= 2 && elements[0].kind == .atom && elements[1].kind == .atom {
            second = elements[1].atom
        } else {
            second = nil
        }
        var required: [(classes: UInt64, words: SIMD4<UInt64>)] = []
        required.reserveCapacity(elements.count)
        for element in elements where element.kind == .atom { required.append((element.atom.anyClass, element.atom.wordSignature)) }
        self.required = required
    }

    /// Calls `body` with each non-empty run of `bytes[range]` between `separator`s, as
    /// `split(separator:)` gives them: how a pattern splits into items (spaces), alternatives (`|`)
    /// and classes (`+`), for the compiler here and for `RuleBook`'s readers of the raw patterns
    /// alike. No array of runs is made: start-up reads every rule this way.
    @inline(__always)
    static func forEachPiece(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, separator: UInt8, _ body: (Range<Int>) -> Void) {
        var start = range.lowerBound
        for i in range where bytes[i] == separator {
            if i > start { body(start..<i) }
            start = i + 1
        }
        if range.upperBound > start { body(start..<range.upperBound) }
    }

    /// The runs `forEachPiece` visits, as an array, where a caller needs them by position.
    static func pieces(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, separator: UInt8) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        forEachPiece(of: bytes, in: range, separator: separator) { pieces.append($0) }
        return pieces
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func atom(_ bytes: UnsafeBufferPointer<UInt8>, _ item: Range<Int>, lexicon: Lexicon, source: String) -> Atom {
        var atom = Atom()
        var words = 0, sets = 0, pasts = 0, ings = 0
        for alt in pieces(of: bytes, in: item, separator: 0x7C) {   // |
            switch alt.count == 1 ? bytes[alt.lowerBound] : nil {
            case 0x2C: atom.setClass(sets, WordClass.comma.rawValue); sets += 1     // ,
            case 0x3F: atom.setClass(sets, WordClass.qmark.rawValue); sets += 1     // ?
            case 0x2E: atom.setClass(sets, WordClass.end.rawValue); sets += 1       // .
            case 0x21: atom.setClass(sets, WordClass.exclaim.rawValue); sets += 1   // !
            default:
                let first = bytes[alt.lowerBound]
                let lowercase = first >= 0x61 && first <= 0x7A, uppercase = first >= 0x41 && first <= 0x5A
                if lowercase, alt.contains(where: { bytes[$0] == 0x2B }) {
                    let parts = pieces(of: bytes, in: alt, separator: 0x2B)
                    guard let id = lexicon.literalID(string(bytes, parts[0])) else { preconditionFailure("unknown word in \(source)") }
                    precondition(atom.markedWord == -3, "one marked word per item in \(source)")
                    atom.markedWord = id
                    for name in parts.dropFirst() {
                        guard let c = WordClass.byName[string(bytes, name)] else { preconditionFailure("unknown class \(string(bytes, name)) in \(source)") }
                        atom.markedClasses |= c.rawValue
                    }
                } else if uppercase {
                    var mask: UInt64 = 0
                    for name in pieces(of: bytes, in: alt, separator: 0x2B) {
                        guard let c = WordClass.byName[string(bytes, name)] else { preconditionFailure("unknown class \(string(bytes, name)) in \(source)") }
                        mask |= c.rawValue
                    }
                    atom.setClass(sets, mask); sets += 1
                } else {
                    let word = string(bytes, alt)
                    let literal = lexicon.literal(word)
                    guard let id = literal.id else { preconditionFailure("unknown word \(word) in \(source)") }
                    // "had" is "have" marked past; "told" is "tell" marked past: keep the inflection written.
                    precondition(words < 16 && pasts < 16 && ings < 8, "too many alternatives in \(source)")
                    switch literal.inflection {
                    case .past: atom.pastWords[pasts] = id; pasts += 1
                    case .ing: atom.ingWords[ings] = id; ings += 1
                    default: atom.words[words] = id; words += 1
                    }
                }
            }
            precondition(words <= 16 && pasts <= 16 && ings <= 8 && sets <= 4, "too many alternatives in \(source)")
        }
        atom.literalKinds = (words > 0 ? 1 : 0) | (pasts > 0 ? 2 : 0) | (ings > 0 ? 4 : 0) | (atom.markedWord >= 0 ? 8 : 0)
        return atom
    }

    /// Whether the line's classes and words could satisfy every required atom.
    @inline(__always) func mayMatch(classes: UInt64, words: SIMD4<UInt64>) -> Bool {
        for r in required where r.classes & classes == 0 && (r.words & words) == SIMD4(repeating: 0) { return false }
        return true
    }
}

extension TokenPattern.Atom {
    fileprivate mutating func setClass(_ k: Int, _ mask: UInt64) {
        switch k {
        case 0: classes.0 = mask
        case 1: classes.1 = mask
        case 2: classes.2 = mask
        default: classes.3 = mask
        }
    }
}
