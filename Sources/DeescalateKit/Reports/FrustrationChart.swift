/// The customer's frustration turn by turn as an inline SVG line chart, with the persona's calm and
/// escalation levels drawn across it. Each point is labelled with its turn number and links to the
/// turn (`#turn-N`), so the chart works as a table of contents without any script.
public struct FrustrationChart: Sendable {
    /// One plotted point: the 1-based turn number and the frustration after it.
    public struct Point: Sendable, Equatable {
        /// The turn it links to.
        public var turn: Int
        /// The frustration level after that turn.
        public var level: Int
    }

    /// The points, in turn order.
    public let points: [Point]
    /// The calm level (a dashed green line), if known.
    public let calmAt: Int?
    /// The escalation ceiling (a dashed red line), if known.
    public let escalateAt: Int?

    /// A chart of `transcript`'s frustration curve; `nil` when the transcript records none (chat logs).
    public init?(transcript: Transcript) {
        let points = transcript.turns.enumerated().compactMap { index, turn in
            turn.frustration.map { Point(turn: index + 1, level: $0) }
        }
        guard !points.isEmpty else { return nil }
        self.init(points: points, calmAt: transcript.persona?.calmAt, escalateAt: transcript.persona?.escalateAt)
    }

    /// A chart of explicit points.
    public init(points: [Point], calmAt: Int?, escalateAt: Int?) {
        self.points = points
        self.calmAt = calmAt
        self.escalateAt = escalateAt
    }

    private static let width = 760.0, height = 280.0
    private static let left = 44.0, right = 118.0, top = 16.0, bottom = 40.0

    /// The highest value the axis reaches: a level above it (only possible in a transcript built in
    /// code; files hold 0–100) is drawn at the top edge, its label still saying the value.
    static let axisLimit = 1_000_000_000

    /// The axis's top and the spacing of its grid lines: 0–100 by 20 for every real session, and for
    /// larger levels a round step (1, 2 or 5 × 10ⁿ) giving at most about six lines, so the chart's
    /// size never depends on the numbers.
    static func axis(highest: Int) -> (top: Int, step: Int) {
        let highest = min(axisLimit, highest)
        guard highest > 100 else { return (100, 20) }
        var step = 1
        while true {
            if let fit = [step, 2 * step, 5 * step].first(where: { $0 * 5 >= highest }) { step = fit; break }
            step *= 10
        }
        return ((highest + step - 1) / step * step, step)
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let (top, gridStep) = Self.axis(highest: max(100, points.map(\.level).max() ?? 0, escalateAt ?? 0, calmAt ?? 0))
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        let step = points.count > 1 ? plotWidth / Double(points.count - 1) : 0
        func x(_ index: Int) -> Double { Self.left + (points.count > 1 ? Double(index) * step : plotWidth / 2) }
        func y(_ level: Int) -> Double { Self.top + plotHeight * (1 - Double(min(top, max(0, level))) / Double(top)) }
        let c = HTMLText.coordinate

        var out = #"<svg viewBox="0 0 \#(Int(Self.width)) \#(Int(Self.height))" role="img" aria-labelledby="chart-title">"#
        out += #"<title id="chart-title">Frustration after each turn\#(calmAt.map { ", calm at \($0)" } ?? "")\#(escalateAt.map { ", escalation at \($0)" } ?? "")</title>"#
        for level in stride(from: 0, through: top, by: gridStep) {
            out += #"<line class="grid" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(y(level)))" y2="\#(c(y(level)))"/>"#
            out += #"<text class="muted" x="\#(c(Self.left - 8))" y="\#(c(y(level) + 4))" text-anchor="end">\#(level)</text>"#
        }
        out += #"<line class="axis" x1="\#(c(Self.left))" x2="\#(c(Self.left))" y1="\#(c(Self.top))" y2="\#(c(Self.top + plotHeight))"/>"#
        out += #"<line class="axis" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(Self.top + plotHeight))" y2="\#(c(Self.top + plotHeight))"/>"#
        if let escalateAt {
            out += #"<line class="esc" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(y(escalateAt)))" y2="\#(c(y(escalateAt)))"/>"#
            out += #"<text class="lbl-esc" x="\#(c(Self.left + plotWidth + 14))" y="\#(c(y(escalateAt) + 4))">escalates \#(escalateAt)</text>"#
        }
        if let calmAt {
            out += #"<line class="calm" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(y(calmAt)))" y2="\#(c(y(calmAt)))"/>"#
            out += #"<text class="lbl-calm" x="\#(c(Self.left + plotWidth + 14))" y="\#(c(y(calmAt) + 4))">calm \#(calmAt)</text>"#
        }
        let path = points.enumerated().map { "\(c(x($0.offset))),\(c(y($0.element.level)))" }.joined(separator: " ")
        out += #"<polyline class="curve" points="\#(path)"/>"#
        // Label every turn when they fit; otherwise every k-th, so labels never overlap.
        let labelEvery = max(1, Int((Double(points.count) * 26 / plotWidth).rounded(.up)))
        for (index, point) in points.enumerated() {
            let px = c(x(index)), py = y(point.level)
            out += "<a href=\"#turn-\(point.turn)\"><title>Turn \(point.turn): frustration \(point.level)</title>"
            out += #"<circle cx="\#(px)" cy="\#(c(py))" r="5"/>"#
            out += #"<text x="\#(px)" y="\#(c(py - 10))" text-anchor="middle">\#(point.level)</text></a>"#
            if index % labelEvery == 0 || index == points.count - 1 {
                out += #"<text class="muted" x="\#(px)" y="\#(c(Self.top + plotHeight + 16))" text-anchor="middle">\#(point.turn)</text>"#
            }
        }
        out += #"<text class="muted" x="\#(c(Self.left + plotWidth / 2))" y="\#(c(Self.height - 4))" text-anchor="middle">turn</text>"#
        out += "</svg>"
        return out
    }
}
