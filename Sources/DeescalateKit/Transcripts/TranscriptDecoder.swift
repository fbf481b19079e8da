/// Reads a transcript from a parsed JSON document. Structure is read leniently where old and future
/// files differ (unknown move kinds are skipped), but every number is range-checked
/// (`TranscriptLimits`): the first problem is thrown as a `TranscriptError` with its line, column
/// and field, e.g. `'turns[3].frustration' is -9223372036854775808, but must be between 0 and 100`.
struct TranscriptDecoder {
    private let reader: DocumentReader
    private let file: String

    init(bytes: [UInt8], file: String) {
        reader = DocumentReader(bytes: bytes)
        self.file = file
    }

    func decode(_ root: JSONNode) throws(TranscriptError) -> Transcript {
        guard root.members != nil else { throw fail("not a transcript: expected a JSON object, found \(root.typeName)", at: root.offset) }
        guard let formatNode = root["format"] else { throw fail("not a transcript: no \"format\" field", at: root.offset) }
        guard let format = formatNode.int else { throw fail("\"format\" must be a whole number", at: formatNode.offset) }
        guard format <= Transcript.formatVersion else {
            throw fail("transcript format \(format) is newer than this build reads (highest supported: \(Transcript.formatVersion))", at: formatNode.offset)
        }
        guard format >= 1 else { throw fail("transcript format \(format) is not a known version", at: formatNode.offset) }
        guard let turnsNode = root["turns"], let turnNodes = turnsNode.array else { throw fail("not a transcript: \"turns\" must be a list", at: root.offset) }
        guard turnNodes.count <= TranscriptLimits.maximumTurns else {
            throw fail("'turns' holds \(turnNodes.count) turns, but at most \(TranscriptLimits.maximumTurns) are read", at: turnsNode.offset)
        }

        var turns: [Turn] = []
        turns.reserveCapacity(turnNodes.count)
        for (position, node) in turnNodes.enumerated() {
            turns.append(try turn(node, position: position))
        }
        let persona = try self.persona(root["persona"])
        var outcome: Outcome?
        if let node = root["outcome"], node.value != .null {
            guard let value = node.string.flatMap(Outcome.init(rawValue:)) else {
                throw fail("\"outcome\" must be \"resolved\", \"escalated\" or \"abandoned\"", at: node.offset)
            }
            outcome = value
        }
        let seed = try optional(root["seed"]) { reader.uint64($0, path: "seed") }
        let grade = try self.grade(root["grade"])
        let branch = try self.branch(root["branch"], format: format)
        return Transcript(source: root["source"]?.string.flatMap(Transcript.Source.init(rawValue:)) ?? (persona == nil ? .chatLog : .simulator),
                          persona: persona, trainee: root["trainee"]?.string, seed: seed,
                          startedAt: root["startedAt"]?.string, endedAt: root["endedAt"]?.string, outcome: outcome,
                          turns: turns, grade: grade, branch: branch)
    }

    // MARK: Parts

    private func turn(_ node: JSONNode, position: Int) throws(TranscriptError) -> Turn {
        guard let speakerText = node["speaker"]?.string, let speaker = Speaker(rawValue: speakerText) else {
            throw fail("turns[\(position)]: \"speaker\" must be \"customer\" or \"trainee\"", at: node.offset)
        }
        guard let text = node["text"]?.string else { throw fail("turns[\(position)]: \"text\" must be a string", at: node.offset) }
        let frustration = try optional(node["frustration"]) {
            reader.int($0, path: "turns[\(position)].frustration", in: TranscriptLimits.level)
        }
        var turn = Turn(speaker: speaker, text: text, frustration: frustration)
        // Format 2: what the simulated customer told and how they answered an offer.
        turn.revealed = node["revealed"]?.string
        if let offer = node["offer"], let resolution = offer["resolution"]?.string {
            turn.offer = OfferAnswer(resolution: resolution, accepted: offer["accepted"]?.bool ?? false,
                                     meetsNeed: offer["meetsNeed"]?.bool ?? true)
        }
        for (index, item) in (node["moves"]?.array ?? []).enumerated() {
            if let move = try move(item, path: { "turns[\(position)].moves[\(index)]" }) { turn.moves.append(move) }
        }
        for (index, change) in (node["changes"]?.array ?? []).enumerated() {
            guard let reason = change["reason"]?.string, let amountNode = change["amount"] else { continue }
            let amount = try required(reader.int(amountNode, path: "turns[\(position)].changes[\(index)].amount", in: TranscriptLimits.changeAmount))
            turn.changes.append(FrustrationChange(reason: reason, amount: amount))
        }
        return turn
    }

    /// A stored move; nil (skipped) for a kind this build does not know.
    private func move(_ node: JSONNode, path: () -> String) throws(TranscriptError) -> Move? {
        guard let kind = (node["subKind"]?.string).flatMap(MoveKind.init(rawValue:)),
              let evidence = node["evidence"], let words = evidence["words"]?.string else { return nil }
        // Both offsets are required: a default of 0 for one of them made a span the writer would then
        // save and this decoder refuse on the next read (found by the transcript fuzz target).
        guard let startNode = evidence["start"] else { throw fail("'\(path()).evidence' needs \"start\"", at: evidence.offset) }
        guard let endNode = evidence["end"] else { throw fail("'\(path()).evidence' needs \"end\"", at: evidence.offset) }
        let start = try required(reader.int(startNode, path: "\(path()).evidence.start", in: TranscriptLimits.evidenceOffset))
        let end = try required(reader.int(endNode, path: "\(path()).evidence.end", in: TranscriptLimits.evidenceOffset))
        if end < start {
            throw fail("'\(path()).evidence.end' is \(end), but must not be before 'evidence.start' (\(start))", at: endNode.offset)
        }
        return Move(kind: kind, evidence: Evidence(start: start, end: end, words: words))
    }

    private func persona(_ node: JSONNode?) throws(TranscriptError) -> PersonaReference? {
        guard let node, node.members != nil else { return nil }
        guard let id = node["id"]?.string else { throw fail("\"persona.id\" must be a string", at: node.offset) }
        let version = try optional(node["version"]) { reader.int($0, path: "persona.version", in: TranscriptLimits.personaVersion) } ?? 1
        let calmAt = try optional(node["calmAt"]) { reader.int($0, path: "persona.calmAt", in: TranscriptLimits.level) } ?? 30
        let escalateAt = try optional(node["escalateAt"]) { reader.int($0, path: "persona.escalateAt", in: TranscriptLimits.escalateAt) } ?? 95
        // Format 2: what the grade checks beyond the words (facts to acknowledge, the need, trade phrases).
        let mustAcknowledge = (node["mustAcknowledge"]?.array ?? []).compactMap { fact in
            fact["id"]?.string.map { ($0, fact["summary"]?.string ?? $0) }
        }
        return PersonaReference(id: id, version: version, name: node["name"]?.string ?? id, calmAt: calmAt, escalateAt: escalateAt,
                                mustAcknowledge: mustAcknowledge, need: node["need"]?.string,
                                domainPhrases: (node["domainPhrases"]?.array ?? []).compactMap(\.string))
    }

    /// A retried session's branch point (format 3): the parent's path and the reply retried, which
    /// must be one this transcript holds or the one after its last.
    private func branch(_ node: JSONNode?, format: Int) throws(TranscriptError) -> BranchPoint? {
        guard let node, node.value != .null else { return nil }
        guard format >= 3 else { throw fail("\"branch\" needs transcript format 3, but the file says \"format\": \(format)", at: node.offset) }
        guard node.members != nil, let parent = node["parent"]?.string, !parent.isEmpty else {
            throw fail("\"branch\" must be an object with a non-empty \"parent\" path", at: node.offset)
        }
        guard let turnNode = node["turn"] else { throw fail("\"branch.turn\" is missing", at: node.offset) }
        let turn = try required(reader.int(turnNode, path: "branch.turn", in: TranscriptLimits.branchTurn))
        return BranchPoint(parent: parent, turn: turn, parentStartedAt: node["parentStartedAt"]?.string)
    }

    /// The stored grade, its numbers checked; nil when the node is not a grade (it is only compared).
    private func grade(_ node: JSONNode?) throws(TranscriptError) -> Grade? {
        guard let node, node.members != nil, let totalNode = node["total"], let steps = node["steps"] else { return nil }
        _ = try required(reader.int(totalNode, path: "grade.total", in: TranscriptLimits.score))
        for step in Step.allCases {
            _ = try optional(steps[step.rawValue]) { reader.int($0, path: "grade.steps.\(step.rawValue)", in: TranscriptLimits.score) }
        }
        for (index, item) in (node["findings"]?.array ?? []).enumerated() {
            _ = try optional(item["turn"]) { reader.int($0, path: "grade.findings[\(index)].turn", in: TranscriptLimits.turnNumber) }
            _ = try optional(item["points"]) { reader.int($0, path: "grade.findings[\(index)].points", in: TranscriptLimits.findingPoints) }
        }
        for (index, item) in (node["feedback"]?.array ?? []).enumerated() {
            _ = try optional(item["turn"]) { reader.int($0, path: "grade.feedback[\(index)].turn", in: TranscriptLimits.turnNumber) }
        }
        return Grade(node: node)
    }

    // MARK: Errors

    /// `read(node)` for a field that may be absent or null; throws the problem `read` reported.
    private func optional<T>(_ node: JSONNode?, _ read: (JSONNode) -> T?) throws(TranscriptError) -> T? {
        guard let node, node.value != .null else { return nil }
        return try required(read(node))
    }

    /// The value, or the problem the reader just reported as the error to throw.
    private func required<T>(_ value: T?) throws(TranscriptError) -> T {
        if let value { return value }
        guard let problem = reader.diagnostics.last else { throw TranscriptError(file: file, message: "invalid transcript") }
        throw TranscriptError(file: file, location: problem.location, message: problem.message)
    }

    private func fail(_ message: String, at offset: Int) -> TranscriptError {
        TranscriptError(file: file, location: reader.location(at: offset), message: message)
    }
}
