/// The transcript file format: versioned JSON (`"format": 1`).
extension Transcript {
    /// The transcript as a JSON value, in a fixed key order so files are byte-stable.
    public func jsonValue() -> JSONValue {
        .object([
            "format": .int(Self.formatVersion),
            "source": .string(source.rawValue),
            "persona": persona.map { persona in
                var fields: [(String, JSONValue)] = [
                    ("id", .string(persona.id)), ("version", .int(persona.version)), ("name", .string(persona.name)),
                    ("calmAt", .int(persona.calmAt)), ("escalateAt", .int(persona.escalateAt)),
                ]
                if !persona.mustAcknowledge.isEmpty {
                    fields.append(("mustAcknowledge", .array(persona.mustAcknowledge.map { .object([("id", .string($0.id)), ("summary", .string($0.summary))]) })))
                }
                if let need = persona.need { fields.append(("need", .string(need))) }
                if !persona.domainPhrases.isEmpty { fields.append(("domainPhrases", .array(persona.domainPhrases.map(JSONValue.string)))) }
                return JSONValue.object(fields)
            },
            "trainee": trainee.map(JSONValue.string),
            "seed": seed.map(JSONValue.uint),
            "startedAt": startedAt.map(JSONValue.string),
            "endedAt": endedAt.map(JSONValue.string),
            "outcome": outcome.map { .string($0.rawValue) },
            "turns": .array(turns.map { $0.jsonValue() }),
            "grade": grade.map { $0.jsonValue() },
        ])
    }

    /// Reads a transcript file. Unknown future format versions are refused with the highest supported.
    public init(parsing bytes: [UInt8], file: String = "<transcript>") throws(TranscriptError) {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw TranscriptError(file: file, location: error.location, message: "not valid JSON: \(error.message)")
        }
        try self.init(node: root, bytes: bytes, file: file)
    }

    /// Reads a transcript from an already parsed JSON value (a line of JSON Lines, say).
    public init(node root: JSONNode, bytes: [UInt8], file: String) throws(TranscriptError) {
        let reader = DocumentReader(bytes: bytes)
        func fail(_ message: String, at offset: Int? = nil) -> TranscriptError {
            TranscriptError(file: file, location: offset.map(reader.location(at:)), message: message)
        }
        guard root.members != nil else { throw fail("not a transcript: expected a JSON object, found \(root.typeName)", at: root.offset) }
        guard let formatNode = root["format"] else { throw fail("not a transcript: no \"format\" field", at: root.offset) }
        guard let format = formatNode.int else { throw fail("\"format\" must be a whole number", at: formatNode.offset) }
        guard format <= Self.formatVersion else {
            throw fail("transcript format \(format) is newer than this build reads (highest supported: \(Self.formatVersion))", at: formatNode.offset)
        }
        guard format >= 1 else { throw fail("transcript format \(format) is not a known version", at: formatNode.offset) }
        guard let turnNodes = root["turns"]?.array else { throw fail("not a transcript: \"turns\" must be a list", at: root.offset) }

        var turns: [Turn] = []
        turns.reserveCapacity(turnNodes.count)
        for (position, node) in turnNodes.enumerated() {
            guard let speakerText = node["speaker"]?.string, let speaker = Speaker(rawValue: speakerText) else {
                throw fail("turns[\(position)]: \"speaker\" must be \"customer\" or \"trainee\"", at: node.offset)
            }
            guard let text = node["text"]?.string else { throw fail("turns[\(position)]: \"text\" must be a string", at: node.offset) }
            var turn = Turn(speaker: speaker, text: text, frustration: node["frustration"]?.int)
            turn.revealed = node["revealed"]?.string
            if let offer = node["offer"], let resolution = offer["resolution"]?.string {
                turn.offer = OfferAnswer(resolution: resolution, accepted: offer["accepted"]?.bool ?? false,
                                         meetsNeed: offer["meetsNeed"]?.bool ?? true)
            }
            turn.moves = (node["moves"]?.array ?? []).compactMap(Self.move)
            turn.changes = (node["changes"]?.array ?? []).compactMap { change in
                guard let reason = change["reason"]?.string, let amount = change["amount"]?.int else { return nil }
                return FrustrationChange(reason: reason, amount: amount)
            }
            turns.append(turn)
        }
        var persona: PersonaReference?
        if let node = root["persona"], node.members != nil {
            guard let id = node["id"]?.string else { throw fail("\"persona.id\" must be a string", at: node.offset) }
            persona = PersonaReference(id: id, version: node["version"]?.int ?? 1, name: node["name"]?.string ?? id,
                                       calmAt: node["calmAt"]?.int ?? 30, escalateAt: node["escalateAt"]?.int ?? 95,
                                       mustAcknowledge: (node["mustAcknowledge"]?.array ?? []).compactMap { fact in
                                           fact["id"]?.string.map { ($0, fact["summary"]?.string ?? $0) }
                                       },
                                       need: node["need"]?.string,
                                       domainPhrases: (node["domainPhrases"]?.array ?? []).compactMap(\.string))
        }
        var outcome: Outcome?
        if let node = root["outcome"], node.value != .null {
            guard let value = node.string.flatMap(Outcome.init(rawValue:)) else {
                throw fail("\"outcome\" must be \"resolved\", \"escalated\" or \"abandoned\"", at: node.offset)
            }
            outcome = value
        }
        self.init(source: root["source"]?.string.flatMap(Source.init(rawValue:)) ?? (persona == nil ? .chatLog : .simulator),
                  persona: persona, trainee: root["trainee"]?.string, seed: root["seed"]?.uint64,
                  startedAt: root["startedAt"]?.string, endedAt: root["endedAt"]?.string, outcome: outcome,
                  turns: turns, grade: root["grade"].flatMap(Grade.init(node:)))
    }

    private static func move(_ node: JSONNode) -> Move? {
        guard let kind = (node["subKind"]?.string).flatMap(MoveKind.init(rawValue:)),
              let evidence = node["evidence"], let words = evidence["words"]?.string else { return nil }
        return Move(kind: kind, evidence: Evidence(start: evidence["start"]?.int ?? 0, end: evidence["end"]?.int ?? 0, words: words))
    }
}

extension Turn {
    /// The turn as a JSON value.
    public func jsonValue() -> JSONValue {
        .object([
            "speaker": .string(speaker.rawValue),
            "text": .string(text),
            "frustration": frustration.map(JSONValue.int),
            "moves": speaker == .trainee ? .array(moves.map { $0.jsonValue() }) : nil,
            "changes": speaker == .trainee && !changes.isEmpty
                ? .array(changes.map { .object([("reason", .string($0.reason)), ("amount", .int($0.amount))]) }) : nil,
            "revealed": revealed.map(JSONValue.string),
            "offer": offer.map { .object([("resolution", .string($0.resolution)), ("accepted", .bool($0.accepted)), ("meetsNeed", .bool($0.meetsNeed))]) },
        ])
    }
}

extension Move {
    /// The move as `{"kind": category, "subKind": kind, "evidence": {start, end, words}}`.
    public func jsonValue() -> JSONValue {
        .object([
            ("kind", .string(category.rawValue)),
            ("subKind", .string(kind.rawValue)),
            ("evidence", .object([
                ("start", .int(evidence.start)), ("end", .int(evidence.end)), ("words", .string(evidence.words)),
            ])),
        ])
    }
}
