/// `deescalate progress` in the terminal: a compact table with a sparkline per LAST step and for the
/// total, the weakest step and the trend, then the latest sessions. Plain text lines with roles; the
/// terminal adds colour, and without one the lines read as they are.
public struct ProgressText {
    /// One line, with a role the renderer may style.
    public struct Line: Sendable, Equatable {
        /// What the line is, for styling.
        public enum Role: Sendable, Equatable { case title, heading, row, weakest, trend, plain }
        /// The role.
        public var role: Role
        /// The text (user words already made safe).
        public var text: String
    }

    private let progress: TraineeProgress
    private let folder: String
    /// The most sessions a sparkline shows (the latest), so a line fits a terminal.
    public static let sparklineLength = 30
    /// The most sessions listed at the end (the latest).
    public static let listedSessions = 10

    /// The text of `progress`, whose sessions were read from `folder` (as shown).
    public init(_ progress: TraineeProgress, folder: String) {
        self.progress = progress
        self.folder = folder
    }

    /// "+2.5 points/session", "−1.0 points/session", "—" with fewer than two sessions.
    public static func trendText(_ trend: Double?) -> String {
        guard let trend else { return "—" }
        let tenths = Int((trend * 10).rounded())
        let sign = tenths > 0 ? "+" : tenths < 0 ? "−" : "±"
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10) points/session"
    }

    /// "improving", "declining" or "steady" (within half a point per session).
    public static func direction(_ trend: Double?) -> String {
        guard let trend else { return "too few sessions for a trend" }
        return trend > 0.5 ? "improving" : trend < -0.5 ? "declining" : "steady"
    }

    /// The lines.
    public func lines() -> [Line] {
        let sessions = progress.sessions
        var lines: [Line] = []
        let first = sessions.first.flatMap { $0.transcript.startedAt.map(ReportDates.day) } ?? "?"
        let last = sessions.last.flatMap { $0.transcript.startedAt.map(ReportDates.day) } ?? "?"
        lines.append(Line(role: .title, text: "Progress of \(SafeText.quoted(progress.trainee, limit: 60)) — \(sessions.count) session\(sessions.count == 1 ? "" : "s"), \(first) to \(last) (\(SafeText.quoted(folder, limit: 80)))"))
        let window = progress.trendSessions
        let header = "  " + "Step".padding(to: 10) + "first".leftPadded(to: 7) + "latest".leftPadded(to: 7) + "best".leftPadded(to: 6)
            + "mean".leftPadded(to: 6) + "  " + "trend (last \(window))".padding(to: 21) + " sessions, oldest → latest"
        lines.append(Line(role: .heading, text: header))
        for measure in TraineeProgress.Measure.allCases {
            let series = progress[measure]
            let spark = TraineeProgress.sparkline(Array(series.scores.suffix(Self.sparklineLength)))
            let cells = "  " + measure.title.padding(to: 10) + String(series.first).leftPadded(to: 7) + String(series.latest).leftPadded(to: 7)
                + String(series.best).leftPadded(to: 6) + CohortSummary.oneDecimal(series.mean).leftPadded(to: 6) + "  "
                + Self.trendText(series.trend).padding(to: 21)
            lines.append(Line(role: .row, text: cells + " " + (series.scores.count > Self.sparklineLength ? "…" : "") + spark))
        }
        let weakest = progress.weakestStep
        lines.append(Line(role: .weakest, text: "Weakest step: \(weakest.title) (mean \(CohortSummary.oneDecimal(progress[.step(weakest)].recentMean)) over the last \(window) session\(window == 1 ? "" : "s"))"))
        let total = progress[.total]
        lines.append(Line(role: .trend, text: "Trend: total \(Self.trendText(total.trend)) over the last \(window) session\(window == 1 ? "" : "s") — \(Self.direction(total.trend))"))
        let outcomes = Outcome.allCases.compactMap { outcome -> String? in
            let count = sessions.filter { $0.transcript.outcome == outcome }.count
            return count == 0 ? nil : "\(outcome.rawValue) \(count)"
        }
        lines.append(Line(role: .plain, text: "Outcomes: \(outcomes.isEmpty ? "none recorded" : outcomes.joined(separator: ", ")); passed \(sessions.filter(\.grade.passed).count) of \(sessions.count)"))
        lines.append(Line(role: .heading, text: sessions.count > Self.listedSessions ? "Latest \(Self.listedSessions) sessions" : "Sessions"))
        for session in sessions.suffix(Self.listedSessions) {
            let date = session.transcript.startedAt.map(ReportDates.readable) ?? "no date"
            let persona = session.transcript.persona.map { "\($0.id) v\($0.version)" } ?? "?"
            let outcome = session.transcript.outcome?.rawValue ?? "—"
            lines.append(Line(role: .plain, text: "  \(SafeText.quoted(date, limit: 24).padding(to: 21)) \(SafeText.quoted(persona, limit: 30).padding(to: 24)) \(outcome.padding(to: 10)) \(String(session.grade.total).leftPadded(to: 3))  \(session.grade.passed ? "passed" : "not passed")"))
        }
        return lines
    }
}
