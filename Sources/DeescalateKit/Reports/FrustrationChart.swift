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

    /// The geometry of one drawing: the wide one for screens and print, and a narrow one for phones
    /// (a 760-unit chart squeezed into a phone's 320 px would shrink its 12 px labels to 5 px).
    public struct Layout: Sendable, Equatable {
        /// The viewBox's width and height.
        var width, height: Double
        /// Margins around the plot.
        var left, right, top, bottom: Double
        /// The class and title id of the `<svg>` (the page's CSS shows one layout at a time).
        var name: String
        /// Whether the calm and escalation labels sit at the right end above their lines (narrow)
        /// rather than in a margin to the right of the plot (wide).
        var labelsAbove: Bool

        /// 760 × 280 units: screens wider than a phone, and print.
        public static let wide = Layout(width: 760, height: 280, left: 44, right: 118, top: 16, bottom: 40, name: "wide", labelsAbove: false)
        /// 360 × 260 units: phones, where it is drawn at about its own size.
        public static let narrow = Layout(width: 360, height: 260, left: 34, right: 14, top: 16, bottom: 40, name: "narrow", labelsAbove: true)
    }

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

    /// Both drawings, wide and narrow, for a page whose CSS shows the one that fits (`svg.wide`,
    /// `svg.narrow`).
    public func html() -> String { svg(.wide) + svg(.narrow) }

    /// The chart as an `<svg>` element drawn with `layout`.
    public func svg(_ layout: Layout = .wide) -> String {
        let (top, gridStep) = Self.axis(highest: max(100, points.map(\.level).max() ?? 0, escalateAt ?? 0, calmAt ?? 0))
        let plotWidth = layout.width - layout.left - layout.right, plotHeight = layout.height - layout.top - layout.bottom
        // Points start and end a little inside the axes, so the first level's label clears the y-axis labels.
        let inset = 12.0
        let step = points.count > 1 ? (plotWidth - 2 * inset) / Double(points.count - 1) : 0
        func x(_ index: Int) -> Double { layout.left + (points.count > 1 ? inset + Double(index) * step : plotWidth / 2) }
        func y(_ level: Int) -> Double { layout.top + plotHeight * (1 - Double(min(top, max(0, level))) / Double(top)) }
        let c = HTMLText.coordinate
        func thresholdLabel(_ style: String, _ text: String, at lineY: Double) -> String {
            layout.labelsAbove
                ? #"<text class="\#(style)" x="\#(c(layout.left + plotWidth))" y="\#(c(lineY - 5))" text-anchor="end">\#(text)</text>"#
                : #"<text class="\#(style)" x="\#(c(layout.left + plotWidth + 14))" y="\#(c(lineY + 4))">\#(text)</text>"#
        }

        let titleID = "chart-title-\(layout.name)"
        var out = #"<svg class="\#(layout.name)" viewBox="0 0 \#(Int(layout.width)) \#(Int(layout.height))" role="img" aria-labelledby="\#(titleID)">"#
        out += #"<title id="\#(titleID)">Frustration after each turn\#(calmAt.map { ", calm at \($0)" } ?? "")\#(escalateAt.map { ", escalation at \($0)" } ?? "")</title>"#
        for level in stride(from: 0, through: top, by: gridStep) {
            out += #"<line class="grid" x1="\#(c(layout.left))" x2="\#(c(layout.left + plotWidth))" y1="\#(c(y(level)))" y2="\#(c(y(level)))"/>"#
            out += #"<text class="muted" x="\#(c(layout.left - 8))" y="\#(c(y(level) + 4))" text-anchor="end">\#(level)</text>"#
        }
        out += #"<line class="axis" x1="\#(c(layout.left))" x2="\#(c(layout.left))" y1="\#(c(layout.top))" y2="\#(c(layout.top + plotHeight))"/>"#
        out += #"<line class="axis" x1="\#(c(layout.left))" x2="\#(c(layout.left + plotWidth))" y1="\#(c(layout.top + plotHeight))" y2="\#(c(layout.top + plotHeight))"/>"#
        if let escalateAt {
            out += #"<line class="esc" x1="\#(c(layout.left))" x2="\#(c(layout.left + plotWidth))" y1="\#(c(y(escalateAt)))" y2="\#(c(y(escalateAt)))"/>"#
            out += thresholdLabel("lbl-esc", "escalates \(escalateAt)", at: y(escalateAt))
        }
        if let calmAt {
            out += #"<line class="calm" x1="\#(c(layout.left))" x2="\#(c(layout.left + plotWidth))" y1="\#(c(y(calmAt)))" y2="\#(c(y(calmAt)))"/>"#
            out += thresholdLabel("lbl-calm", "calm \(calmAt)", at: y(calmAt))
        }
        let path = points.enumerated().map { "\(c(x($0.offset))),\(c(y($0.element.level)))" }.joined(separator: " ")
        out += #"<polyline class="curve" points="\#(path)"/>"#
        // Label every turn when they fit; otherwise every k-th, so labels never overlap.
        // (About 24 units a label: two or three digits at the chart's font size.)
        let labelEvery = step > 0 ? max(1, Int(min(Double(points.count), (24 / step).rounded(.up)))) : 1
        for (index, point) in points.enumerated() {
            let px = c(x(index)), py = y(point.level)
            out += "<a href=\"#turn-\(point.turn)\"><title>Turn \(point.turn): frustration \(point.level)</title>"
            out += #"<circle cx="\#(px)" cy="\#(c(py))" r="5"/>"#
            let labelled = index % labelEvery == 0 || index == points.count - 1
            // Levels too are thinned when points crowd (they would print over each other).
            out += labelled ? #"<text x="\#(px)" y="\#(c(py - 10))" text-anchor="middle">\#(point.level)</text></a>"# : "</a>"
            if labelled {
                out += #"<text class="muted" x="\#(px)" y="\#(c(layout.top + plotHeight + 16))" text-anchor="middle">\#(point.turn)</text>"#
            }
        }
        out += #"<text class="muted" x="\#(c(layout.left + plotWidth / 2))" y="\#(c(layout.height - 4))" text-anchor="middle">turn</text>"#
        out += "</svg>"
        return out
    }
}
