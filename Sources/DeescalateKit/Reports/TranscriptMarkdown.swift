/// The readable Markdown twin of a transcript: the conversation with each trainee turn's moves and
/// why the frustration moved, then the grade.
public struct TranscriptMarkdown {
    private let transcript: Transcript

    /// A renderer for `transcript`.
    public init(_ transcript: Transcript) {
        self.transcript = transcript
    }

    /// The Markdown text.
    public func render() -> String {
        var lines: [String] = []
        let title = transcript.persona.map { "Practice with \(escape($0.name))" } ?? "Conversation"
        lines.append("# \(title)")
        lines.append("")
        if let persona = transcript.persona { lines.append("- Persona: `\(escape(persona.id))` (version \(persona.version))") }
        if let trainee = transcript.trainee { lines.append("- Trainee: \(escape(trainee))") }
        if let started = transcript.startedAt { lines.append("- Started: \(escape(started))") }
        if let seed = transcript.seed { lines.append("- Seed: \(seed)") }
        if let outcome = transcript.outcome { lines.append("- Outcome: **\(outcome.rawValue)**") }
        if let branch = transcript.branch { lines.append("- Retry of: \(escape(branch.parent)), from reply \(branch.turn)") }
        lines.append("")
        lines.append("## Conversation")
        lines.append("")
        for (index, turn) in transcript.turns.enumerated() {
            let who = turn.speaker == .customer ? (transcript.persona?.name).map(escape) ?? "Customer" : "Trainee"
            let level = turn.frustration.map { " · frustration \($0)" } ?? ""
            lines.append("**\(index + 1). \(who)**\(level)")
            lines.append("")
            for textLine in SafeText.sanitized(turn.text, keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append("> \(escape(String(textLine)))")
            }
            if turn.speaker == .trainee {
                let moves = turn.moves.map { "\($0.kind.label) (“\(escape($0.evidence.words))”)" }
                lines.append("")
                lines.append("Moves: \(moves.isEmpty ? "none" : moves.joined(separator: ", "))")
                if !turn.changes.isEmpty {
                    lines.append("Frustration: \(turn.changes.map { escape($0.description) }.joined(separator: "; "))")
                }
            }
            lines.append("")
        }
        if let grade = transcript.grade {
            lines.append("## Grade: \(grade.total)/100 — \(grade.passed ? "passed" : "not passed")")
            lines.append("")
            lines.append("| Step | Score |")
            lines.append("|---|---|")
            for step in Step.allCases { lines.append("| \(step.title) | \(grade.score(step)) |") }
            lines.append("")
            if let failed = grade.failedBecause { lines.append("**Failed outright:** \(escape(failed))"); lines.append("") }
            if let unsolved = grade.notPassedBecause { lines.append("**Not passed:** \(escape(unsolved))"); lines.append("") }
            for (kind, heading) in [(Feedback.Kind.improve, "Feedback"), (.wentWell, "What went well")] {
                let items = grade.feedback.filter { $0.kind == kind }
                guard !items.isEmpty else { continue }
                lines.append("### \(heading)")
                lines.append("")
                for item in items { lines.append("- \(escape(item.message))") }
                lines.append("")
            }
            lines.append("_Graded by \(escape(grade.scorer)), rubric \(escape(grade.rubric))._")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// User text made visible (`SafeText`: control, escape and bidi characters, a line break too)
    /// and its Markdown and HTML specials escaped, so it stays text on a terminal and when rendered.
    private func escape(_ text: String) -> String {
        var result = ""
        for character in SafeText.sanitized(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "<", ">", "~": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }
}
