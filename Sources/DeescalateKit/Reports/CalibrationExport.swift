/// `grade --calibrate HUMAN.csv --format json|html`: the calibration for tools, and as a page.
public enum CalibrationExport {
    /// The calibration as JSON: the figures of both sets of pairs (null where undefined), the
    /// bands, the largest disagreements with the grader's findings, and what did not match.
    public static func json(_ calibration: Calibration, humanFile: String, humanRows: Int) -> JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map { .double(($0 * 10_000).rounded() / 10_000) } ?? .null }
        func figures(_ figures: Calibration.Figures) -> JSONValue {
            .object([
                "pairs": .int(figures.pairs), "spearmanRho": number(figures.spearman), "cohenKappaPassFail": number(figures.kappa),
                "passFailAgreement": number(figures.passAgreement), "meanAbsoluteDifference": number(figures.meanAbsoluteDifference),
                "quadraticWeightedKappa": .object(Calibration.measureKeys.map { key in
                    (key, .object(["kappa": number(figures.weightedKappa[key]?.kappa), "pairs": .int(figures.weightedKappa[key]?.pairs ?? 0)]))
                }),
            ])
        }
        let disagreements: [JSONValue] = calibration.disagreements.map { item in
            .object([
                "file": .string(item.file), "graderTotal": .int(item.grader.total), "graderPassed": .bool(item.grader.passed),
                "humanMean": number(item.humanMean), "difference": number(item.difference),
                "human": .array(item.human.map { row in
                    .object(["line": .int(row.line), "assessor": row.assessor.map(JSONValue.string) ?? .null, "total": number(row.total),
                             "passed": row.passed.map(JSONValue.bool) ?? .null])
                }),
                "graderFindings": .array(item.grader.keyFindings.map(JSONValue.string)),
            ])
        }
        return .object([
            "humanFile": .string(humanFile), "humanRows": .int(humanRows), "matchedFiles": .int(calibration.matchedFiles),
            "passMark": .int(calibration.passMark),
            "bands": .array(Agreement.bandLowerBounds.indices.map { .string(Agreement.bandLabel($0)) }),
            "graderVersusHuman": figures(calibration.graderVersusHuman),
            "humanVersusHuman": calibration.humanVersusHuman.map(figures) ?? .null,
            "largestDisagreements": .array(disagreements),
            "unmatchedRows": .array(calibration.unmatched.map { .object(["line": .int($0.row.line), "file": .string($0.row.file), "reason": .string($0.reason)]) }),
            "filesWithoutHumanGrades": .array(calibration.ungraded.map(JSONValue.string)),
        ])
    }

    /// The calibration as one self-contained HTML page.
    public static func html(_ calibration: Calibration, humanFile: String, humanRows: Int) -> String {
        let title = "Grader calibration"
        var body = "<main>\n<header>\n<h1>\(title)</h1>\n"
        body += "<p class=\"sub\">Against \(HTMLText.escaped(humanFile)): \(humanRows) assessor grade\(humanRows == 1 ? "" : "s"), "
        body += "\(calibration.matchedFiles) graded file\(calibration.matchedFiles == 1 ? "" : "s") matched. Made by deescalate \(DeescalateVersion.tool).</p>\n</header>\n"
        body += "<section>\n<h2>Agreement</h2>\n<div class=\"scroll\"><table class=\"agree\">\n<tr><th>Statistic</th><th class=\"num\">Grader vs assessors</th>"
        let ceiling = calibration.humanVersusHuman.map(CalibrationText.tableRows)
        if ceiling != nil { body += "<th class=\"num\">Assessors vs each other</th>" }
        body += "</tr>\n"
        for (index, row) in CalibrationText.tableRows(calibration.graderVersusHuman).enumerated() {
            body += "<tr><td>\(HTMLText.escaped(row.label))</td><td class=\"num\">\(HTMLText.escaped(row.value))</td>"
            if let ceiling { body += "<td class=\"num\">\(HTMLText.escaped(ceiling[index].value))</td>" }
            body += "</tr>\n"
        }
        body += "</table></div>\n<p class=\"sub\">"
        body += ceiling == nil ? "No file has grades from two assessors, so there is no human-human ceiling to compare with. "
            : "The assessors' agreement with each other is the ceiling: a grader reaching it agrees with assessors as they agree among themselves. "
        body += "Weighted kappa compares bands \(Agreement.bandLowerBounds.indices.map(Agreement.bandLabel).joined(separator: ", ")) (pairs in brackets); "
        body += "a row without <code>passed</code> passes at \(calibration.passMark); — means undefined (fewer than two pairs, or no spread).</p>\n</section>\n"
        if !calibration.disagreements.isEmpty {
            body += "<section>\n<h2>Largest disagreements</h2>\n"
            for item in calibration.disagreements {
                body += "<div class=\"card gap\"><h3>\(HTMLText.escaped(item.file))</h3>\n<p><b>Grader \(item.grader.total)</b> "
                body += item.grader.passed ? "<span class=\"pill pass\">passed</span>" : "<span class=\"pill fail\">not passed</span>"
                body += " · assessors \(HTMLText.escaped(CalibrationText.humanList(item.human, passMark: calibration.passMark))) · "
                body += "grader \(HTMLText.escaped(CalibrationText.signed(item.difference)))</p>\n<ul class=\"findings\">"
                for line in item.grader.keyFindings { body += "<li>\(HTMLText.escaped(line))</li>" }
                body += "</ul></div>\n"
            }
            body += "</section>\n"
        }
        if !calibration.unmatched.isEmpty {
            body += "<section>\n<h2>Rows matching no graded file</h2>\n<ul>"
            for item in calibration.unmatched {
                body += "<li>line \(item.row.line): <code>\(HTMLText.escaped(item.row.file))</code> — \(HTMLText.escaped(item.reason))</li>"
            }
            body += "</ul>\n</section>\n"
        }
        if !calibration.ungraded.isEmpty {
            body += "<section>\n<h2>Graded files with no assessor grade</h2>\n<p>\(calibration.ungraded.map { "<code>\(HTMLText.escaped($0))</code>" }.joined(separator: ", "))</p>\n</section>\n"
        }
        body += "</main>"
        return HTMLPage(title: title, body: body, extraCSS: css).render()
    }

    static let css = """
    .agree td:first-child{min-width:9em}.gap{margin-bottom:12px}.gap h3{font-size:15px;margin:0 0 4px;overflow-wrap:anywhere}
    .gap p{margin:0 0 6px}.findings{margin:0;padding-left:18px;font-size:13.5px;color:var(--muted)}.findings li{overflow-wrap:anywhere}
    code{font-size:13px;overflow-wrap:anywhere}
    @media (max-width:640px){main{padding:16px 12px 32px}th,td{padding:4px 5px;font-size:13.5px}}

    """
}
