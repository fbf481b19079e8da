/// The transcript file format: versioned JSON (`"format": 2`, or 3 with a `branch`).
extension Transcript {
    /// The transcript as a JSON value, in a fixed key order so files are byte-stable.
    public func jsonValue() -> JSONValue {
        .object([
            "format": .int(writtenFormat),
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
            "branch": branch.map { branch in
                .object(["parent": .string(branch.parent), "turn": .int(branch.turn),
                         "parentStartedAt": branch.parentStartedAt.map(JSONValue.string)])
            },
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

    /// Reads a transcript from an already parsed JSON value (a line of JSON Lines, say). Every
    /// number is range-checked (`TranscriptLimits`); the first problem is thrown, located.
    public init(node root: JSONNode, bytes: [UInt8], file: String) throws(TranscriptError) {
        self = try TranscriptDecoder(bytes: bytes, file: file).decode(root)
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
