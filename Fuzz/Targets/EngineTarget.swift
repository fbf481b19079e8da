/// The dialogue engine driven by fuzzed trainee lines (one per input line): frustration stays in
/// 0...100, each trainee turn is answered, the conversation ends by its turn limit, a replay from
/// the lines (as journal recovery does) gives the same conversation, and the transcript grades.
enum EngineTarget {
    static func run(_ bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let persona = FuzzFixtures.personas[Int(bytes.last ?? 0) % FuzzFixtures.personas.count]
        converse(persona, lines: lines, seed: UInt64(bytes.first ?? 7))
    }

    @discardableResult
    static func converse(_ persona: Persona, lines: [String], seed: UInt64) -> Transcript {
        var conversation = Conversation(persona: persona, seed: seed, trainee: "fuzz")
        _ = conversation.start()
        var submitted: [String] = []
        for line in lines {
            guard !conversation.state.isEnded else { break }
            let before = conversation.turns.count
            _ = conversation.submit(line)
            submitted.append(line)
            require((0...100).contains(conversation.state.frustration), "frustration \(conversation.state.frustration) in 0...100")
            require(conversation.turns.count > before, "a submitted line becomes a turn")
            // A customer satisfied at the last turn still hears the trainee's closing words: one more.
            require(conversation.state.traineeTurns <= persona.turnLimit + 1,
                    "a conversation ends by its turn limit (\(conversation.state.traineeTurns) of \(persona.turnLimit))")
        }
        if !conversation.state.isEnded { _ = conversation.finish() }
        require(conversation.state.isEnded, "finish ends the conversation")
        let transcript = conversation.transcript(startedAt: "2026-01-01T00:00:00Z", endedAt: "2026-01-01T00:10:00Z")
        for turn in transcript.turns {
            if let level = turn.frustration { require((0...100).contains(level), "turn frustration \(level) in 0...100") }
        }
        var replayed = Conversation.replaying(submitted, persona: persona, seed: seed, trainee: "fuzz")
        if !replayed.state.isEnded { _ = replayed.finish() }
        require(replayed.turns.map(\.text) == conversation.turns.map(\.text), "replaying the journalled lines gives the same conversation")
        TranscriptTarget.check(transcript, source: "fuzz-session")
        return transcript
    }
}
