/// Reading a labelled set: `id<TAB>labels<TAB>text`, labels comma-separated; blank lines and lines
/// starting with `#` are skipped. A first line naming the columns (`id<TAB>labels<TAB>text<TAB>source`)
/// is a header: the columns are then found by name, and columns beyond them (a source, a note) are
/// ignored, so a labelled corpus file can be evaluated as it is.
extension AnalyzerEvaluation {
    /// The examples in `text`, or the first malformed line as a `LabelledSetError`.
    public static func parse(_ text: String) throws -> [Example] {
        var examples: [Example] = []
        var number = 0
        var columns: (id: Int, labels: Int, text: Int)?
        var sawLine = false
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            if !sawLine {
                sawLine = true
                if let header = header(line) { columns = header; continue }
            }
            if let columns {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                let names = ["id", "labels", "text"]
                for (index, column) in [columns.id, columns.labels, columns.text].enumerated() where column >= cells.count {
                    throw LabelledSetError.missingField(line: number, field: names[index])
                }
                examples.append(try example(id: cells[columns.id], labels: cells[columns.labels], text: cells[columns.text], line: number))
                continue
            }
            // The text is everything after the second tab, so it may itself contain none.
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2 else { throw LabelledSetError.missingField(line: number, field: "labels") }
            guard fields.count >= 3 else { throw LabelledSetError.missingField(line: number, field: "text") }
            examples.append(try example(id: fields[0], labels: fields[1], text: fields[2], line: number))
        }
        return examples
    }

    /// The columns of a header line, when the line names "id", "labels" and "text" (any order, any case).
    private static func header(_ line: Substring) -> (id: Int, labels: Int, text: Int)? {
        let names = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ").lowercased() }
        guard let id = names.firstIndex(of: "id"), let labels = names.firstIndex(of: "labels"), let text = names.firstIndex(of: "text") else {
            return nil
        }
        return (id, labels, text)
    }

    /// One example from its fields, or the error naming what is wrong on `line`.
    private static func example(id rawID: Substring, labels rawLabels: Substring, text: Substring, line number: Int) throws -> Example {
        let id = rawID.trimmingCharacters(in: " ")
        if id.isEmpty { throw LabelledSetError.missingField(line: number, field: "id") }
        let names = rawLabels.split(separator: ",").map { $0.trimmingCharacters(in: " ").lowercased() }.filter { !$0.isEmpty }
        if names.isEmpty { throw LabelledSetError.noLabels(line: number) }
        var labels = Set<Label>()
        for name in names {
            guard let label = Label(rawValue: name) else {
                throw LabelledSetError.unknownLabel(line: number, label: name, suggestion: suggestion(for: name))
            }
            labels.insert(label)
        }
        if labels.contains(.neutral) && labels.count > 1 {
            throw LabelledSetError.neutralCombined(line: number, labels: names)
        }
        return Example(id: id, labels: labels, text: String(text), line: number)
    }

    /// The closest label by edit distance, when it is close enough to be a typo ("apologise", "harm").
    static func suggestion(for name: String) -> String? {
        let aliases = ["apologise": "apologize", "harm": "harmful", "thanks": "thank", "listening": "listen"]
        if let alias = aliases[name] { return alias }
        let best = Label.allCases.map { ($0.rawValue, editDistance(name, $0.rawValue)) }.min { $0.1 < $1.1 }!
        return best.1 <= max(2, best.0.count / 3) ? best.0 : nil
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = self[...]
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
