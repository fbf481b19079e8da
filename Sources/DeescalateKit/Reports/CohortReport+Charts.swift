/// The cohort report's SVG charts: compact, fixed-size, no scripts. Each is drawn twice, wide (760
/// units) and narrow (360 units, for phones, where a wide drawing would shrink its labels to about
/// 5 px); the page's CSS shows the one that fits (`svg.wide`, `svg.narrow`).
enum CohortCharts {
    /// A bar per LAST step with its mean score (0–100), wide and narrow.
    static func stepMeans(_ means: [(Step, Double)]) -> String {
        stepMeans(means, narrow: false) + stepMeans(means, narrow: true)
    }

    /// Ten bins of 10 points, wide and narrow.
    static func histogram(_ bins: [CohortSummary.Bin]) -> String {
        histogram(bins, narrow: false) + histogram(bins, narrow: true)
    }

    /// A bar per LAST step with its mean score (0–100).
    static func stepMeans(_ means: [(Step, Double)], narrow: Bool) -> String {
        let width = narrow ? 360.0 : 760.0, rowHeight = 34.0, left = narrow ? 84.0 : 100.0, right = narrow ? 40.0 : 60.0
        let plot = width - left - right
        let height = rowHeight * Double(means.count) + 28
        let c = HTMLText.coordinate
        var out = "<svg class=\"\(narrow ? "narrow" : "wide")\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Mean score per LAST step\">"
        for tick in stride(from: 0, through: 100, by: narrow ? 25 : 20) {
            let x = left + plot * Double(tick) / 100
            out += "<line class=\"grid\" x1=\"\(c(x))\" x2=\"\(c(x))\" y1=\"4\" y2=\"\(c(height - 22))\"/>"
            out += "<text class=\"muted\" x=\"\(c(x))\" y=\"\(c(height - 6))\" text-anchor=\"middle\">\(tick)</text>"
        }
        for (index, (step, mean)) in means.enumerated() {
            let y = 8 + rowHeight * Double(index)
            let barWidth = plot * min(100, max(0, mean)) / 100
            out += "<text x=\"\(c(left - 10))\" y=\"\(c(y + 17))\" text-anchor=\"end\">\(step.title)</text>"
            out += "<rect class=\"bar\" x=\"\(c(left))\" y=\"\(c(y))\" width=\"\(c(barWidth))\" height=\"24\" rx=\"3\"><title>\(step.title): mean \(CohortSummary.oneDecimal(mean))</title></rect>"
            out += "<text x=\"\(c(left + barWidth + 6))\" y=\"\(c(y + 17))\">\(CohortSummary.oneDecimal(mean))</text>"
        }
        return out + "</svg>"
    }

    /// Ten bins of 10 points, each a stacked bar of passed (green) over not passed (red). Narrow, a
    /// bin is labelled by its lower bound ("90–100" would not fit under a 30-unit bar).
    static func histogram(_ bins: [CohortSummary.Bin], narrow: Bool) -> String {
        let width = narrow ? 360.0 : 760.0, height = 240.0, left = narrow ? 34.0 : 44.0, right = 12.0, top = 14.0, bottom = 36.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let tallest = max(1, bins.map { $0.passed + $0.failed }.max() ?? 1)
        let scale = niceCeiling(tallest)
        let slot = plotWidth / Double(bins.count)
        let c = HTMLText.coordinate
        func y(_ value: Int) -> Double { top + plotHeight * (1 - Double(value) / Double(scale)) }
        var out = "<svg class=\"\(narrow ? "narrow" : "wide")\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Histogram of totals\">"
        for tick in stride(from: 0, through: scale, by: max(1, scale / 4)) {
            out += "<line class=\"grid\" x1=\"\(c(left))\" x2=\"\(c(width - right))\" y1=\"\(c(y(tick)))\" y2=\"\(c(y(tick)))\"/>"
            out += "<text class=\"muted\" x=\"\(c(left - 6))\" y=\"\(c(y(tick) + 4))\" text-anchor=\"end\">\(tick)</text>"
        }
        for (index, bin) in bins.enumerated() {
            let x = left + slot * Double(index) + (narrow ? 2 : 4), barWidth = slot - (narrow ? 4 : 8)
            let label = bin.lower == 90 ? "90–100" : "\(bin.lower)–\(bin.lower + 9)"
            let axisLabel = narrow ? "\(bin.lower)" : label
            if bin.failed > 0 {
                out += "<rect class=\"bar-fail\" x=\"\(c(x))\" y=\"\(c(y(bin.failed)))\" width=\"\(c(barWidth))\" height=\"\(c(y(0) - y(bin.failed)))\"><title>\(label): \(bin.failed) not passed</title></rect>"
            }
            if bin.passed > 0 {
                out += "<rect class=\"bar-pass\" x=\"\(c(x))\" y=\"\(c(y(bin.failed + bin.passed)))\" width=\"\(c(barWidth))\" height=\"\(c(y(bin.failed) - y(bin.failed + bin.passed)))\"><title>\(label): \(bin.passed) passed</title></rect>"
            }
            let count = bin.passed + bin.failed
            if count > 0 {
                out += "<text x=\"\(c(x + barWidth / 2))\" y=\"\(c(y(count) - 4))\" text-anchor=\"middle\">\(count)</text>"
            }
            out += "<text class=\"muted\" x=\"\(c(x + barWidth / 2))\" y=\"\(c(height - bottom + 16))\" text-anchor=\"middle\">\(axisLabel)</text>"
        }
        out += "<line class=\"axis\" x1=\"\(c(left))\" x2=\"\(c(width - right))\" y1=\"\(c(y(0)))\" y2=\"\(c(y(0)))\"/>"
        out += "<text class=\"muted\" x=\"\(c(left + plotWidth / 2))\" y=\"\(c(height - 4))\" text-anchor=\"middle\">\(narrow ? "total score (bands from 0, 10 … 90)" : "total score")</text>"
        return out + "</svg>"
    }

    /// One persona's outcomes as a stacked 100% bar (resolved green, escalated red, abandoned amber).
    static func outcomeBar(_ persona: CohortSummary.PersonaOutcomes) -> String {
        let parts: [(String, Int, String)] = [
            ("resolved", persona[outcome: .resolved], "#5fb585"), ("escalated", persona[outcome: .escalated], "#e58c82"),
            ("abandoned", persona[outcome: .abandoned], "#f0b45b"), ("other", persona.unknown, "#c9ced6"),
        ]
        let total = max(1, persona.count)
        var x = 0.0
        var out = "<svg viewBox=\"0 0 200 14\" preserveAspectRatio=\"none\" style=\"height:14px\" role=\"img\" aria-label=\"outcomes\">"
        for (name, count, colour) in parts where count > 0 {
            let width = 200 * Double(count) / Double(total)
            out += "<rect x=\"\(HTMLText.coordinate(x))\" width=\"\(HTMLText.coordinate(width))\" height=\"14\" fill=\"\(colour)\"><title>\(name): \(count)</title></rect>"
            x += width
        }
        return out + "</svg>"
    }

    /// The smallest of 4, 8, 20, 40, 100, 200… at least `value`, so ticks at quarters are whole numbers.
    /// (Counts of transcripts; held below 10¹⁷ so the search cannot overflow.)
    static func niceCeiling(_ value: Int) -> Int {
        let value = min(value, 100_000_000_000_000_000)
        var magnitude = 1
        while true {
            for candidate in [4 * magnitude, 8 * magnitude, 20 * magnitude] where candidate >= value { return candidate }
            magnitude *= 10
        }
    }
}
