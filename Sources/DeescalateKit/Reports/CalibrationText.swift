/// `grade --calibrate HUMAN.csv` as text: the agreement table (grader against assessors, and
/// assessors against each other where a file has several), the largest disagreements with what the
/// grader found, and the rows that matched nothing.
public struct CalibrationText {
    private let calibration: Calibration
    private let humanFile: String
    private let humanRows: Int

    /// The text of `calibration`, made from `humanRows` rows of `humanFile`.
    public init(_ calibration: Calibration, humanFile: String, humanRows: Int) {
        self.calibration = calibration
        self.humanFile = humanFile
        self.humanRows = humanRows
    }

    /// A statistic to two decimals ("0.82", "−0.10"), "—" when undefined.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "−" : ""
        let magnitude = abs(hundredths)
        return "\(sign)\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
    }

    /// Points to one decimal, without ".0": "81.5", "55".
    public static func points(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let tenths = Int((abs(value) * 10).rounded())
        return (value < 0 && tenths > 0 ? "−" : "") + (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)")
    }

    /// A share as a whole percentage, "—" when undefined.
    public static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return "\(Int((value * 100).rounded()))%"
    }

    /// The rows of the agreement table: a label and the figure for each set of pairs.
    public static func tableRows(_ figures: Calibration.Figures) -> [(label: String, value: String)] {
        var rows: [(String, String)] = [
            ("Pairs of grades", String(figures.pairs)),
            ("Spearman's rho, totals", number(figures.spearman)),
            ("Cohen's kappa, pass/fail", number(figures.kappa)),
            ("Pass/fail agreement", percent(figures.passAgreement)),
        ]
        for key in Calibration.measureKeys {
            let title = Step(rawValue: key)?.title ?? "Total"
            let entry = figures.weightedKappa[key]
            rows.append(("Weighted kappa, \(title) (bands)", entry.map { "\(number($0.kappa)) (\($0.pairs))" } ?? "—"))
        }
        rows.append(("Mean absolute difference, totals", figures.meanAbsoluteDifference.map { points($0) + " points" } ?? "—"))
        return rows
    }

    /// The text.
    public func render() -> String {
        var out = "Calibration against \(SafeText.quoted(humanFile, limit: 80)): \(humanRows) assessor grade\(humanRows == 1 ? "" : "s"), "
        out += "\(calibration.matchedFiles) graded file\(calibration.matchedFiles == 1 ? "" : "s") matched\n\n"
        let grader = Self.tableRows(calibration.graderVersusHuman)
        let ceiling = calibration.humanVersusHuman.map(Self.tableRows)
        let labelWidth = (grader.map(\.label.count).max() ?? 0) + 2
        out += "".padding(to: labelWidth) + "grader vs assessors".leftPadded(to: 21)
        out += ceiling == nil ? "\n" : "assessors vs each other".leftPadded(to: 26) + "\n"
        for (index, row) in grader.enumerated() {
            out += row.label.padding(to: labelWidth) + row.value.leftPadded(to: 21)
            if let ceiling { out += ceiling[index].value.leftPadded(to: 26) }
            out += "\n"
        }
        if ceiling == nil { out += "(No file has grades from two assessors, so there is no human-human ceiling to compare with.)\n" }
        out += "\nBands for weighted kappa: \(Agreement.bandLowerBounds.indices.map(Agreement.bandLabel).joined(separator: ", ")); "
        out += "a row without 'passed' passes at \(calibration.passMark). — : undefined (fewer than two pairs, or no spread to compare).\n"
        if !calibration.disagreements.isEmpty {
            out += "\nLargest disagreements\n"
            for (index, item) in calibration.disagreements.enumerated() {
                out += "\(index + 1). \(SafeText.quoted(item.file, limit: 100)): grader \(item.grader.total) (\(item.grader.passed ? "passed" : "not passed")), "
                out += "assessors \(Self.points(item.humanMean)) — " + Self.humanList(item.human, passMark: calibration.passMark)
                out += "; grader \(Self.signed(item.difference))\n"
                for finding in item.grader.keyFindings { out += "     \(finding)\n" }
            }
        }
        if !calibration.unmatched.isEmpty {
            out += "\nRows matching no graded file\n"
            for item in calibration.unmatched {
                out += "  \(SafeText.quoted(humanFile, limit: 60)):\(item.row.line): \(SafeText.quoted(item.row.file, limit: 80)): \(item.reason)\n"
            }
        }
        if !calibration.ungraded.isEmpty {
            let shown = calibration.ungraded.prefix(10).map { SafeText.quoted($0, limit: 80) }.joined(separator: ", ")
            out += "\nGraded files with no assessor grade (\(calibration.ungraded.count)): \(shown)\(calibration.ungraded.count > 10 ? ", …" : "")\n"
        }
        return out
    }

    /// "a: 80 passed, b: 76 passed".
    static func humanList(_ rows: [HumanGrades.Row], passMark: Int) -> String {
        rows.map { row in
            let who = row.assessor.map { SafeText.quoted($0, limit: 30) } ?? "row \(row.line)"
            let passed = row.passed ?? (row.total >= Double(passMark))
            return "\(who): \(points(row.total)) \(passed ? "passed" : "not passed")"
        }.joined(separator: ", ")
    }

    /// "12 points higher", "30.5 points lower", "the same".
    static func signed(_ difference: Double) -> String {
        let text = points(abs(difference))
        return difference > 0 ? "\(text) points higher" : difference < 0 ? "\(text) points lower" : "the same"
    }

    /// The grader's findings that weigh most (largest points either way, failures first), as lines.
    static func keyFindings(_ grade: Grade, limit: Int = 5) -> [String] {
        var lines: [String] = []
        if let failed = grade.failedBecause { lines.append("failed outright: \(SafeText.quoted(failed, limit: 160))") }
        if let unsolved = grade.notPassedBecause { lines.append("not passed: \(SafeText.quoted(unsolved, limit: 160))") }
        let findings = grade.findings.filter { $0.points != 0 }.enumerated()
            .sorted { (abs($0.element.points), -$0.offset) > (abs($1.element.points), -$1.offset) }.prefix(limit).map(\.element)
        for finding in findings.sorted(by: { $0.turn < $1.turn }) {
            let turn = finding.turn > 0 ? "turn \(finding.turn) " : ""
            let step = finding.step.map { "\($0.title) " } ?? ""
            lines.append("\(turn)\(step)\(finding.points > 0 ? "+" : "")\(finding.points): \(SafeText.quoted(finding.message, limit: 120))"
                         + (finding.words.isEmpty ? "" : " (“\(SafeText.quoted(finding.words, limit: 60))”)"))
        }
        return lines
    }
}
