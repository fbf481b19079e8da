/// A simulator transcript played again through the engine: the same persona, seed, trainee name and
/// replies. Because the engine is seeded and reads no clock, the replay says the same lines as the
/// session did — unless the persona or the engine changed since, which `matches` reports turn by
/// turn. The replay also recovers what a transcript does not store: the situation each customer
/// line answered (which model reply fits that moment).
struct TranscriptReplay {
    /// The conversation after the replies replayed.
    var conversation: Conversation
    /// The situation of each customer line, by its index in `conversation.turns`.
    var situations: [Int: Situation]

    /// Replays the first `replies` trainee replies of `transcript` (all when nil) against `persona`.
    init(_ transcript: Transcript, persona: Persona, replies: Int? = nil) {
        let lines = transcript.turns.filter { $0.speaker == .trainee }.map(\.text)
        var conversation = Conversation(persona: persona, seed: transcript.seed ?? 0, trainee: transcript.trainee ?? "Trainee")
        var situations: [Int: Situation] = [:]
        Self.note(conversation.start(), turns: conversation.turns.count, into: &situations)
        for line in lines.prefix(replies ?? lines.count) where !conversation.state.isEnded {
            Self.note(conversation.submit(line), turns: conversation.turns.count, into: &situations)
        }
        self.conversation = conversation
        self.situations = situations
    }

    private static func note(_ events: [DialogueEvent], turns: Int, into situations: inout [Int: Situation]) {
        for case .customerSaid(_, let situation, _) in events { situations[turns - 1] = situation }
    }

    /// The index of the first of `transcript`'s first `count` turns where the conversation itself
    /// differs in the replay — who spoke, the words, the frustration after — or nil when none does.
    func firstConversationDifference(from transcript: Transcript, count: Int) -> Int? {
        let replayed = conversation.turns
        for index in 0..<count {
            guard index < replayed.count, index < transcript.turns.count else { return index }
            let again = replayed[index], saved = transcript.turns[index]
            if again.speaker != saved.speaker || again.text != saved.text || again.frustration != saved.frustration { return index }
        }
        return nil
    }

    /// The index of the first of `transcript`'s first `count` turns that the replay does not
    /// reproduce byte for byte (as written to the file), or nil when all of them match. Fields an
    /// older transcript format did not record (format 1 has no `revealed` or `offer`) are compared
    /// only where the transcript has them; the words, frustration, moves and changes always are.
    func firstDifference(from transcript: Transcript, count: Int) -> Int? {
        let replayed = conversation.turns
        for index in 0..<count {
            guard index < replayed.count, index < transcript.turns.count else { return index }
            var again = replayed[index]
            let saved = transcript.turns[index]
            if saved.revealed == nil { again.revealed = nil }
            if saved.offer == nil { again.offer = nil }
            if again.jsonValue().serialized() != saved.jsonValue().serialized() { return index }
        }
        return nil
    }
}
