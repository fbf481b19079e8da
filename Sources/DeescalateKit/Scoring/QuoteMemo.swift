/// The replies one grade's feedback has quoted, each quoted once: a piece of advice and the findings
/// it cites quote the same reply around the same words again, and quoting (collapsing white space,
/// cutting around the cited words, searching for them) was a third of writing feedback. A handful of
/// quotes per grade, so a short list searched in order, not a hash table.
final class QuoteMemo {
    private var quoted: [(turn: ObjectIdentifier, words: String, quote: String)] = []

    /// `FeedbackWording.quote(turn, around: words)`, made once per reply and words.
    func quote(_ turn: ScoringContext.TraineeTurn, around words: String = "") -> String {
        let id = ObjectIdentifier(turn)
        if let known = quoted.first(where: { $0.turn == id && $0.words == words }) { return known.quote }
        let made = FeedbackWording.quote(turn, around: words)
        quoted.append((id, words, made))
        return made
    }
}
