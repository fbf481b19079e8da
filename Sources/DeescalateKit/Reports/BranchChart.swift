/// Both frustration curves of a retry and the session it branched off, on one SVG chart from the
/// last turn they share: the first try grey and dashed, this try blue (its points link to its turns),
/// with the persona's calm and escalation levels across.
struct BranchChart {
    let comparison: BranchComparison

    private static let width = 760.0, height = 300.0
    private static let left = 44.0, right = 118.0, top = 40.0, bottom = 40.0

    func svg() -> String {
        let start = comparison.sharedTurns - 1
        let first = BranchComparison.curve(comparison.parent, from: start)
        let again = BranchComparison.curve(comparison.retry, from: start)
        let persona = comparison.retry.persona
        let lastTurn = max(first.last?.turn ?? start + 1, again.last?.turn ?? start + 1)
        let firstTurn = start + 1
        let span = max(1, lastTurn - firstTurn)
        let plotWidth = Self.width - Self.left - Self.right, plotHeight = Self.height - Self.top - Self.bottom
        func x(_ turn: Int) -> Double { Self.left + plotWidth * Double(turn - firstTurn) / Double(span) }
        func y(_ level: Int) -> Double { Self.top + plotHeight * (1 - Double(min(100, max(0, level))) / 100) }
        let c = HTMLText.coordinate

        var out = #"<svg viewBox="0 0 \#(Int(Self.width)) \#(Int(Self.height))" role="img" aria-labelledby="branch-title">"#
        out += #"<title id="branch-title">Frustration from turn \#(firstTurn): the first try and this try</title>"#
        for level in stride(from: 0, through: 100, by: 20) {
            out += #"<line class="grid" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(y(level)))" y2="\#(c(y(level)))"/>"#
            out += #"<text class="muted" x="\#(c(Self.left - 8))" y="\#(c(y(level) + 4))" text-anchor="end">\#(level)</text>"#
        }
        out += #"<line class="axis" x1="\#(c(Self.left))" x2="\#(c(Self.left))" y1="\#(c(Self.top))" y2="\#(c(Self.top + plotHeight))"/>"#
        out += #"<line class="axis" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(Self.top + plotHeight))" y2="\#(c(Self.top + plotHeight))"/>"#
        if let escalateAt = persona?.escalateAt, escalateAt <= 100 {
            out += #"<line class="esc" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(y(escalateAt)))" y2="\#(c(y(escalateAt)))"/>"#
            out += #"<text class="lbl-esc" x="\#(c(Self.left + plotWidth + 14))" y="\#(c(y(escalateAt) + 4))">escalates \#(escalateAt)</text>"#
        }
        if let calmAt = persona?.calmAt {
            out += #"<line class="calm" x1="\#(c(Self.left))" x2="\#(c(Self.left + plotWidth))" y1="\#(c(y(calmAt)))" y2="\#(c(y(calmAt)))"/>"#
            out += #"<text class="lbl-calm" x="\#(c(Self.left + plotWidth + 14))" y="\#(c(y(calmAt) + 4))">calm \#(calmAt)</text>"#
        }
        // Legend, above the plot.
        out += #"<line class="curve-parent" x1="\#(c(Self.left))" x2="\#(c(Self.left + 30))" y1="14" y2="14"/>"#
        out += #"<text x="\#(c(Self.left + 36))" y="18">first try (\#(comparison.parentGrade.total)/100)</text>"#
        out += #"<line class="curve-retry" x1="\#(c(Self.left + 220))" x2="\#(c(Self.left + 250))" y1="14" y2="14"/>"#
        out += #"<text x="\#(c(Self.left + 256))" y="18">this try</text>"#
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
        let labelEvery = max(1, Int((Double(span + 1) * 26 / plotWidth).rounded(.up)))
        for turn in firstTurn...max(firstTurn, lastTurn) where (turn - firstTurn) % labelEvery == 0 || turn == lastTurn {
            out += #"<text class="muted" x="\#(c(x(turn)))" y="\#(c(Self.top + plotHeight + 16))" text-anchor="middle">\#(turn)</text>"#
        }
        out += #"<text class="muted" x="\#(c(Self.left + plotWidth / 2))" y="\#(c(Self.height - 4))" text-anchor="middle">turn (from the branch)</text>"#
        return out + "</svg>"
    }
}
