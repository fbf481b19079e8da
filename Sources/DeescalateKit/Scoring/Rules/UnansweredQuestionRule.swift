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
            let asked = turns[reply.number - 2]
            guard asked.speaker == .customer, let question = CustomerQuestion.first(in: asked.text) else { continue }
            // Only the polite non-answer counts: sympathy or thanks in place of an answer. A reply with
            // neither is usually an answer the analyzer does not name ("There is no live music.").
            guard reply.credits(.apologize) || reply.credits(.thank) else { continue }
            if reply.credits(.solve) || reply.credits(.listen) || reply.has(.refusal) || reply.isHostile
                || Self.carriesAnAnswer(reply.turn.text) { continue }
            return [Finding(rule: id, step: nil, turn: reply.number, words: question.words,
                            points: context.rubric.points("solve.question-unanswered"),
                            message: "left the customer's question unanswered")]
        }
        return []
    }

    /// Openings that answer a yes-or-no question.
    static let yesOrNo: Set<Substring> = ["yes", "yeah", "yep", "no", "nope", "sure", "unfortunately", "afraid", "absolutely", "definitely", "certainly", "correct"]

    /// Whether `text` carries an answer the analyzer need not name: a yes or no, a question back, a
    /// digit, a link, a negative, or a capitalised word inside a sentence (a name, a place, a product).
    static func carriesAnAnswer(_ text: String) -> Bool {
        if text.contains("?") || text.contains(where: \.isNumber) || text.contains("http") || text.contains("www.") { return true }
        // A negative states a fact ("it is neither furnished nor…", "there are no tables left").
        let lowered = text.lowercased()
        if [" no ", " not ", "n't ", " neither ", " none ", " nothing ", " never ", " non"].contains(where: { (" " + lowered + " ").contains($0) }) { return true }
        var sentenceStart = true
        var first = true
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let letters = word.drop { !$0.isLetter }
            if first, yesOrNo.contains(Substring(letters.prefix { $0.isLetter }.lowercased())) { return true }
            first = false
            if !sentenceStart, let initial = letters.first, initial.isUppercase,
               !["I", "I'm", "I’m", "I'll", "I’ll", "I've", "I’ve", "I'd", "I’d"].contains(String(letters.prefix { $0.isLetter || $0 == "'" || $0 == "’" })) {
                return true
            }
            sentenceStart = word.last.map { ".!:;".contains($0) } ?? false
        }
        return false
    }
}
