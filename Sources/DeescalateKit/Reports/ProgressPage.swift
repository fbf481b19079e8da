/// `deescalate progress --format html`: one self-contained page of a trainee's progress — a line
/// chart per LAST step and for the total with the trend, outcomes per persona and per difficulty, and
/// every session with a link to its report. Inline CSS and SVG, no scripts; readable at 390 px.
public struct ProgressPage {
    private let progress: TraineeProgress
    private let folder: String
    private let reportLinks: [String?]

    /// A page of `progress` (sessions read from `folder`); `reportLinks` holds, per session in
    /// `progress.sessions` order, the relative address of its report (nil: no link).
    public init(_ progress: TraineeProgress, folder: String, reportLinks: [String?]) {
        self.progress = progress
        self.folder = folder
        self.reportLinks = reportLinks
    }

    /// The page.
    public func html() -> String {
        let name = HTMLText.escaped(progress.trainee)
        let sessions = progress.sessions
        let total = progress[.total]
        let window = progress.trendSessions
        var body = "<main>\n<header>\n<h1>Progress of \(name)</h1>\n"
        body += "<p class=\"sub\">\(sessions.count) practice session\(sessions.count == 1 ? "" : "s")"
        if let first = sessions.first?.transcript.startedAt, let last = sessions.last?.transcript.startedAt {
            body += ", \(HTMLText.escaped(ReportDates.day(first))) to \(HTMLText.escaped(ReportDates.day(last)))"
        }
        body += " · \(HTMLText.escaped(folder)) · graded against LAST (Listen, Apologize, Solve, Thank)</p>\n"
        body += "<div class=\"card summary\"><span class=\"total\">\(total.latest)<small>/100 latest</small></span>"
        body += "<span class=\"pill \(Self.trendClass(total.trend))\">\(HTMLText.escaped(ProgressText.trendText(total.trend))) · \(ProgressText.direction(total.trend))</span>"
        body += "<span>weakest step: <b>\(progress.weakestStep.title)</b></span>"
        body += "<span>passed \(sessions.filter(\.grade.passed).count) of \(sessions.count)</span></div>\n</header>\n"
        body += "<section>\n<h2>Scores over time</h2>\n<p class=\"sub\">Each point is a session, oldest first; the dashed line is the trend over the last \(window) session\(window == 1 ? "" : "s") (least squares).</p>\n<div class=\"charts\">\n"
        for measure in TraineeProgress.Measure.allCases {
            let series = progress[measure]
            let weakest = measure == .step(progress.weakestStep)
            body += "<div class=\"card\(weakest ? " weakest" : "")\"><h3>\(measure.title)\(weakest ? " <span class=\"tag\">weakest</span>" : "")</h3>"
            body += "<p class=\"figures\">latest <b>\(series.latest)</b> · mean \(CohortSummary.oneDecimal(series.mean)) · best \(series.best) · "
            body += "<span class=\"\(Self.trendClass(series.trend))\">\(HTMLText.escaped(ProgressText.trendText(series.trend)))</span></p>"
            body += ProgressChart(measure: measure, progress: progress).svg() + "</div>\n"
        }
        body += "</div>\n</section>\n"
        body += personaSection() + difficultySection() + sessionsSection()
        body += "<footer>Made by deescalate \(DeescalateVersion.tool). Grades are recomputed from each transcript; sessions with no trainee reply are left out.</footer>\n</main>"
        return HTMLPage(title: "Progress of \(name)", body: body, extraCSS: Self.css).render()
    }

    private func personaSection() -> String {
        var out = "<section>\n<h2>Outcomes per persona</h2>\n<div class=\"scroll\"><table>\n"
        out += "<tr><th>Persona</th><th class=\"num\">Sessions</th><th class=\"num\">Resolved</th><th class=\"num\">Passed</th><th class=\"num\">Mean</th></tr>\n"
        for persona in progress.personaOutcomes {
            out += "<tr><td>\(HTMLText.escaped(persona.name)) <span class=\"tag\">\(HTMLText.escaped(persona.id))</span>"
            out += persona.difficulty.map { " <span class=\"tag\">\($0.rawValue)</span>" } ?? ""
            out += "</td><td class=\"num\">\(persona.sessions)</td><td class=\"num\">\(persona.outcomes[.resolved] ?? 0)</td>"
            out += "<td class=\"num\">\(persona.passed)</td><td class=\"num\">\(CohortSummary.oneDecimal(persona.meanTotal))</td></tr>\n"
        }
        return out + "</table></div>\n</section>\n"
    }

    private func difficultySection() -> String {
        var out = "<section>\n<h2>Outcomes per difficulty</h2>\n<div class=\"scroll\"><table>\n"
        out += "<tr><th>Difficulty</th><th class=\"num\">Sessions</th><th class=\"num\">Resolved</th><th class=\"num\">Passed</th></tr>\n"
        for row in progress.difficultyOutcomes {
            out += "<tr><td>\(row.difficulty?.rawValue ?? "<span class=\"note\">persona not in the folder</span>")</td>"
            out += "<td class=\"num\">\(row.sessions)</td><td class=\"num\">\(row.resolved)</td><td class=\"num\">\(row.passed)</td></tr>\n"
        }
        return out + "</table></div>\n</section>\n"
    }

    private func sessionsSection() -> String {
        var out = "<section>\n<h2>Sessions</h2>\n<div class=\"scroll\"><table class=\"rows\">\n"
        out += "<tr><th>#</th><th>Date</th><th>Persona</th><th>Outcome</th><th class=\"num\">Total</th></tr>\n"
        for (index, session) in progress.sessions.enumerated() {
            // The day in the cell, the time in its title: the table stays narrow enough for a phone.
            let date = HTMLText.escaped(session.transcript.startedAt.map(ReportDates.day) ?? "no date")
            let time = HTMLText.escaped(session.transcript.startedAt.map(ReportDates.readable) ?? "")
            let link = index < reportLinks.count ? reportLinks[index] : nil
            out += "<tr><td class=\"num\">\(index + 1)</td><td class=\"day\" title=\"\(time)\">"
            out += link.map { "<a href=\"\(HTMLText.escaped($0))\">\(date)</a>" } ?? date
            out += "</td><td>\(session.transcript.persona.map { HTMLText.escaped($0.id) } ?? "?")</td>"
            out += "<td>\(SessionReport.outcomePill(session.transcript.outcome))</td>"
            out += "<td class=\"num\"><b>\(session.grade.total)</b>\(session.grade.passed ? "" : " <span class=\"no\">✗</span>")</td></tr>\n"
        }
        out += "</table></div>\n<p class=\"sub\">Dates link to each session's report. ✗: not passed.</p>\n</section>\n"
        return out
    }

    private static func trendClass(_ trend: Double?) -> String {
        guard let trend else { return "o-none" }
        return trend > 0.5 ? "pass" : trend < -0.5 ? "fail" : "o-none"
    }

    static let css = """
    .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(290px,1fr));gap:12px}
    .charts h3{font-size:16px;margin:0 0 2px}.charts .weakest{border-color:#f0b45b;box-shadow:0 0 0 1px #f0b45b}
    .figures{margin:0 0 6px;font-size:13px;color:var(--muted)}.figures .pass{color:var(--good)}.figures .fail{color:var(--harm)}
    svg .trend{stroke:#b45309;stroke-width:2;stroke-dasharray:6 4}svg circle{fill:#fff;stroke:#374151;stroke-width:2}
    .summary{display:flex;gap:12px 16px;align-items:center;flex-wrap:wrap}
    svg.progress-chart{font-size:15px}.figures span{white-space:nowrap}td.day{white-space:nowrap}.no{color:var(--harm)}
    @media (max-width:640px){main{padding:16px 12px 32px}th,td{padding:4px 4px;font-size:13px}td .tag{font-size:11px}}

    """
}
