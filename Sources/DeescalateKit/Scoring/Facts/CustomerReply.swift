/// A deliberately small reader of the CUSTOMER's words in a chat log — never the trainee's (trainee
/// moves come only from the analyzer). It answers two questions the analyzer is not built for:
/// did the customer's last turn accept the offer or escalate, and did the customer swear at or
/// insult the trainee (which makes a calm boundary a skill). Phrases match whole words in order,
/// case-insensitively; a curly apostrophe is a straight one.
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
        let words = Self.words(of: text)
        var hits: [Hit] = []
        var start = 0
        while start < words.count {
            for (signal, phrase) in Self.phrases where start + phrase.count <= words.count && phrase[0] == words[start].key {
                if zip(phrase, words[start..<(start + phrase.count)]).allSatisfy({ $0 == $1.key }) {
                    let typed = words[start..<(start + phrase.count)].map(\.typed).joined(separator: " ")
                    hits.append(Hit(signal: signal, words: typed))
                }
            }
            start += 1
        }
        self.hits = hits
    }

    /// How many phrases give `signal`.
    func count(_ signal: Signal) -> Int { hits.reduce(0) { $0 + ($1.signal == signal ? 1 : 0) } }

    /// The first phrase giving `signal`.
    func first(_ signal: Signal) -> Hit? { hits.first { $0.signal == signal } }

    /// Lower-cased words (letters, digits, apostrophes) with their typed form.
    private static func words(of text: String) -> [(key: String, typed: String)] {
        var result: [(key: String, typed: String)] = []
        var key = "", typed = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "'" || scalar == "\u{2019}" {
                key.unicodeScalars.append(scalar == "\u{2019}" ? "'" : scalar.properties.lowercaseMapping.unicodeScalars.first!)
                typed.unicodeScalars.append(scalar)
            } else if !key.isEmpty {
                result.append((key, typed)); key = ""; typed = ""
            }
        }
        if !key.isEmpty { result.append((key, typed)) }
        return result
    }

    private static let phrases: [(Signal, [Substring])] = table.flatMap { signal, list in
        list.map { (signal, $0.split(separator: " ")) }
    }

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
                  "dickhead", "prick", "cunt", "piss off", "screw you", "idiot", "idiots", "moron", "morons", "stupid", "useless idiot",
                  "incompetent", "shut up", "pathetic"]),
    ]
}
