/// A customer's direct question ("So when is he coming?") met by a reply that neither answers it
/// nor asks back costs points on the total, once: more sympathy and thanks in its place is the
/// polite non-answer that leaves the customer where they were. A question in the customer's last
/// turn is not counted: the log may end there.
///
/// The analyzer is built for precision, so a plain answer it does not read as a move ("Bill
/// Callahan plays the Lodge Room next Friday", "At 5:30 pm") must not count as ignoring the
/// customer: a reply answers when it has a way forward, listening or a refusal, or when its words
/// carry an answer at all — a yes or no, a question back, a number or time, a name, a link.
struct UnansweredQuestionRule: ScoringRule {
    let id = "question-unanswered"

    func findings(in context: ScoringContext) -> [Finding] {
        let turns = context.transcript.turns
        // `number` is 1-based, so the turn before a reply is at index number - 2.
        for reply in context.traineeTurns where reply.number >= 2 && reply.number - 2 < turns.count {
            // Cheap checks on the reply first: the customer's words are read only for the rare reply
            // that is all sympathy or thanks (this runs for every reply of every graded log).
            // A reply with neither is usually an answer the analyzer does not name ("There is no live music.").
            guard reply.credits(.apologize) || reply.credits(.thank) else { continue }
            if reply.credits(.solve) || reply.credits(.listen) || reply.has(.refusal) || reply.isHostile { continue }
            let asked = turns[reply.number - 2]
            guard asked.speaker == .customer, !Self.carriesAnAnswer(reply.turn.text),
                  let question = CustomerQuestion.first(in: asked.text) else { continue }
            return [Finding(rule: id, step: nil, turn: reply.number, words: question.words,
                            points: context.rubric.points("solve.question-unanswered"),
                            message: "left the customer's question unanswered")]
        }
        return []
    }

    /// Openings that answer a yes-or-no question.
    static let yesOrNo: Set<String> = ["yes", "yeah", "yep", "no", "nope", "sure", "unfortunately", "afraid", "absolutely", "definitely", "certainly", "correct"]
    /// Words that state a fact by denying it ("it is neither furnished nor…", "there are no tables left").
    static let negatives: Set<String> = ["no", "not", "neither", "nor", "none", "nothing", "never"]

    /// Whether `text`'s bytes hold those of `needle`.
    private static func holds(_ text: String, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount, start = needle.utf8Start
        var text = text
        return text.withUTF8 { bytes in
            guard count > 0, bytes.count >= count else { return count == 0 }
            for index in 0...(bytes.count - count) where bytes[index] == start[0] {
                var matched = 1
                while matched < count && bytes[index + matched] == start[matched] { matched += 1 }
                if matched == count { return true }
            }
            return false
        }
    }

    /// Whether `text` carries an answer the analyzer need not name: a yes or no, a question back, a
    /// digit, a link, a negative ("no", "isn't", "non-refundable"), or a capitalised word inside a
    /// sentence (a name, a place, a product; "I" and its contractions aside).
    static func carriesAnAnswer(_ text: String) -> Bool {
        // Each test is first made on the bytes, which settles most replies: "?", "http" and "www."
        // found as characters are always found as bytes (no other characters are equivalent to
        // them), and in ASCII text the only number characters are the digits.
        let utf8 = text.utf8
        if utf8.contains(0x3F) && text.contains("?") { return true }
        if utf8.allSatisfy({ $0 < 0x80 }) ? utf8.contains(where: { $0 &- 0x30 < 10 }) : text.contains(where: \.isNumber) { return true }
        if holds(text, "http") && text.contains("http") || holds(text, "www.") && text.contains("www.") { return true }
        var sentenceStart = true
        var first = true
        for word in text.split(whereSeparator: \.isWhitespace) {
            let letters = word.drop { !$0.isLetter }
            let lowered = letters.prefix { $0.isLetter || $0 == "'" || $0 == "’" }.lowercased()
            if first && yesOrNo.contains(lowered.filter(\.isLetter)) { return true }
            first = false
            if negatives.contains(lowered) || lowered.hasSuffix("n't") || lowered.hasSuffix("n’t") || lowered.hasPrefix("non") { return true }
            if !sentenceStart, let initial = letters.first, initial.isUppercase, letters.prefix(while: \.isLetter) != "I" { return true }
            sentenceStart = word.last.map { ".!:;".contains($0) } ?? false
        }
        return false
    }
}
