/// The figures a cohort report shows, computed once from the rows.
struct CohortSummary {
    /// Outcomes of one persona's sessions.
    struct PersonaOutcomes {
        var label: String
        var count = 0
        var outcomes: [Outcome: Int] = [:]
        var unknown = 0
        var totalSum = 0
        var meanTotalText: String { CohortSummary.oneDecimal(Double(totalSum) / Double(max(1, count))) }
    }

    /// One bin of the histogram of totals: `lower...lower+9` (the last bin includes 100).
    struct Bin {
        var lower: Int
        var passed = 0
        var failed = 0
    }

    let count: Int
    let passed: Int
    let stepMeans: [(Step, Double)]
    let histogram: [Bin]
    let personas: [PersonaOutcomes]
    let medianTotal: Int?
    private let meanTotal: Double
    private let rows: [GradedTranscript]

    init(rows: [GradedTranscript]) {
        self.rows = rows
        count = rows.count
        passed = rows.filter(\.grade.passed).count
        let divisor = Double(max(1, rows.count))
        // Scores are 0–100 in any grade the scorer makes; a grade built in code may hold anything, so
        // each is held to 0–100 before summing (a sum of Int.max scores would trap).
        meanTotal = Double(rows.reduce(0) { $0 + Self.bounded($1.grade.total) }) / divisor
        stepMeans = Step.allCases.map { step in (step, Double(rows.reduce(0) { $0 + Self.bounded($1.grade.score(step)) }) / divisor) }
        let totals = rows.map(\.grade.total).sorted()
        medianTotal = totals.isEmpty ? nil : totals[(totals.count - 1) / 2]

        var bins = (0..<10).map { Bin(lower: $0 * 10) }
        for row in rows {
            let index = min(9, max(0, row.grade.total / 10))
            if row.grade.passed { bins[index].passed += 1 } else { bins[index].failed += 1 }
        }
        histogram = bins

        var byPersona: [String: PersonaOutcomes] = [:]
        var order: [String] = []
        for row in rows {
            let key = row.transcript.persona.map { "\($0.id) v\($0.version)" } ?? ""
            if byPersona[key] == nil {
                let label = row.transcript.persona.map { "\($0.name) (\($0.id) v\($0.version))" } ?? "Chat logs"
                byPersona[key] = PersonaOutcomes(label: label)
                order.append(key)
            }
            byPersona[key]!.count += 1
            byPersona[key]!.totalSum += Self.bounded(row.grade.total)
            if let outcome = row.transcript.outcome { byPersona[key]![outcome: outcome] += 1 } else { byPersona[key]!.unknown += 1 }
        }
        personas = order.sorted().map { byPersona[$0]! }
    }

    var meanTotalText: String { Self.oneDecimal(meanTotal) }

    /// The step with the lowest mean (first in LAST order on ties).
    var weakestStep: Step {
        stepMeans.min { $0.1 < $1.1 }?.0 ?? .listen
    }

    func stepMeanText(_ step: Step) -> String {
        Self.oneDecimal(stepMeans.first { $0.0 == step }?.1 ?? 0)
    }

    /// In how many transcripts `step` was that transcript's own weakest step.
    func weakestCount(_ step: Step) -> Int {
        rows.filter { $0.grade.weakestStep == step }.count
    }

    /// The feedback on `step` given in most transcripts, with the turn number and quoted words taken
    /// out so the same advice about different turns counts as one; ties go to the first seen.
    func commonFeedback(for step: Step) -> (message: String, count: Int)? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for row in rows {
            var seen: Set<String> = []
            for item in row.grade.feedback where item.step == step && item.kind == .improve {
                let key = Self.generalized(item.message)
                guard seen.insert(key).inserted else { continue }
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += 1
            }
        }
        var best: (message: String, count: Int)?
        for key in order where counts[key]! > (best?.count ?? 0) { best = (key, counts[key]!) }
        return best
    }

    /// "In your 3rd reply ("I can refund it") you offered a fix before …" → "In a reply ("…") you
    /// offered a fix before …": reply numbers and quoted words taken out, so the same advice about
    /// different replies counts as one. (A stored grade's older "Turn 3: …" prefix goes too.)
    static func generalized(_ message: String) -> String {
        var text = Substring(message)
        if text.hasPrefix("Turn "), let colon = text.firstIndex(of: ":"), text[text.index(text.startIndex, offsetBy: 5)..<colon].allSatisfy(\.isNumber) {
            text = text[text.index(after: colon)...].drop { $0 == " " }
        }
        var result = ""
        var inQuote = false
        for character in text {
            if character == "\"" {
                result += inQuote ? "\"" : "\"…"
                inQuote.toggle()
            } else if !inQuote {
                result.append(character)
            }
        }
        result = result.replacing(/your \d+(st|nd|rd|th) reply/) { _ in "a reply" }
        guard let first = result.first else { return result }
        return first.uppercased() + result.dropFirst()
    }

    /// A score held to 0–100.
    static func bounded(_ score: Int) -> Int { min(100, max(0, score)) }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((min(1e15, max(-1e15, value.isNaN ? 0 : value)) * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}

extension CohortSummary.PersonaOutcomes {
    subscript(outcome outcome: Outcome) -> Int {
        get { outcomes[outcome] ?? 0 }
        set { outcomes[outcome] = newValue }
    }
}
