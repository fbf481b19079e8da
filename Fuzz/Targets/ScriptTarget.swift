/// Practice scripts (`practice --script`): the script's replies drive a conversation with a shipped
/// persona, twice, giving the same transcript (determinism), within every engine invariant.
enum ScriptTarget {
    static func run(_ bytes: [UInt8]) {
        let replies = TraineeScript.replies(in: String(decoding: bytes, as: UTF8.self))
        for reply in replies { require(!reply.contains("\n"), "a reply is one line") }
        let persona = FuzzFixtures.personas[Int(bytes.first ?? 0) % FuzzFixtures.personas.count]
        let seed = UInt64(bytes.count)
        let first = EngineTarget.converse(persona, lines: replies, seed: seed)
        let second = EngineTarget.converse(persona, lines: replies, seed: seed)
        require(first.jsonValue().serialized() == second.jsonValue().serialized(), "same persona, seed and lines give the same transcript")
    }
}
