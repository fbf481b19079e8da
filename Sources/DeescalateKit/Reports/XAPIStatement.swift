/// One graded transcript as an xAPI statement (1.0.x data model, sent under 1.0.3) for a learning record store: the trainee
/// (actor) passed or failed (verb) the practice activity for a persona and version (object), with
/// the score, success, completion and duration (result), the per-step scores and the frustration
/// curve as result extensions, and the scorer and rubric as context extensions. See docs/XAPI.md.
public struct XAPIStatement: Sendable {
    /// The ADL verb IRIs used.
    public enum Verb {
        /// `http://adlnet.gov/expapi/verbs/passed`.
        public static let passed = "http://adlnet.gov/expapi/verbs/passed"
        /// `http://adlnet.gov/expapi/verbs/failed`.
        public static let failed = "http://adlnet.gov/expapi/verbs/failed"
    }

    /// The ADL activity type of every object: a simulation.
    public static let activityType = "http://adlnet.gov/expapi/activities/simulation"

    /// The activity base used when none is configured.
    public static let defaultActivityBase = "https://deescalate.example/xapi"

    /// The row exported.
    public let row: GradedTranscript
    /// How the trainee is identified.
    public let actorMode: XAPIActorMode
    /// The IRI every activity and extension IRI starts with, without a trailing '/'.
    public let activityBase: String

    /// A statement for `row`, identifying the trainee as `actor`, with IRIs under `activityBase`.
    public init(row: GradedTranscript, actor: XAPIActorMode, activityBase: String = XAPIStatement.defaultActivityBase) {
        self.row = row
        actorMode = actor
        var base = activityBase
        while base.hasSuffix("/") { base.removeLast() }
        self.activityBase = base
    }

    /// Statements for `rows` as JSON Lines, one compact statement per line.
    public static func jsonLines(_ rows: [GradedTranscript], actor: XAPIActorMode, activityBase: String = defaultActivityBase) -> String {
        rows.map { XAPIStatement(row: $0, actor: actor, activityBase: activityBase).jsonLine() }.joined()
    }

    /// The activity IRI of the persona played: `<base>/personas/<id>/v<version>`, or `<base>/chat-log`.
    public var activityID: String {
        guard let persona = row.transcript.persona else { return "\(activityBase)/chat-log" }
        return "\(activityBase)/personas/\(Self.iriSegment(persona.id))/v\(persona.version)"
    }

    /// The IRI of an extension, `<base>/extensions/<name>`.
    public func extensionIRI(_ name: String) -> String { "\(activityBase)/extensions/\(name)" }

    /// The statement's id: a version 5 UUID of the transcript (without any stored grade), of where it
    /// was read from (`row.source`, the path as given or `<stdin>:LINE`) and of everything else the
    /// statement says. Exporting the same files the same way again gives the same ids, so a re-export
    /// is idempotent; two files with byte-identical content (two chat logs that happen to match) get
    /// different ids, so an LRS keeps both; and anything that changes the statement (scorer, rubric,
    /// actor mode, activity base, wording) changes the id too, so an LRS never sees two different
    /// statements under one id (which it would refuse with 409 Conflict).
    public var id: String { Self.identifier(row: row, body: body().serialized()) }

    /// The statement as JSON.
    public func jsonValue() -> JSONValue {
        let body = body()
        guard case .object(let members) = body else { return body }
        return .object([("id", .string(Self.identifier(row: row, body: body.serialized())))] + members)
    }

    /// The statement as one compact line of JSON Lines, ending in a newline (the same text as
    /// `jsonValue().serialized()`, serialised once).
    public func jsonLine() -> String {
        let text = body().serialized()
        return "{\"id\":\"\(Self.identifier(row: row, body: text))\"," + text.dropFirst() + "\n"
    }

    /// The name hashed into the id: content, source and statement, each length-prefixed so no two
    /// different triples share a name.
    private static func identifier(row: GradedTranscript, body: String) -> String {
        let content = fingerprint(row.transcript)
        var name = "\(content.utf8.count):" + content
        name += "\(row.source.utf8.count):" + row.source
        name += body
        return XAPIIdentifier.uuid(name: name)
    }

    /// Everything a transcript records but its stored grade, each field length-prefixed so no two
    /// transcripts share a fingerprint. (Cheaper than serialising the transcript as JSON.)
    static func fingerprint(_ transcript: Transcript) -> String {
        var out = ""
        func field(_ text: String?) {
            guard let text else { out += "-;"; return }
            out += String(text.utf8.count)
            out += ":"
            out += text
            out += ";"
        }
        field(transcript.source.rawValue)
        field(transcript.persona.map { "\($0.id) \($0.version) \($0.calmAt) \($0.escalateAt) \($0.name)" })
        field(transcript.trainee)
        field(transcript.seed.map { String($0) })
        field(transcript.startedAt)
        field(transcript.endedAt)
        field(transcript.outcome?.rawValue)
        for turn in transcript.turns {
            field(turn.speaker.rawValue)
            field(turn.text)
            field(turn.frustration.map { String($0) })
            field(String(turn.moves.count))
            for move in turn.moves { field("\(move.kind.rawValue) \(move.evidence.start) \(move.evidence.end) \(move.evidence.words)") }
            for change in turn.changes { field("\(change.amount) \(change.reason)") }
            out += "|"
        }
        return out
    }

    /// Every property but `id`.
    private func body() -> JSONValue {
        let transcript = row.transcript, grade = row.grade
        let verb = grade.passed ? "passed" : "failed"
        return .object([
            "actor": actorMode.actor(trainee: transcript.trainee),
            "verb": .object([("id", .string(grade.passed ? Verb.passed : Verb.failed)), ("display", .object([("en-US", .string(verb))]))]),
            "object": .object([
                ("objectType", .string("Activity")),
                ("id", .string(activityID)),
                ("definition", definition()),
            ]),
            "result": result(),
            "context": context(),
            // No "version": xAPI-Data 2.4.10 asks providers not to set it (and, if they do, to set
            // 1.0.0); the LRS fills it in. The 1.0.3 rules followed are named by the request header.
            "timestamp": timestamp.map(JSONValue.string),
        ])
    }

    /// When the session ended (or started), ISO 8601; nil when the transcript has no readable time.
    public var timestamp: String? {
        guard let text = row.transcript.endedAt ?? row.transcript.startedAt, ReportDates.seconds(text) != nil else { return nil }
        return text.count == 19 ? text + "Z" : text // a time without a zone is UTC in transcripts
    }

    /// ISO 8601 duration of the session, `PT#M#S`, when both times are known.
    public var duration: String? {
        ReportDates.duration(from: row.transcript.startedAt, to: row.transcript.endedAt).map(ReportDates.iso8601Duration)
    }

    private func definition() -> JSONValue {
        let name: String
        if let persona = row.transcript.persona {
            name = "De-escalation practice: \(SafeText.sanitized(persona.name)) (\(SafeText.sanitized(persona.id)) v\(persona.version))"
        } else {
            name = "De-escalation: graded chat log"
        }
        return .object([
            ("name", .object([("en-US", .string(name))])),
            ("description", .object([("en-US", .string("Calming an irate customer, graded against LAST (Listen, Apologize, Solve, Thank)."))])),
            ("type", .string(Self.activityType)),
        ])
    }

    private func result() -> JSONValue {
        let grade = row.grade, transcript = row.transcript
        let total = min(100, max(0, grade.total))
        return .object([
            "score": .object([
                ("scaled", .double(Double(total) / 100)), ("raw", .int(total)), ("min", .int(0)), ("max", .int(100)),
            ]),
            "success": .bool(grade.passed),
            "completion": .bool(transcript.outcome != .abandoned),
            "duration": duration.map(JSONValue.string),
            "extensions": .object([
                (extensionIRI("step-scores"), .object(Step.allCases.map { ($0.rawValue, .int(grade.score($0))) })),
                (extensionIRI("frustration-curve"), .array(transcript.frustrationCurve.map(JSONValue.int))),
                (extensionIRI("outcome"), transcript.outcome.map { .string($0.rawValue) } ?? .null),
            ]),
        ])
    }

    private func context() -> JSONValue {
        let transcript = row.transcript
        var extensions: [(String, JSONValue)] = [
            (extensionIRI("scorer"), .string(SafeText.sanitized(row.grade.scorer))),
            (extensionIRI("rubric"), .string(SafeText.sanitized(row.grade.rubric))),
            (extensionIRI("transcript-source"), .string(transcript.source.rawValue)),
        ]
        if let seed = transcript.seed { extensions.append((extensionIRI("seed"), .uint(seed))) }
        if let failed = row.grade.failedBecause { extensions.append((extensionIRI("failed-because"), .string(SafeText.sanitized(failed)))) }
        return .object([
            ("platform", .string("deescalate")),
            ("language", .string("en")),
            ("extensions", .object(extensions)),
        ])
    }

    /// `text` percent-encoded for one IRI path segment (RFC 3986 unreserved characters kept).
    static func iriSegment(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if scalar.isASCII, ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (byte < 16 ? "0" + hex : hex)
            }
        }
        return result
    }
}
