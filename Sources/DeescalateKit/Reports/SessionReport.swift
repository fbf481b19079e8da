/// One graded session as a page people would rather look at: the scenario, the conversation with
/// each trainee turn's moves and why the frustration moved, the frustration curve, the LAST
/// scorecard and the feedback. Every piece of user text is made visible and escaped.
public struct SessionReport: Sendable {
    /// The transcript shown.
    public let transcript: Transcript
    /// Its grade, computed now (a grade stored in the transcript is not used).
    public let grade: Grade
    /// For a retried session: the session it branched off, drawn beside it.
    public let comparison: BranchComparison?
    /// Model replies from the persona for the moments that mattered most.
    public let modelReplies: [ModelReplyMoment]

    /// A report of `transcript` graded as `grade`, with the session it branched off and the
    /// persona's model replies when given.
    public init(transcript: Transcript, grade: Grade, comparison: BranchComparison? = nil, modelReplies: [ModelReplyMoment] = []) {
        self.transcript = transcript
        self.grade = grade
        self.comparison = comparison
        self.modelReplies = modelReplies
    }

    /// The report as Markdown: the transcript's readable twin with this grade.
    public func markdown() -> String {
        var graded = transcript
        graded.grade = grade
        return TranscriptMarkdown(graded).render() + coachingMarkdown()
    }

    /// The report as one self-contained HTML page (inline CSS and SVG, no scripts, prints well).
    public func html() -> String {
        let title = transcript.persona.map { "Practice with \(HTMLText.escaped($0.name))" } ?? "Conversation"
        var body = "<main>\n"
        body += header(title: title)
        body += comparison?.htmlSection(retryGrade: grade) ?? ""
        body += frustrationSection()
        body += conversationSection()
        body += scorecardSection()
        body += feedbackSection()
        body += modelRepliesSection()
        body += "<footer>Graded by \(HTMLText.escaped(grade.scorer)), rubric \(HTMLText.escaped(grade.rubric)). "
        body += "Made by deescalate \(DeescalateVersion.tool) from the transcript alone.</footer>\n</main>"
        return HTMLPage(title: title + " — \(grade.total)/100", body: body, extraCSS: coachingCSS).render()
    }

    // MARK: - Sections

    private func header(title: String) -> String {
        var out = "<header>\n<h1>\(title)</h1>\n"
        out += #"<p class="sub">\#(transcript.source == .chatLog ? "Imported chat log" : "Practice session"), graded against LAST (Listen, Apologize, Solve, Thank)</p>"#
        out += "\n<div class=\"card\">\n<dl class=\"meta\">\n"
        var fields: [(String, String)] = []
        if let persona = transcript.persona {
            fields.append(("Customer", "\(HTMLText.escaped(persona.name)) <span class=\"tag\">\(HTMLText.escaped(persona.id)) v\(persona.version)</span>"))
        }
        fields.append(("Trainee", transcript.trainee.map { HTMLText.escaped($0) } ?? "<span class=\"note\">not recorded</span>"))
        if let started = transcript.startedAt { fields.append(("Date", HTMLText.escaped(ReportDates.readable(started)))) }
        if let duration = ReportDates.duration(from: transcript.startedAt, to: transcript.endedAt), duration > 0 {
            fields.append(("Duration", ReportDates.readableDuration(duration)))
        }
        fields.append(("Outcome", Self.outcomePill(transcript.outcome)))
        if let seed = transcript.seed { fields.append(("Seed", String(seed))) }
        let traineeTurns = transcript.turns.filter { $0.speaker == .trainee }.count
        fields.append(("Turns", "\(transcript.turns.count) (\(traineeTurns) by the trainee)"))
        if let persona = transcript.persona { fields.append(("Thresholds", "calm at \(persona.calmAt), escalates at \(persona.escalateAt)")) }
        for (name, value) in fields { out += "<dt>\(name)</dt><dd>\(value)</dd>\n" }
        out += "</dl>\n<div class=\"summary\"><span class=\"total\">\(grade.total)<small>/100</small></span>"
        out += grade.passed ? #"<span class="pill pass">passed</span>"# : #"<span class="pill fail">not passed</span>"#
        if let failed = grade.failedBecause { out += #"<span class="failed">Failed outright: \#(HTMLText.escaped(failed))</span>"# }
        if let unsolved = grade.notPassedBecause { out += #"<span class="failed">Not passed: \#(HTMLText.escaped(unsolved))</span>"# }
        out += "</div>\n</div>\n</header>\n"
        return out
    }

    private func frustrationSection() -> String {
        var out = "<section class=\"chart\">\n<h2>Frustration</h2>\n"
        if let chart = FrustrationChart(transcript: transcript) {
            out += "<div class=\"card\">" + chart.html() + "</div>\n"
            out += "<p class=\"sub\">Frustration after each turn (the first point is the customer's opening). Points link to their turns.</p>\n"
        } else {
            out += "<p class=\"note\">No frustration was recorded for this conversation (imported chat logs have none), so there is no curve.</p>\n"
        }
        return out + "</section>\n"
    }

    private func conversationSection() -> String {
        var out = "<section>\n<h2>Conversation</h2>\n<ol class=\"turns\">\n"
        let customer = transcript.persona.map { HTMLText.escaped($0.name) } ?? "Customer"
        let trainee = "Trainee" + (transcript.trainee.map { " (\(HTMLText.escaped($0)))" } ?? "")
        for (index, turn) in transcript.turns.enumerated() {
            let number = index + 1
            out += "<li class=\"turn \(turn.speaker.rawValue)\" id=\"turn-\(number)\">"
            out += "<div class=\"who\"><span class=\"n\">\(number).</span>\(turn.speaker == .customer ? customer : trainee)"
            if let level = turn.frustration { out += "<span class=\"level\">frustration \(level)</span>" }
            out += "</div>\n<p class=\"said\">\(HTMLText.escaped(turn.text, keepNewlines: true))</p>\n"
            if turn.speaker == .trainee {
                // Imported chat logs carry no moves; show what the analyser (and so the grade) sees.
                let moves = turn.moves.isEmpty ? Analyzer().analyze(turn.text).moves : turn.moves
                out += "<div class=\"badges\">"
                if moves.isEmpty { out += #"<span class="badge k-none">no move detected</span>"# }
                for move in moves { out += Self.badge(move) }
                out += "</div>\n"
                if !turn.changes.isEmpty {
                    out += "<ul class=\"why\" aria-label=\"Why the frustration moved\">"
                    for change in turn.changes {
                        let direction = change.amount > 0 ? "up" : change.amount < 0 ? "down" : "flat"
                        out += "<li class=\"\(direction)\">\(HTMLText.escaped(change.description))</li>"
                    }
                    out += "</ul>\n"
                }
            }
            out += "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    private func scorecardSection() -> String {
        // In its own scrolling box: on a phone a long evidence column scrolls inside the table, never the page.
        var out = "<section>\n<h2>LAST scorecard</h2>\n<div class=\"scroll\"><table class=\"scorecard\">\n"
        out += "<tr><th>Step</th><th style=\"width:30%\">Score</th><th class=\"num\">/100</th><th>Evidence</th></tr>\n"
        for step in Step.allCases {
            let score = grade.score(step)
            let evidence = grade.findings.filter { $0.step == step }.map { finding in
                let sign = finding.points > 0 ? "+" : ""
                let turn = finding.turn > 0 ? "<a href=\"#turn-\(finding.turn)\">turn \(finding.turn)</a> " : ""
                return "\(turn)\(sign)\(finding.points) \(HTMLText.escaped(finding.message))"
            }
            out += "<tr><td><b>\(step.title)</b></td><td>\(Self.meter(score))</td><td class=\"num\">\(score)</td>"
            out += "<td>\(evidence.isEmpty ? "<span class=\"note\">nothing found</span>" : evidence.joined(separator: "<br>"))</td></tr>\n"
        }
        let session = grade.findings.filter { $0.step == nil }
        if !session.isEmpty {
            let items = session.map { finding in
                let turn = finding.turn > 0 ? "<a href=\"#turn-\(finding.turn)\">turn \(finding.turn)</a> " : ""
                return "\(turn)\(finding.points > 0 ? "+" : "")\(finding.points) \(HTMLText.escaped(finding.message))"
            }
            out += "<tr><td><b>Session</b></td><td colspan=\"2\"><span class=\"note\">points on the total</span></td><td>\(items.joined(separator: "<br>"))</td></tr>\n"
        }
        out += "<tr><td><b>Total</b></td><td>\(Self.meter(grade.total))</td><td class=\"num\"><b>\(grade.total)</b></td>"
        out += "<td>\(grade.passed ? "passed" : "not passed")</td></tr>\n</table></div>\n</section>\n"
        return out
    }

    private func feedbackSection() -> String {
        var out = "<section>\n<h2>Feedback</h2>\n"
        guard !grade.feedback.isEmpty else { return out + "<p class=\"note\">No feedback.</p>\n</section>\n" }
        for (kind, heading) in [(Feedback.Kind.improve, ""), (.wentWell, "What went well")] {
            let items = grade.feedback.filter { $0.kind == kind }
            guard !items.isEmpty else { continue }
            if !heading.isEmpty { out += "<h3>\(heading)</h3>\n" }
            out += "<ul class=\"feedback\">\n"
            for item in items {
                out += "<li><span class=\"tag\">\(item.step?.title ?? "Session")</span>"
                var message = item.message
                if item.turn > 0 {
                    out += "<a href=\"#turn-\(item.turn)\">\(item.reply.map { "reply \($0)" } ?? "turn \(item.turn)")</a> · "
                    // A stored grade's older "Turn 3: " prefix would say the turn twice.
                    if message.hasPrefix("Turn \(item.turn): ") { message.removeFirst("Turn \(item.turn): ".count) }
                }
                out += HTMLText.escaped(message) + "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    // MARK: - Pieces

    /// A move as a badge coloured by its kind: LAST steps green, harms red, boundaries blue.
    static func badge(_ move: Move) -> String {
        let style: String
        switch move.category {
        case .harm: style = "k-harm"
        case .boundary: style = "k-boundary"
        case .listen, .apologize, .solve, .thank: style = "k-step"
        }
        let step = move.category.step.map { "\($0.title): " } ?? (move.category == .harm ? "harm: " : "")
        return "<span class=\"badge \(style)\"><b>\(step)\(HTMLText.escaped(move.kind.label))</b> <q>\(HTMLText.escaped(move.evidence.words))</q></span>"
    }

    /// A horizontal bar for a 0–100 score, coloured by band.
    static func meter(_ score: Int) -> String {
        let clamped = min(100, max(0, score))
        let band = clamped >= 60 ? "hi" : clamped >= 30 ? "mid" : "lo"
        return "<div class=\"meter\" role=\"img\" aria-label=\"\(clamped) of 100\"><span class=\"\(band)\" style=\"width:\(clamped)%\"></span></div>"
    }

    /// The outcome as a coloured pill.
    static func outcomePill(_ outcome: Outcome?) -> String {
        guard let outcome else { return #"<span class="pill o-none">not recorded</span>"# }
        return "<span class=\"pill o-\(outcome.rawValue)\">\(outcome.rawValue)</span>"
    }
}
