/// One measure of a trainee's progress as a small SVG line chart: the score of each session (oldest
/// left), each point titled with its date, persona and score, and the least-squares trend over the
/// last sessions as a dashed line. One drawing, sized for a card a third of a desktop page or a
/// phone's width, with its labels set at 15 px so they stay above 11 px as it scales.
struct ProgressChart {
    let measure: TraineeProgress.Measure
    let progress: TraineeProgress

    private static let width = 360.0, height = 190.0
    private static let left = 34.0, right = 12.0, top = 12.0, bottom = 30.0

    func svg() -> String {
        let series = progress[measure]
        let scores = series.scores
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        let count = scores.count
        func x(_ index: Double) -> Double { Self.left + (count > 1 ? plotWidth * index / Double(count - 1) : plotWidth / 2) }
        func y(_ score: Double) -> Double { Self.top + plotHeight * (1 - min(100, max(0, score)) / 100) }
        let c = HTMLText.coordinate
        let id = "chart-\(measure.key)"
        var out = #"<svg class="progress-chart" viewBox="0 0 \#(Int(Self.width)) \#(Int(Self.height))" role="img" aria-labelledby="\#(id)">"#
        out += #"<title id="\#(id)">\#(measure.title) score per session, oldest first</title>"#
        for level in stride(from: 0, through: 100, by: 25) {
            out += #"<line class="grid" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(y(Double(level))))" y2="\#(c(y(Double(level))))"/>"#
            out += #"<text class="muted" x="\#(c(Self.left - 6))" y="\#(c(y(Double(level)) + 4))" text-anchor="end">\#(level)</text>"#
        }
        out += #"<line class="axis" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(y(0)))" y2="\#(c(y(0)))"/>"#
        if count > 1 {
            out += #"<polyline class="curve" points="\#(scores.enumerated().map { "\(c(x(Double($0.offset)))),\(c(y(Double($0.element))))" }.joined(separator: " "))"/>"#
        }
        if let slope = series.trend {
            // The fitted line over the last sessions: through their mean, at the slope.
            let window = progress.trendSessions
            let firstIndex = Double(count - window), lastIndex = Double(count - 1)
            let middle = (firstIndex + lastIndex) / 2
            let startY = series.recentMean + slope * (firstIndex - middle), endY = series.recentMean + slope * (lastIndex - middle)
            out += #"<line class="trend" x1="\#(c(x(firstIndex)))" x2="\#(c(x(lastIndex)))" y1="\#(c(y(startY)))" y2="\#(c(y(endY)))"><title>Trend over the last \#(window) sessions: \#(ProgressText.trendText(slope))</title></line>"#
        }
        let radius = count > 40 ? 2.0 : 4.0
        for (index, score) in scores.enumerated() {
            let session = progress.sessions[index]
            let date = session.transcript.startedAt.map(ReportDates.day) ?? "no date"
            let persona = session.transcript.persona.map { HTMLText.escaped($0.id) } ?? "?"
            out += #"<circle cx="\#(c(x(Double(index))))" cy="\#(c(y(Double(score))))" r="\#(c(radius))"><title>Session \#(index + 1), \#(HTMLText.escaped(date)), \#(persona): \#(score)</title></circle>"#
        }
        let labelEvery = max(1, Int((Double(count) * 22 / plotWidth).rounded(.up)))
        for index in 0..<count where index % labelEvery == 0 || index == count - 1 {
            out += #"<text class="muted" x="\#(c(x(Double(index))))" y="\#(c(Self.top + plotHeight + 16))" text-anchor="middle">\#(index + 1)</text>"#
        }
        out += #"<text class="muted" x="\#(c(Self.left + plotWidth / 2))" y="\#(c(Self.height - 2))" text-anchor="middle">session</text>"#
        return out + "</svg>"
    }
}
