/// What the scorer looks for in a line, beyond the analyzer's moves: how *well* a step is done
/// (a time on a commitment, a reason on a referral, an alternative after "can't"), how often
/// (a flood of apologies), and the hostile, profane and threatening wording that fails a session.
/// Customers' lines are read too, for acceptance and escalation in chat logs, which carry no outcome.
enum ScoringCue: UInt8, CaseIterable, Sendable {
    // Steps ("lookup" is looking something up — "let me check" — which is neither listening nor solving)
    case apology, empathy, reflection, acknowledgement, questionPhrase
    case ownerAction, lookup, remedy, time, options, followUp, referral, reason, vague
    case cant, alternative, thanks
    // Apology quality
    case contrast, excuseWord, nonApology
    // Harms
    case blame, accusation, condescension, dismissal, policyWall, calmDown, sarcasm, insult, profanity, threat
    // Boundary: a calm limit on abuse, and the offer to help standing beside it
    case boundary, helpStands
    // Customer side
    case acceptance, escalation
    // Words that make an analyzer match innocent ("whatever works for you", "an exception to the policy", "you should have received")
    case notDismissal, notPolicyWall, notBlame
}

/// A phrase-matching index over lower-cased words, built once. Matching is by 64-bit word hashes,
/// so a line is read in one pass over its UTF-8 bytes with no per-word allocation.
struct CueLexicon: Sendable {
    /// One phrase: its cue and where the hashes of its words after the first are in `rest`.
    struct Phrase: Sendable {
        var cue: ScoringCue
        var restStart: Int32
        var restCount: Int32
    }

    /// The shared lexicon.
    static let shared = CueLexicon(phrases: CueLexicon.phraseTable)

    /// For each first-word hash, the range of its phrases in `phrases` (flat, so a lookup retains nothing).
    let byFirstWord: WordTable
    let phrases: [Phrase]
    let rest: [UInt64]

    init(phrases table: [(ScoringCue, [String])]) {
        var grouped: [UInt64: [(ScoringCue, [UInt64])]] = [:]
        var order: [UInt64] = []
        for (cue, list) in table {
            for text in list {
                let words = Self.words(of: text)
                guard let first = words.first else { continue }
                if grouped[first] == nil { order.append(first) }
                grouped[first, default: []].append((cue, Array(words.dropFirst())))
            }
        }
        var index: [UInt64: Range<Int32>] = [:]
        var phrases: [Phrase] = []
        var rest: [UInt64] = []
        for first in order {
            let start = Int32(phrases.count)
            for (cue, words) in grouped[first]! {
                phrases.append(Phrase(cue: cue, restStart: Int32(rest.count), restCount: Int32(words.count)))
                rest.append(contentsOf: words)
            }
            index[first] = start..<Int32(phrases.count)
        }
        byFirstWord = WordTable(index)
        self.phrases = phrases
        self.rest = rest
    }

    /// The hashes of the words of `text`, tokenised exactly as lines are.
    static func words(of text: String) -> [UInt64] {
        LineReading(text).tokens.map(\.hash)
    }

    /// FNV-1a offset basis and prime.
    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3
}

/// An open-addressing table from word hashes (already well mixed by FNV-1a) to phrase ranges: no
/// second hashing, no allocation, a probe or two per word.
struct WordTable: Sendable {
    private var keys: [UInt64]
    private var values: [Range<Int32>]
    private let mask: Int

    init(_ entries: [UInt64: Range<Int32>]) {
        var capacity = 64
        while capacity < entries.count * 4 { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: 0..<0, count: capacity)
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key == 0 ? 1 : key
            values[slot] = value
        }
    }

    /// The phrases starting with the word of hash `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Range<Int32>? {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
