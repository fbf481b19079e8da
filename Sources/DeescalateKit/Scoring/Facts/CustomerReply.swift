/// A deliberately small reader of the CUSTOMER's words in a chat log — never the trainee's (trainee
/// moves come only from the analyzer). It answers two questions the analyzer is not built for:
/// did the customer's last turn accept the offer or escalate, and did the customer swear at or
/// insult the trainee (which makes a calm boundary a skill). Phrases match whole words in order,
/// ASCII case-insensitively; a curly apostrophe is a straight one.
///
/// Thanks are not acceptance when the turn goes on with the problem: "Thank you! It still does
/// this", "Thanks, but I'm still having issues", "Thanks. Which plan do I need?" accept nothing. A
/// turn that asks a question or says the problem persists has its words of acceptance dropped.
struct CustomerReply {
    /// What a phrase says about the customer.
    enum Signal { case acceptance, escalation, abuse }

    /// One phrase found: what it signals and the words as typed.
    struct Hit {
        var signal: Signal
        var words: String
    }

    /// The phrases found, in order of where they start.
    let hits: [Hit]

    init(_ text: String) {
        var bytes = Array(text.utf8)
        // "’" (E2 80 99) is an apostrophe: keep it inside the word as three word bytes hashed as "'".
        var words: [(hash: UInt64, start: Int, end: Int)] = []
        words.reserveCapacity(bytes.count / 4 + 1)   // room for the words of most turns, so the list is not regrown
        var index = 0
        while index < bytes.count {
            guard Self.isWordByte(bytes, index) else {
                // Skip a whole non-word character: "—" or a no-break space, not just its first byte.
                index += bytes[index] == 0xE2 ? 3 : bytes[index] == 0xC2 ? 2 : 1
                continue
            }
            let start = index
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while index < bytes.count, Self.isWordByte(bytes, index) {
                var byte = bytes[index]
                if byte == 0xE2 { byte = 0x27; index += 2 } else if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                index += 1
            }
            words.append((hash, start, index))
        }
        var hits: [Hit] = []
        var persists = bytes.contains(0x3F)   // a question: still asking
        for (index, word) in words.enumerated() where !persists && Self.mayPersist(word.hash) && Self.persistingWords.contains(word.hash) {
            // "no problem", "no issue" close the matter; "still", "but", "doesn't" keep it open.
            persists = index == 0 || words[index - 1].hash != Self.noHash || !Self.settledAfterNo.contains(word.hash)
        }
        for start in words.indices where Self.mayStartPhrase(words[start].hash) {
            for phrase in Self.phrases where phrase.hashes[0] == words[start].hash && start + phrase.hashes.count <= words.count {
                guard (1..<phrase.hashes.count).allSatisfy({ phrase.hashes[$0] == words[start + $0].hash }) else { continue }
                let last = words[start + phrase.hashes.count - 1]
                if persists && phrase.signal == .acceptance { continue }
                hits.append(Hit(signal: phrase.signal, words: String(decoding: bytes[words[start].start..<last.end], as: UTF8.self)))
            }
        }
        bytes.removeAll()
        self.hits = hits
    }

    /// How many phrases give `signal`.
    func count(_ signal: Signal) -> Int { hits.reduce(0) { $0 + ($1.signal == signal ? 1 : 0) } }

    /// The first phrase giving `signal`.
    func first(_ signal: Signal) -> Hit? { hits.first { $0.signal == signal } }

    /// Letters, digits, apostrophes (straight or curly) and any non-ASCII letter byte.
    @inline(__always)
    private static func isWordByte(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0xE2 { return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 }
        if byte == 0xC2 { return false } // Latin-1 punctuation and the no-break space
        return (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27 || byte >= 0x80
    }

    private static func hash(_ word: Substring) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Words that keep the problem open after thanks: it still happens, it doesn't work, there's an issue.
    private static let persistingWords: Set<UInt64> = Set([
        "still", "but", "however", "though", "not", "never", "again", "same", "problem", "problems", "issue", "issues",
        "error", "stays", "keeps", "won't", "doesn't", "didn't", "can't", "isn't", "wasn't", "don't", "cannot", "nothing",
    ].map { hash($0[...]) })
    /// One bit per low 12 bits of each persisting word's hash, so most words are passed over without hashing a set.
    private static let persistingBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for hash in persistingWords { bits[Int(hash >> 6 & 63)] |= 1 << (hash & 63) }
        return bits
    }()

    @inline(__always)
    private static func mayPersist(_ hash: UInt64) -> Bool { persistingBits[Int(hash >> 6 & 63)] & (1 << (hash & 63)) != 0 }

    /// After "no", these settle the matter: "no problem", "no issue".
    private static let settledAfterNo: Set<UInt64> = Set(["problem", "problems", "issue", "issues"].map { hash($0[...]) })
    private static let noHash = hash("no"[...])

    private static let phrases: [(signal: Signal, hashes: [UInt64])] = table.flatMap { signal, list in
        list.map { (signal, $0.split(separator: " ").map(hash)) }
    }

    /// One bit per low 12 bits of each phrase's first-word hash: most words start no phrase, and the
    /// bit says so without walking the phrase list.
    private static let firstWordBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for phrase in phrases { bits[Int(phrase.hashes[0] >> 6 & 63)] |= 1 << (phrase.hashes[0] & 63) }
        return bits
    }()

    @inline(__always)
    private static func mayStartPhrase(_ hash: UInt64) -> Bool { firstWordBits[Int(hash >> 6 & 63)] & (1 << (hash & 63)) != 0 }

    private static let table: [(Signal, [String])] = [
        (.acceptance, ["thank you", "thanks", "cheers", "that works", "works for me", "sounds good", "sounds fair", "great",
                       "perfect", "brilliant", "lovely", "excellent", "fine", "ok", "okay", "alright", "fair enough",
                       "yes please", "that helps", "much better", "happy with that", "appreciate", "deal", "i accept"]),
        (.escalation, ["manager", "supervisor", "unacceptable", "ridiculous", "useless", "cancel", "cancelling", "leaving",
                       "going elsewhere", "never again", "complaint", "lawyer", "not good enough", "doesn't help",
                       "no thanks", "i'm done", "forget it", "waste of time", "worst", "hang up", "hanging up",
                       "not happy", "still waiting", "not listening", "nobody cares", "you don't care", "how dare",
                       "joke", "pathetic", "disgrace", "terrible", "awful"]),
        (.abuse, ["fuck", "fucking", "fucked", "shit", "bullshit", "bitch", "bastard", "asshole", "arsehole", "wanker",
                  "dickhead", "prick", "cunt", "piss off", "screw you", "idiot", "idiots", "moron", "morons", "stupid",
                  "incompetent", "shut up", "pathetic"]),
    ]
}
