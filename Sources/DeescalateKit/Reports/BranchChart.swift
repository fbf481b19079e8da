/// Both frustration curves of a retry and the session it branched off, on one SVG chart from the
/// last turn they share: the first try grey and dashed, this try blue (its points link to its turns),
/// with the persona's calm and escalation levels across. Drawn twice, wide and narrow, like the
/// session's own chart (`FrustrationChart.Layout`): the page's CSS shows the one that fits.
struct BranchChart {
    let comparison: BranchComparison

    /// One drawing's geometry.
    struct Layout {
        var width, height, left, right, top, bottom: Double
        var name: String
        /// 760 × 300: screens and print; the level labels in the right margin.
        static let wide = Layout(width: 760, height: 300, left: 44, right: 118, top: 40, bottom: 40, name: "wide")
        /// 360 × 290: phones, drawn at about its own size; the level labels above their lines.
        static let narrow = Layout(width: 360, height: 290, left: 34, right: 14, top: 40, bottom: 40, name: "narrow")
        var labelsAbove: Bool { name == "narrow" }
    }

    /// Both drawings.
    func html() -> String { svg(.wide) + svg(.narrow) }

    func svg(_ layout: Layout) -> String {
        let start = comparison.sharedTurns - 1
        let first = BranchComparison.curve(comparison.parent, from: start)
        let again = BranchComparison.curve(comparison.retry, from: start)
        let persona = comparison.retry.persona
        let lastTurn = max(first.last?.turn ?? start + 1, again.last?.turn ?? start + 1)
        let firstTurn = start + 1
        let span = max(1, lastTurn - firstTurn)
        let plotWidth = layout.width - layout.left - layout.right, plotHeight = layout.height - layout.top - layout.bottom
        let inset = 12.0 // points a little inside the axes, so the first label clears the y-axis labels
        func x(_ turn: Int) -> Double { layout.left + inset + (plotWidth - 2 * inset) * Double(turn - firstTurn) / Double(span) }
        func y(_ level: Int) -> Double { layout.top + plotHeight * (1 - Double(min(100, max(0, level))) / 100) }
        let c = HTMLText.coordinate
        func levelLabel(_ style: String, _ text: String, at lineY: Double) -> String {
            layout.labelsAbove
                ? #"<text class="\#(style)" x="\#(c(layout.left + plotWidth))" y="\#(c(lineY - 5))" text-anchor="end">\#(text)</text>"#
                : #"<text class="\#(style)" x="\#(c(layout.left + plotWidth + 14))" y="\#(c(lineY + 4))">\#(text)</text>"#
        }

        let titleID = "branch-title-\(layout.name)"
        var out = #"<svg class="\#(layout.name)" viewBox="0 0 \#(Int(layout.width)) \#(Int(layout.height))" role="img" aria-labelledby="\#(titleID)">"#
        out += #"<title id="\#(titleID)">Frustration from turn \#(firstTurn): the first try and this try</title>"#
        for level in stride(from: 0, through: 100, by: 20) {
            out += #"<line class="grid" x1="\#(c(layout.left))" x2="\#(c(layout.left + plotWidth))" y1="\#(c(y(level)))" y2="\#(c(y(level)))"/>"#
            out += #"<text class="muted" x="\#(c(layout.left - 8))" y="\#(c(y(level) + 4))" text-anchor="end">\#(level)</text>"#
        }
        out += #"<line class="axis" x1="\#(c(layout.left))" x2="\#(c(layout.left))" y1="\#(c(layout.top))" y2="\#(c(layout.top + plotHeight))"/>"#
        out += #"<line class="axis" x1="\#(c(layout.left))" x2="\#(c(layout.left + plotWidth))" y1="\#(c(layout.top + plotHeight))" y2="\#(c(layout.top + plotHeight))"/>"#
        if let escalateAt = persona?.escalateAt, escalateAt <= 100 {
            out += #"<line class="esc" x1="\#(c(layout.left))" x2="\#(c(layout.left + plotWidth))" y1="\#(c(y(escalateAt)))" y2="\#(c(y(escalateAt)))"/>"#
            out += levelLabel("lbl-esc", "escalates \(escalateAt)", at: y(escalateAt))
        }
        if let calmAt = persona?.calmAt {
            out += #"<line class="calm" x1="\#(c(layout.left))" x2="\#(c(layout.left + plotWidth))" y1="\#(c(y(calmAt)))" y2="\#(c(y(calmAt)))"/>"#
            out += levelLabel("lbl-calm", "calm \(calmAt)", at: y(calmAt))
        }
        // Legend, above the plot.
        out += #"<line class="curve-parent" x1="\#(c(layout.left))" x2="\#(c(layout.left + 30))" y1="14" y2="14"/>"#
        out += #"<text x="\#(c(layout.left + 36))" y="18">first try (\#(comparison.parentGrade.total)/100)</text>"#
        let second = layout.labelsAbove ? 170.0 : 220.0
        out += #"<line class="curve-retry" x1="\#(c(layout.left + second))" x2="\#(c(layout.left + second + 30))" y1="14" y2="14"/>"#
        out += #"<text x="\#(c(layout.left + second + 36))" y="18">this try</text>"#
        for (points, style) in [(first, "parent"), (again, "retry")] where !points.isEmpty {
            out += #"<polyline class="curve-\#(style)" points="\#(points.map { "\(c(x($0.turn))),\(c(y($0.level)))" }.joined(separator: " "))"/>"#
        }
        for point in first {
            out += #"<circle class="pt-parent" cx="\#(c(x(point.turn)))" cy="\#(c(y(point.level)))" r="4"><title>First try, turn \#(point.turn): frustration \#(point.level)</title></circle>"#
        }
        for point in again {
            out += "<a href=\"#turn-\(point.turn)\"><title>This try, turn \(point.turn): frustration \(point.level)</title>"
            out += #"<circle class="pt-retry" cx="\#(c(x(point.turn)))" cy="\#(c(y(point.level)))" r="5"/></a>"#
        }
        let labelEvery = max(1, Int((Double(span + 1) * 26 / (plotWidth - 2 * inset)).rounded(.up)))
        for turn in firstTurn...max(firstTurn, lastTurn) where (turn - firstTurn) % labelEvery == 0 || turn == lastTurn {
            out += #"<text class="muted" x="\#(c(x(turn)))" y="\#(c(layout.top + plotHeight + 16))" text-anchor="middle">\#(turn)</text>"#
        }
        out += #"<text class="muted" x="\#(c(layout.left + plotWidth / 2))" y="\#(c(layout.height - 4))" text-anchor="middle">turn (from the branch)</text>"#
        return out + "</svg>"
    }
}
