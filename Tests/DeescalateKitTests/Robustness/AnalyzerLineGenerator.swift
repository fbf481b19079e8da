@testable import DeescalateKit

/// Builds analyzer lines from the analyzer's own vocabulary: every word of the lexicon and every
/// spelling it maps, alone and placed first and last on a line, and instances of every rule in the
/// rule book (each atom filled with one of its literal words or a lexicon word of its class, gaps
/// and optional parts drawn at random), each dressed with punctuation, case, Unicode and control
/// characters. Seeded, so every run builds the same lines.
struct AnalyzerLineGenerator {
    private var random: SeededRandom
    private let names: [String]
    private let classes: [WordClass]
    private var byMask: [UInt64: [String]] = [:]

    /// Bits that describe a token's shape or position rather than a word the lexicon lists.
    private static let shapeBits: WordClass = [.past, .ing, .num, .caps, .word, .known, .comma, .end, .qmark,
                                               .emoji, .sarcEmoji, .sentStart, .clauseStart]

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
        names = Lexicon.shared.names
        classes = Lexicon.shared.classes
    }

    /// Every word the analyzer knows: canonical words, the rules' literal words, and every surface
    /// spelling (contractions, text-speak) it maps to them.
    static var vocabulary: [String] {
        var seen = Set<String>()
        let all = Lexicon.shared.names + RuleBook.literalWords + LexiconWords.spellings.map(\.0)
            + LexiconWords.apostropheLess.map(\.0) + Array(LexiconWords.irregularBase.keys).sorted()
        return all.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// `count` instances of the rule's pattern, as lines of words and punctuation.
    mutating func instances(of pattern: TokenPattern, count: Int) -> [String] {
        (0..<count).map { _ in instance(of: pattern) }
    }

    private mutating func instance(of pattern: TokenPattern) -> String {
        var tokens: [String] = []
        for element in pattern.elements {
            switch element.kind {
            case .atom: tokens.append(word(for: element.atom))
            case .optional: if bool() { tokens.append(word(for: element.atom)) }
            case .notAhead, .ahead: break
            case .gap: for _ in 0..<random.index(below: element.gap + 1) { tokens.append(pick(names)) }
            case .sentenceStart: if bool() { tokens.append(pick([".", "!", "?", "\n"])) }
            case .clauseStart: if bool() { tokens.append(pick([",", ";", "—", "but"])) }
            case .clauseEnd: if bool() { tokens.append(pick([",", ".", "?", "!"])) }
            }
        }
        var line = ""
        for token in tokens {
            let attaches = [",", ".", "?", "!", ";"].contains(token) && bool()
            if !line.isEmpty, !attaches { line += " " }
            line += token
        }
        return line
    }

    /// A word the atom accepts: one of its literal words, its marked word, or a word of one of its classes.
    private mutating func word(for atom: TokenPattern.Atom) -> String {
        var choices: [String] = []
        for lane in 0..<16 where atom.words[lane] >= 0 { choices.append(names[Int(atom.words[lane])]) }
        if atom.markedWord >= 0 { choices.append(names[Int(atom.markedWord)] + (atom.markedClasses & WordClass.past.rawValue != 0 ? "ed" : "")) }
        for mask in [atom.classes.0, atom.classes.1, atom.classes.2, atom.classes.3] where mask != 0 {
            choices.append(word(ofClasses: WordClass(rawValue: mask)))
        }
        return choices.isEmpty ? pick(names) : pick(choices)
    }

    private mutating func word(ofClasses mask: WordClass) -> String {
        if mask.contains(.comma) { return "," }
        if mask.contains(.end) { return "." }
        if mask.contains(.qmark) { return "?" }
        if mask.contains(.sarcEmoji) { return "🙄" }
        if mask.contains(.emoji) { return "🙂" }
        if mask.contains(.num) { return String(random.index(below: 1000)) }
        let lexical = mask.subtracting(Self.shapeBits)
        var word = lexical.isEmpty ? pick(names) : pick(candidates(lexical))
        if mask.contains(.past) { word += "ed" }
        if mask.contains(.ing) { word += "ing" }
        if mask.contains(.caps) { word = word.uppercased() }
        return word
    }

    private mutating func candidates(_ mask: WordClass) -> [String] {
        if let known = byMask[mask.rawValue] { return known }
        let found = names.indices.filter { classes[$0].isSuperset(of: mask) }.map { names[$0] }
        let list = found.isEmpty ? names : found
        byMask[mask.rawValue] = list
        return list
    }

    /// The ways a fragment is put on a line: alone, first, last, with punctuation, in capitals, with
    /// Unicode beside it and with control and bidi characters inside it.
    mutating func dressings(of fragment: String) -> [String] {
        let filler = pick(names) + " " + pick(names)
        return [
            fragment,
            fragment + pick([".", "!", "?", ",", "...", "!!", " 🙂", ":", " -", "’"]),
            filler + " " + fragment,
            filler + ". " + fragment + pick(["", ".", "?"]),
            fragment + " " + filler,
            fragment.uppercased() + pick(["", "!!!"]),
            pick(["é", "日本語", "👍", "e\u{301}", "🏳️‍🌈", "\u{FFFD}", "Ω"]) + fragment + pick(["", "ñ", "😞", "\u{200D}"]),
            fragment.replacingOccurrences(of: "'", with: "’") + pick(["\u{1B}[31m", "\u{0}", "\u{9B}", "\u{202E}", "\t", "\r", "\u{7F}"]),
            pick(["\u{1B}", "\u{202E}", "\u{2066}", "\u{061C}", "\n", "\r\n"]) + fragment,
            fragment + pick(["", " "]) + fragment,
        ]
    }

    private mutating func bool() -> Bool { random.next() & 1 == 0 }
    private mutating func pick<T>(_ items: [T]) -> T { items[random.index(below: items.count)] }
}
