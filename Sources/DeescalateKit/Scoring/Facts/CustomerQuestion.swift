/// The first direct question in a customer's turn that asks for something the agent can answer —
/// "So when is he coming?", "How long will the refund take?", "Can you send another one?" — as
/// opposed to the rhetorical questions of an angry customer ("Why is this so hard?", "Are you
/// kidding me?", "Did you even read my message?"), which want acknowledgement more than an answer.
///
/// Like `CustomerReply`, it reads only the customer's words, with a small fixed list of openings:
/// the question is the words since the last sentence end before a "?", fillers such as "okay, so"
/// left out, and it must open with a request for information (when, where, which, how long/much/
/// many/soon, what time/day/happens/now, will, can/could you, is it/he/she/there…).
struct CustomerQuestion: Equatable {
    /// The question as typed, up to and including its "?".
    let words: String

    /// The first answerable question in `text`, or nil.
    static func first(in text: String) -> CustomerQuestion? {
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "." || character == "!" || character == "\n" {
                start = text.index(after: index)
            } else if character == "?" {
                let end = text.index(after: index)
                let sentence = text[start..<end].trimmingCharacters(in: .whitespaces)
                if isAnswerable(sentence) { return CustomerQuestion(words: String(sentence)) }
                start = end
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Openings that ask for information or an action: word sequences matched at the question's start.
    static let openings: [[Substring]] = [
        "when", "where", "which", "how long", "how much", "how many", "how soon", "how do i", "how can i",
        "what time", "what day", "what date", "what happens", "what now", "what next", "what are you going",
        "what will", "what can you", "what do i", "what should i",
        "will", "would you", "can you", "could you", "can i", "could i", "can someone", "can somebody",
        "is it", "is he", "is she", "is there", "is my", "is the", "are you going", "are they", "do i",
        "does", "has it", "has my", "has the", "have you sent", "have you found",
    ].map { $0.split(separator: " ") }

    /// Words that make a question rhetorical or a challenge, not a request.
    static let rhetorical: Set<Substring> = ["even", "kidding", "joking", "serious", "seriously", "idea", "bother", "bothered", "really"]

    /// Fillers that may come before the opening ("Okay, so when…", "And is it…").
    static let fillers: Set<Substring> = ["ok", "okay", "so", "and", "but", "right", "well", "then", "fine", "look", "um", "erm", "sorry", "please", "alright"]

    static func isAnswerable(_ sentence: String) -> Bool {
        let words = sentence.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "’") }
        guard !words.contains(where: rhetorical.contains) else { return false }
        let rest = words.drop { fillers.contains($0) }
        return openings.contains { opening in rest.count >= opening.count && zip(rest, opening).allSatisfy { $0 == $1 } }
    }
}
