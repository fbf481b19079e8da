/// One line read for cues: its words (lower-cased, hashed), its sentences and the cue phrases found.
struct LineReading: Sendable {
    /// One word: where it is in the line's UTF-8 bytes and its hash.
    struct Token: Sendable {
        var start: Int
        var end: Int
        var hash: UInt64
        /// A number, or a number glued to letters ("5pm", "24h").
        var isNumeric: Bool
        /// Whether the word ends a sentence that ends in "?".
        var endsQuestion: Bool
        /// Whether a sentence ends right after this word.
        var endsSentence: Bool
        /// A time of day glued together ("5pm", "10:30").
        var isClockTime: Bool
    }

    /// One cue phrase found, by token positions (inclusive).
    struct Hit: Sendable {
        var cue: ScoringCue
        var first: Int
        var last: Int
    }

    let bytes: [UInt8]
    private(set) var tokens: [Token] = []
    private(set) var hits: [Hit] = []
    /// Whether every byte is ASCII (then byte offsets are scalar offsets).
    private(set) var isASCII = true
    private var letters = 0
    private var capitals = 0

    /// Whether the line is shouted: mostly capitals over at least a dozen letters.
    var isShouted: Bool { letters >= 12 && capitals * 10 >= letters * 6 }

    /// Tokenises `text` without matching phrases (used to build the lexicon).
    init(_ text: String) {
        bytes = Array(text.utf8)
        tokenize()
    }

    /// Tokenises `text` and finds every phrase of `lexicon`.
    init(_ text: String, lexicon: CueLexicon) {
        bytes = Array(text.utf8)
        tokenize()
        match(lexicon)
    }

    // MARK: Queries

    /// Whether any phrase of `cue` was found.
    func has(_ cue: ScoringCue) -> Bool { hits.contains { $0.cue == cue } }

    /// The first hit of `cue`.
    func first(_ cue: ScoringCue) -> Hit? { hits.first { $0.cue == cue } }

    /// How many phrases of `cue` were found.
    func count(_ cue: ScoringCue) -> Int { hits.reduce(0) { $0 + ($1.cue == cue ? 1 : 0) } }

    /// The words of a token span, as typed.
    func words(_ first: Int, _ last: Int) -> String {
        String(decoding: bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
    }

    /// The words of a hit, as typed.
    func words(_ hit: Hit) -> String { words(hit.first, hit.last) }

    /// A hit's span in Unicode scalars from the start of the line, as `Evidence` counts.
    func scalarSpan(_ hit: Hit) -> (start: Int, end: Int) {
        let startByte = tokens[hit.first].start, endByte = tokens[hit.last].end
        if isASCII { return (startByte, endByte) }
        var start = 0, end = 0
        for index in 0..<endByte where bytes[index] & 0xC0 != 0x80 {
            if index < startByte { start += 1 }
            end += 1
        }
        return (start, end)
    }

    /// The first question sentence (ending in "?" and opening with a question word), as a token span.
    func firstQuestion() -> (first: Int, last: Int)? {
        var sentenceStart = 0
        for (index, token) in tokens.enumerated() {
            if token.endsQuestion, tokens[sentenceStart...min(index, sentenceStart + 2)].contains(where: { Self.questionOpeners.contains($0.hash) }) {
                return (sentenceStart, index)
            }
            if token.endsSentence { sentenceStart = index + 1 }
        }
        return nil
    }

    /// Whether the line states a time: a clock time, "by/at/within/before/until N", "N hours/days/pm".
    var statesTime: Bool {
        if has(.time) { return true }
        for (index, token) in tokens.enumerated() where token.isNumeric {
            if token.isClockTime { return true }
            if index > 0, Self.timePrepositions.contains(tokens[index - 1].hash) { return true }
            if index + 1 < tokens.count, Self.timeUnits.contains(tokens[index + 1].hash) { return true }
        }
        return false
    }

    // MARK: Tokenising and matching

    private mutating func tokenize() {
        tokens.reserveCapacity(bytes.count / 5 + 1)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if Self.isWordByte(byte), !Self.isPunctuation(bytes, at: index) {
                let start = index
                var hash = CueLexicon.fnvBasis
                var sawDigit = false, sawLetter = false
                while index < count {
                    var current = bytes[index]
                    if Self.isPunctuation(bytes, at: index) {
                        // U+2019 (’) inside a word is an apostrophe; other general punctuation (dashes,
                        // quotes, ellipses) and no-break spaces separate words.
                        guard bytes[index] == 0xE2, bytes[index + 2] == 0x99, index + 3 < count,
                              Self.isWordByte(bytes[index + 3]), !Self.isPunctuation(bytes, at: index + 3) else { break }
                        hash = (hash ^ 0x27) &* CueLexicon.fnvPrime
                        index += 3
                        continue
                    }
                    if current == 0x27 {
                        guard index + 1 < count, Self.isWordByte(bytes[index + 1]) else { break }
                    } else if !Self.isWordByte(current) {
                        break
                    }
                    if current >= 0x41, current <= 0x5A { current |= 0x20; capitals += 1; letters += 1 } else if current >= 0x61, current <= 0x7A { letters += 1 }
                    if current >= 0x30, current <= 0x39 { sawDigit = true } else if current < 0x80 { sawLetter = true } else { isASCII = false }
                    hash = (hash ^ UInt64(current)) &* CueLexicon.fnvPrime
                    index += 1
                }
                var clock = false
                if sawDigit, index + 2 < count, bytes[index] == 0x3A, bytes[index + 1] >= 0x30, bytes[index + 1] <= 0x39 {
                    clock = true
                } else if sawDigit, sawLetter, index - start >= 3 {
                    let a = bytes[index - 2] | 0x20, m = bytes[index - 1] | 0x20
                    clock = (a == 0x61 || a == 0x70) && m == 0x6D // "am" / "pm"
                }
                if index == start { index += 1; continue }
                tokens.append(Token(start: start, end: index, hash: hash, isNumeric: sawDigit,
                                    endsQuestion: false, endsSentence: false, isClockTime: clock))
            } else {
                if byte >= 0x80 { isASCII = false }
                if (byte == 0x3F || byte == 0x2E || byte == 0x21 || byte == 0x0A), !tokens.isEmpty {
                    tokens[tokens.count - 1].endsSentence = true
                    if byte == 0x3F { tokens[tokens.count - 1].endsQuestion = true }
                }
                index += Self.isPunctuation(bytes, at: index) ? (byte == 0xE2 ? 3 : 2) : 1
            }
        }
    }

    private mutating func match(_ lexicon: CueLexicon) {
        let count = tokens.count
        for start in 0..<count {
            guard let range = lexicon.byFirstWord[tokens[start].hash] else { continue }
            for phraseIndex in range {
                let phrase = lexicon.phrases[Int(phraseIndex)]
                let length = Int(phrase.restCount)
                let last = start + length
                guard last < count else { continue }
                var matches = true
                var offset = 0
                while offset < length {
                    if tokens[start + 1 + offset].hash != lexicon.rest[Int(phrase.restStart) + offset] { matches = false; break }
                    offset += 1
                }
                if matches, phrase.cue == .alternative, last + 1 < count, Self.negations.contains(tokens[last + 1].hash) {
                    matches = false // "I can not …" is not an alternative
                }
                if matches { hits.append(Hit(cue: phrase.cue, first: start, last: last)) }
            }
        }
    }

    /// Whether the bytes at `index` are U+2000–U+203F (general punctuation) or U+00A0.
    @inline(__always)
    private static func isPunctuation(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        guard byte == 0xE2 || byte == 0xC2, index + 1 < bytes.count else { return false }
        if byte == 0xC2 { return bytes[index + 1] == 0xA0 }
        return index + 2 < bytes.count && bytes[index + 1] == 0x80
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    private static func hashes(_ words: [String]) -> Set<UInt64> {
        Set(words.compactMap { CueLexicon.words(of: $0).first })
    }

    static let questionOpeners = hashes(["what", "when", "where", "which", "who", "how", "why", "could", "can", "would",
                                         "will", "did", "do", "does", "is", "are", "was", "were", "have", "has", "may",
                                         "what's", "how's", "where's", "when's", "who's", "whats", "any", "anything"])
    static let timePrepositions = hashes(["by", "at", "within", "before", "until", "in", "on"])
    static let timeUnits = hashes(["am", "pm", "hours", "hour", "hrs", "days", "day", "minutes", "mins", "min",
                                   "working", "business", "weeks", "week", "o'clock"])
    static let addressees = hashes(["you", "you're", "your", "are", "ya", "u"])
    static let personalInsults = hashes(["idiot", "idiots", "moron", "morons", "imbecile", "loser", "clown", "cretin",
                                         "halfwit", "dumbass", "fool", "psycho", "nutcase"])
    static let selfWords = hashes(["i", "i'm", "me", "we", "we're", "our", "my", "myself", "us", "i've", "i'd"])
    static let negations = hashes(["not", "no", "never", "isn't", "wasn't", "aren't", "weren't", "hardly"])
}
