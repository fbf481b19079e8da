/// `grade --format jsonl|json`: one object per transcript.
public enum GradeJSONLines {
    /// The row as a JSON object: `file`, for a JSON Lines row `key` (the input's `id`, else `sha1:`
    /// and a digest of the line) and the echoed input fields (`id` by default), `total`, `steps` {listen, apologize, solve, thank}, `passed`,
    /// `notGraded` (`"no trainee turn"`, only for a transcript where the trainee never spoke: its
    /// numbers are the scorer's zeros and summaries leave it out), `failedBecause` (when failed
    /// outright), `storedGradeDiffers` and `storedTotal` (when they differ),
    /// `findings` (rule, step, turn, words, points, message), `feedback` (step, turn, reply, kind,
    /// message), `scorer`, `rubric`.
    /// (Echoed numbers appear here as the nearest JSON value; `line` writes their literal text.)
    public static func object(_ row: GradeRow) -> JSONValue {
        guard case .object(var pairs) = builtObject(row), let input = row.input else { return builtObject(row) }
        var identity: [(String, JSONValue)] = [("key", .string(input.key))]
        for echo in input.echoed where !rowKeys.contains(echo.name) {
            identity.append((echo.name, (try? JSONParser.parse(echo.json)).map(JSONValue.init(node:)) ?? .null))
        }
        pairs.insert(contentsOf: identity, at: 1)
        return .object(pairs)
    }

    /// The keys of a grade row, which an echoed input field may not take.
    public static let rowKeys: Set<String> = ["file", "key", "line", "error", "total", "steps", "passed", "notGraded", "failedBecause",
                                              "storedGradeDiffers", "storedTotal", "findings", "feedback", "scorer", "rubric"]

    /// The row's own fields as a JSON value, without the input's identity.
    private static func builtObject(_ row: GradeRow) -> JSONValue {
        let grade = row.grade
        return .object([
            "file": .string(row.source),
            "total": .int(grade.total),
            "steps": .object(Step.allCases.map { ($0.rawValue, JSONValue.int(grade.score($0))) }),
            "passed": .bool(grade.passed),
            "notGraded": row.hasTraineeTurn ? nil : .string(GradeJSONLines.noTraineeTurn),
            "failedBecause": grade.failedBecause.map(JSONValue.string),
            "storedGradeDiffers": row.storedGradeDiffers ? .bool(true) : nil,
            "storedTotal": row.storedGradeDiffers ? row.storedTotal.map(JSONValue.int) : nil,
            "findings": .array(grade.findings.map { $0.jsonValue() }),
            "feedback": .array(grade.feedback.map { item in
                .object([("step", item.step.map { .string($0.rawValue) } ?? .null), ("turn", .int(item.turn))]
                        + (item.reply.map { [("reply", JSONValue.int($0))] } ?? [])
                        + [("kind", .string(item.kind.rawValue)), ("message", .string(item.message))])
            }),
            "scorer": .string(grade.scorer),
            "rubric": .string(grade.rubric),
        ])
    }

    /// Why a row is not graded: the trainee never spoke.
    public static let noTraineeTurn = "no trainee turn"

    /// The row as one line of JSON Lines (with its newline): the same text as
    /// `object(row).serialized()`, written straight into bytes because batches of thousands are rendered.
    public static func line(_ row: GradeRow) -> String {
        String(decoding: lineBytes(row), as: UTF8.self)
    }

    /// `line` as UTF-8, for the grader, which sends rows on as bytes: no String is made (and
    /// validated) only to be taken apart again.
    public static func lineBytes(_ row: GradeRow) -> [UInt8] {
        var writer = JSONBytes()
        write(row, to: &writer)
        writer.raw("\n")
        return writer.bytes
    }

    /// The row as compact JSON without a newline (an element of `--format json`).
    public static func compact(_ row: GradeRow) -> String {
        String(decoding: compactBytes(row), as: UTF8.self)
    }

    /// `compact` as UTF-8.
    public static func compactBytes(_ row: GradeRow) -> [UInt8] {
        var writer = JSONBytes()
        write(row, to: &writer)
        return writer.bytes
    }

    /// For a JSON Lines input that could not be graded (with `--error-rows`): the error as a row in
    /// the output stream, where the grade would have been, so a pipe that drops standard error still
    /// sees every input accounted for: `file`, `key` and the echoed fields when known, `line`, `error`.
    public static func errorLine(source: String, input: InputRowIdentity?, message: String) -> String {
        var out = JSONBytes(capacity: 256)
        out.raw("{\"file\":"); out.string(source)
        writeIdentity(input, to: &out)
        if let line = input?.line { out.raw(",\"line\":"); out.int(line) }
        out.raw(",\"error\":"); out.string(message)
        out.raw("}\n")
        return out.string
    }

    /// `"key"` and the echoed input fields, right after `"file"`.
    private static func writeIdentity(_ input: InputRowIdentity?, to out: inout JSONBytes) {
        guard let input else { return }
        out.raw(",\"key\":"); out.string(input.key)
        for echo in input.echoed where !rowKeys.contains(echo.name) {
            out.raw(","); out.string(echo.name); out.raw(":"); out.raw(text: echo.json)
        }
    }

    private static func write(_ row: GradeRow, to out: inout JSONBytes) {
        let grade = row.grade
        out.raw("{\"file\":"); out.string(row.source)
        writeIdentity(row.input, to: &out)
        out.raw(",\"total\":"); out.int(grade.total)
        out.raw(",\"steps\":{\"listen\":"); out.int(grade.score(.listen))
        out.raw(",\"apologize\":"); out.int(grade.score(.apologize))
        out.raw(",\"solve\":"); out.int(grade.score(.solve))
        out.raw(",\"thank\":"); out.int(grade.score(.thank))
        out.raw("},\"passed\":"); out.raw(grade.passed ? "true" : "false")
        if !row.hasTraineeTurn { out.raw(",\"notGraded\":"); out.string(noTraineeTurn) }
        if let failed = grade.failedBecause { out.raw(",\"failedBecause\":"); out.string(failed) }
        if row.storedGradeDiffers {
            out.raw(",\"storedGradeDiffers\":true")
            if let stored = row.storedTotal { out.raw(",\"storedTotal\":"); out.int(stored) }
        }
        out.raw(",\"findings\":[")
        for (index, finding) in grade.findings.enumerated() {
            out.raw(index == 0 ? "{\"rule\":" : ",{\"rule\":"); out.string(finding.rule)
            if let step = finding.step { out.raw(",\"step\":"); out.string(step.rawValue) }
            out.raw(",\"turn\":"); out.int(finding.turn)
            out.raw(",\"words\":"); out.string(finding.words)
            out.raw(",\"points\":"); out.int(finding.points)
            out.raw(",\"message\":"); out.string(finding.message)
            out.raw("}")
        }
        out.raw("],\"feedback\":[")
        for (index, item) in grade.feedback.enumerated() {
            out.raw(index == 0 ? "{\"step\":" : ",{\"step\":")
            if let step = item.step { out.string(step.rawValue) } else { out.raw("null") }
            out.raw(",\"turn\":"); out.int(item.turn)
            if let reply = item.reply { out.raw(",\"reply\":"); out.int(reply) }
            out.raw(",\"kind\":"); out.string(item.kind.rawValue)
            out.raw(",\"message\":"); out.string(item.message)
            out.raw("}")
        }
        out.raw("],\"scorer\":"); out.string(grade.scorer)
        out.raw(",\"rubric\":"); out.string(grade.rubric)
        out.raw("}")
    }
}
