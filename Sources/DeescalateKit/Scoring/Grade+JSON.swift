/// Grades as JSON, inside transcripts and in `grade --format json`.
extension Grade {
    /// The grade as a JSON value, in a fixed key order.
    public func jsonValue() -> JSONValue {
        .object([
            "scorer": .string(scorer),
            "rubric": .string(rubric),
            "total": .int(total),
            "passed": .bool(passed),
            "steps": .object(Step.allCases.map { ($0.rawValue, JSONValue.int(score($0))) }),
            "failedBecause": failedBecause.map(JSONValue.string),
            "notPassedBecause": notPassedBecause.map(JSONValue.string),
            "findings": .array(findings.map { $0.jsonValue() }),
            "feedback": .array(feedback.map { item in
                .object([
                    "step": item.step.map { .string($0.rawValue) },
                    "turn": .int(item.turn),
                    "reply": item.reply.map(JSONValue.int),
                    "kind": .string(item.kind.rawValue),
                    "message": .string(item.message),
                ])
            }),
        ])
    }

    /// Reads a stored grade; nil when the node is not a grade (a stored grade is only ever compared).
    public init?(node: JSONNode) {
        guard node.members != nil, let total = node["total"]?.int, let stepsNode = node["steps"] else { return nil }
        var steps: [Step: Int] = [:]
        for step in Step.allCases { steps[step] = stepsNode[step.rawValue]?.int }
        let findings: [Finding] = (node["findings"]?.array ?? []).compactMap { item in
            guard let rule = item["rule"]?.string, let message = item["message"]?.string else { return nil }
            return Finding(rule: rule, step: item["step"]?.string.flatMap(Step.init(rawValue:)), turn: item["turn"]?.int ?? 0,
                           words: item["words"]?.string ?? "", points: item["points"]?.int ?? 0, message: message)
        }
        let feedback: [Feedback] = (node["feedback"]?.array ?? []).compactMap { item in
            guard let message = item["message"]?.string else { return nil }
            return Feedback(step: item["step"]?.string.flatMap(Step.init(rawValue:)), turn: item["turn"]?.int ?? 0, reply: item["reply"]?.int,
                            kind: item["kind"]?.string.flatMap(Feedback.Kind.init(rawValue:)) ?? .improve, message: message)
        }
        self.init(scorer: node["scorer"]?.string ?? "unknown", rubric: node["rubric"]?.string ?? "unknown", total: total,
                  passed: node["passed"]?.bool ?? false, steps: steps, failedBecause: node["failedBecause"]?.string,
                  notPassedBecause: node["notPassedBecause"]?.string, findings: findings, feedback: feedback)
    }
}

extension Finding {
    /// The finding as a JSON value.
    public func jsonValue() -> JSONValue {
        .object([
            "rule": .string(rule),
            "step": step.map { .string($0.rawValue) },
            "turn": .int(turn),
            "words": .string(words),
            "points": .int(points),
            "message": .string(message),
        ])
    }
}
