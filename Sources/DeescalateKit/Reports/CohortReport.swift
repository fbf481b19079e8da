/// A set of graded transcripts on one page for an assessor: a row per transcript, the mean score per
/// LAST step, a histogram of totals, the weakest step with its most frequent feedback, and outcomes
/// per persona. Inline CSS and SVG only; one compact table row per transcript, so 1,000 fit easily.
///
/// A transcript with no trainee turn (a session quit at the first prompt) has nothing to grade: it
/// counts in no figure and is listed at the end as not graded, so one early quit cannot drag the
/// cohort's means down.
public struct CohortReport: Sendable {
    /// The graded transcripts, in the order shown.
    public let rows: [GradedTranscript]
    /// The page title (plain text; it is escaped).
    public let title: String

    /// The rows with at least one trainee turn: every figure on the page is computed from these.
    public let gradedRows: [GradedTranscript]
    /// The rows where the trainee never spoke, listed as not graded.
    public let notGradedRows: [GradedTranscript]

    /// A report of `rows` titled `title`.
    public init(rows: [GradedTranscript], title: String = "Cohort report") {
        self.rows = rows
        self.title = title
        let spoke = rows.map { $0.transcript.turns.contains { $0.speaker == .trainee } }
        gradedRows = zip(rows, spoke).filter { $0.1 }.map(\.0)
        notGradedRows = zip(rows, spoke).filter { !$0.1 }.map(\.0)
    }

    /// The report as one self-contained HTML page.
    public func html() -> String {
        let rows = gradedRows
        let summary = CohortSummary(rows: rows)
        var body = "<main>\n<header>\n<h1>\(HTMLText.escaped(title))</h1>\n"
        body += "<p class=\"sub\">\(rows.count) graded transcript\(rows.count == 1 ? "" : "s") against LAST (Listen, Apologize, Solve, Thank)"
        if !notGradedRows.isEmpty { body += "; \(notGradedRows.count) not graded (no trainee turn)" }
        body += "</p>\n<div class=\"card summary\">"
        body += "<span class=\"total\">\(summary.meanTotalText)<small> mean total</small></span>"
        body += "<span class=\"pill pass\">\(summary.passed) passed</span><span class=\"pill fail\">\(rows.count - summary.passed) not passed</span>"
        if let median = summary.medianTotal { body += "<span>median \(median)</span>" }
        body += "</div>\n</header>\n"
        guard !rows.isEmpty else {
            let note = "<p class=\"note\">No \(notGradedRows.isEmpty ? "" : "graded ")transcripts.</p>\n" + notGradedSection()
            return HTMLPage(title: HTMLText.escaped(title), body: body + note + "</main>").render()
        }
        body += "<section class=\"chart\">\n<h2>Mean score per step</h2>\n<div class=\"card\">\(CohortCharts.stepMeans(summary.stepMeans))</div>\n</section>\n"
        body += "<section class=\"chart\">\n<h2>Totals</h2>\n<div class=\"card\">\(CohortCharts.histogram(summary.histogram))</div>\n"
        body += "<p class=\"sub\">Transcripts per band of 10 points; green passed, red did not.</p>\n</section>\n"
        body += weakestSection(summary)
        body += personaSection(summary)
        body += tableSection()
        body += notGradedSection()
        body += "<footer>Made by deescalate \(DeescalateVersion.tool). Grades are recomputed from each transcript.</footer>\n</main>"
        return HTMLPage(title: HTMLText.escaped(title), body: body).render()
    }

    private func weakestSection(_ summary: CohortSummary) -> String {
        let step = summary.weakestStep
        var out = "<section>\n<h2>Weakest step: \(step.title)</h2>\n<div class=\"card\">"
        out += "<p>Mean \(step.title) score \(summary.stepMeanText(step)) of 100"
        out += ", the lowest of the four steps; lowest in \(summary.weakestCount(step)) of \(gradedRows.count) transcripts.</p>"
        if let advice = summary.commonFeedback(for: step) {
            out += "<p><b>Most frequent feedback</b> (\(advice.count) transcript\(advice.count == 1 ? "" : "s")): \(HTMLText.escaped(advice.message))</p>"
        } else {
            out += "<p class=\"note\">No feedback was given on this step.</p>"
        }
        return out + "</div>\n</section>\n"
    }

    private func personaSection(_ summary: CohortSummary) -> String {
        var out = "<section>\n<h2>Outcomes per persona</h2>\n<div class=\"scroll\"><table class=\"personas\">\n"
        out += "<tr><th>Persona</th><th class=\"num\">Sessions</th><th class=\"num\">Resolved</th><th class=\"num\">Escalated</th>"
        out += "<th class=\"num\">Abandoned</th><th class=\"num\">Other</th><th style=\"width:30%\">Share</th><th class=\"num\">Mean total</th></tr>\n"
        for persona in summary.personas {
            let counts = persona.outcomes
            out += "<tr><td>\(HTMLText.escaped(persona.label))</td><td class=\"num\">\(persona.count)</td>"
            out += "<td class=\"num\">\(counts[.resolved] ?? 0)</td><td class=\"num\">\(counts[.escalated] ?? 0)</td>"
            out += "<td class=\"num\">\(counts[.abandoned] ?? 0)</td><td class=\"num\">\(persona.unknown)</td>"
            out += "<td>\(CohortCharts.outcomeBar(persona))</td><td class=\"num\">\(persona.meanTotalText)</td></tr>\n"
        }
        return out + "</table></div>\n<p class=\"sub\">Other: no outcome recorded (imported chat logs).</p>\n</section>\n"
    }

    private func tableSection() -> String {
        var out = "<section>\n<h2>Transcripts</h2>\n<div class=\"scroll\"><table class=\"rows\">\n<tr><th>Trainee</th><th>Persona</th><th>Date</th>"
        out += "<th class=\"num\">Total</th><th class=\"num\">L</th><th class=\"num\">A</th><th class=\"num\">S</th><th class=\"num\">T</th><th>Pass</th></tr>\n"
        out.reserveCapacity(gradedRows.count * 260)
        for row in gradedRows {
            let transcript = row.transcript, grade = row.grade
            out += "<tr><td title=\"\(HTMLText.escaped(row.source))\">\(transcript.trainee.map { HTMLText.escaped($0) } ?? "—")</td>"
            out += "<td>\(transcript.persona.map { HTMLText.escaped($0.id) } ?? "chat log")</td>"
            out += "<td>\(transcript.startedAt.map { HTMLText.escaped(ReportDates.day($0)) } ?? "—")</td>"
            out += "<td class=\"num\"><b>\(grade.total)</b></td>"
            for step in Step.allCases { out += "<td class=\"num\">\(grade.score(step))</td>" }
            out += grade.passed ? "<td class=\"ok\">yes</td></tr>\n" : "<td class=\"no\">no</td></tr>\n"
        }
        return out + "</table></div>\n<p class=\"sub\">L, A, S, T: Listen, Apologize, Solve, Thank (0–100 each). Hover a trainee for the file.</p>\n</section>\n"
    }

    /// The transcripts left out of every figure because the trainee never spoke, by file.
    private func notGradedSection() -> String {
        guard !notGradedRows.isEmpty else { return "" }
        var out = "<section>\n<h2>Not graded</h2>\n<p class=\"sub\">No trainee turn (the session was quit before the "
        out += "trainee replied), so there is nothing to grade; these are left out of every figure above.</p>\n<ul class=\"files\">\n"
        for row in notGradedRows {
            let persona = row.transcript.persona.map { " — \(HTMLText.escaped($0.id))" } ?? ""
            out += "<li><code>\(HTMLText.escaped(row.source))</code>\(persona)</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }
}
