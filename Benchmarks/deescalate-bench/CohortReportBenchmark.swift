import DeescalateKit
import Foundation

/// A cohort report of 1,000 synthetic graded transcripts: time to render the HTML page and its size.
/// Targets: under 1 s and under 5 MB. Set DEESCALATE_BENCH_HTML=PATH to keep the page for a look.
struct CohortReportBenchmark: Benchmark {
    let name = "cohort-report"

    func run() -> [String] {
        let rows = Self.syntheticRows(count: 1000)
        var html = ""
        var samples: [Double] = []
        for _ in 0..<5 {
            samples.append(Measure.seconds { html = CohortReport(rows: rows, title: "Cohort of 1,000").html() })
        }
        if let path = ProcessInfo.processInfo.environment["DEESCALATE_BENCH_HTML"] {
            try? html.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let statements = Measure.seconds {
            _ = XAPIStatement.jsonLines(rows, actor: .account(homePage: "https://lms.example.com"))
        }
        return [
            String(format: "cohort report of %d transcripts: median %.1f ms, max %.1f ms (target < 1000 ms)",
                   rows.count, Measure.percentile(samples, 50) * 1e3, (samples.max() ?? 0) * 1e3),
            String(format: "cohort report size: %.2f MB (target < 5 MB)", Double(html.utf8.count) / 1_000_000),
            String(format: "xAPI statements for %d transcripts: %.1f ms", rows.count, statements * 1e3),
        ]
    }

    /// Rows with varied personas, trainees, outcomes and scores, from a fixed seed.
    static func syntheticRows(count: Int) -> [GradedTranscript] {
        var random = SeededRandom(seed: 2026)
        let personas = [
            PersonaReference(id: "late-parcel", version: 3, name: "Dana Whitfield", calmAt: 35, escalateAt: 95),
            PersonaReference(id: "billing-error", version: 2, name: "Marcus Bell", calmAt: 30, escalateAt: 90),
            PersonaReference(id: "gym-cancellation", version: 1, name: "Priya Nair", calmAt: 40, escalateAt: 95),
        ]
        let names = ["Alex", "Sam", "Jordan", "Taylor", "Chris", "Robin", "Kim", "Lee", "Morgan", "Noor", "Zoë", "Ana"]
        let advice: [Step: [String]] = [
            .listen: ["you offered \"a refund\" before the customer felt heard. Ask what happened and reflect it back first.",
                      "Ask an open question (\"What happened when…?\") and summarise what you heard before solving."],
            .apologize: ["Apologise for the experience early and name the feeling."],
            .solve: ["make the offer concrete — a step, an owner and a time."],
            .thank: ["Close by thanking the customer — for their patience, or for raising it."],
        ]
        return (0..<count).map { index in
            let persona = personas[index % personas.count]
            var steps: [Step: Int] = [:]
            for step in Step.allCases { steps[step] = Int(random.next() % 101) }
            let total = (steps[.listen]! * 30 + steps[.apologize]! * 25 + steps[.solve]! * 30 + steps[.thank]! * 15) / 100
            let outcome: Outcome = total >= 60 ? .resolved : (random.next() % 3 == 0 ? .abandoned : .escalated)
            var level = 70
            var turns = [Turn(speaker: .customer, text: "Where is my parcel?", frustration: level)]
            for turn in 0..<6 {
                level = max(0, min(100, level + Int(random.next() % 21) - 12))
                turns.append(Turn(speaker: .trainee, text: "Reply \(turn)", frustration: level,
                                  moves: [Move(kind: .question, evidence: Evidence(start: 0, end: 5, words: "Reply"))]))
                turns.append(Turn(speaker: .customer, text: "Answer \(turn)", frustration: level))
            }
            let feedback = Step.allCases.sorted { steps[$0]! < steps[$1]! }.prefix(3).map { step in
                let options = advice[step]!
                let turn = Int(random.next() % 12) + 1
                return Feedback(step: step, turn: turn, message: "Turn \(turn): " + options[Int(random.next() % UInt64(options.count))])
            }
            let day = 1 + index % 28
            let transcript = Transcript(source: .simulator, persona: persona, trainee: "\(names[index % names.count]) \(index / names.count)",
                                        seed: UInt64(index), startedAt: "2026-11-\(day < 10 ? "0" : "")\(day)T10:00:00Z",
                                        endedAt: "2026-11-\(day < 10 ? "0" : "")\(day)T10:04:12Z", outcome: outcome, turns: turns)
            let grade = Grade(scorer: Scorer.version, rubric: "default 1", total: total, passed: total >= 60, steps: steps,
                              findings: [], feedback: Array(feedback))
            return GradedTranscript(source: "Transcripts/session-\(index).json", transcript: transcript, grade: grade)
        }
    }
}

/// A small seeded generator so the synthetic cohort is the same on every run.
