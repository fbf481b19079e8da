import DeescalateKit
import Foundation

/// `personas test` and `personas check`: running persona tests and proofs, rendered like a test runner.
extension PersonaTools {
    func test(_ ids: [String]) -> ExitCode {
        guard let contents = loadFolder(), let folder else { return .failure }
        guard let chosen = select(ids, from: contents.personas, failures: contents.failures) else { return .failure }
        let testFiles = Self.sources(inFolder: folder).filter(\.isTestFile)
        var suites: [(path: String, suite: PersonaTestSuite)] = []
        var failed = false
        for source in testFiles {
            let (suite, diagnostics) = PersonaTestSuite.decode(source.bytes ?? [])
            for diagnostic in diagnostics { console.error(diagnostic.formatted(file: source.path)) }
            if let suite {
                suites.append((source.path, suite))
            } else {
                failed = true
            }
        }
        // A test whose persona did not load says why, rather than being passed over in silence.
        for (path, suite) in suites where !contents.personas.contains(where: { $0.persona.id == suite.personaID })
            && (ids.isEmpty || ids.contains(suite.personaID)) {
            failed = true
            if let failure = contents.failures.first(where: { $0.isFile(ofPersona: suite.personaID) }) {
                console.error("\(path): error: \(failure.doesNotLoadSummary(id: suite.personaID))")
            } else {
                let known = contents.personas.map(\.persona.id)
                let suggestion = SpellingSuggestion.closest(to: suite.personaID, among: known)
                console.error("\(path): error: no persona '\(suite.personaID)' in \(PersonaFolder.displayPath(folder))"
                              + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
            }
        }
        var passed = 0, total = 0
        for entry in chosen {
            let persona = entry.persona
            let mine = suites.filter { $0.suite.personaID == persona.id }
            if mine.isEmpty {
                if !ids.isEmpty {
                    console.error("error: no tests for persona '\(persona.id)' (expected \(persona.id).tests.json beside it)")
                    failed = true
                }
                continue
            }
            let runner = PersonaTestRunner(persona: persona)
            for (path, suite) in mine {
                console.line(console.styled("\(persona.id)", .bold) + console.styled("  (\(SafeText.sanitized(path)))", .dim))
                for result in runner.run(suite) {
                    total += 1
                    if result.passed {
                        passed += 1
                        console.line("  " + console.styled("✔", .green) + " \(SafeText.sanitized(result.name))")
                        continue
                    }
                    failed = true
                    console.line("  " + console.styled("✘", .red) + " \(SafeText.sanitized(result.name))")
                    for failure in result.failures {
                        console.message("      \(failure.what): expected \(failure.expected)")
                        console.message("      \(String(repeating: " ", count: failure.what.count))  actual   \(failure.actual)")
                    }
                    for line in result.excerpt { console.line("        | \(SafeText.sanitized(line))") }
                }
            }
        }
        let failures = total - passed
        console.line("\(total) test\(total == 1 ? "" : "s"), \(passed) passed, \(failures) failed")
        if total == 0, !failed { console.line("note: no persona tests found (write <id>.tests.json beside the personas)") }
        return failed ? .failure : .success
    }

    func check(_ ids: [String], depth: Int) -> ExitCode {
        guard let contents = loadFolder(), let chosen = select(ids, from: contents.personas, failures: contents.failures) else { return .failure }
        guard !chosen.isEmpty else {
            console.error("error: no persona to check")
            return .failure
        }
        var failed = false
        for entry in chosen {
            let start = DispatchTime.now().uptimeNanoseconds
            let id = entry.persona.id
            let report = PersonaChecker(persona: entry.persona, depth: depth).check { progress in
                console.status("checking \(id): \(progress.search) search, depth \(progress.depth) of \(progress.of), \(progress.states) states")
            }
            console.status("")
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            render(report, milliseconds: milliseconds)
            if !report.passed { failed = true }
        }
        return failed ? .failure : .success
    }

    private func render(_ report: PersonaCheckReport, milliseconds: Double) {
        let exhaustive = report.depth < report.turnLimit ? "depth \(report.depth) of turn limit \(report.turnLimit)" : "depth \(report.depth) = turn limit"
        console.line(console.styled(report.personaID, .bold)
                     + String(format: ": %@, %d states explored, %.0f ms", exhaustive, report.statesExplored, milliseconds))
        if let capped = report.proofDepth {
            console.line("  " + console.styled("note:", .bold) + " the search reached its limit of \(PersonaChecker.defaultStateBudget) states; proofs are exhaustive only to depth \(capped) (try a smaller --depth)")
        } else {
            console.line("  proofs exhaustive to depth \(report.depth)"
                         + (report.proofsAreExact ? " (exact search)" : " (states merged by least/most frustration, which is sound for them)"))
        }
        for mismatch in report.mismatches {
            if mismatch.isRequired {
                console.line("  " + console.styled("internal error:", .boldRed) + " the analyzer no longer reads the canonical '\(mismatch.move)' line \"\(mismatch.line)\" as \(mismatch.move) (\(mismatch.reason)); the proofs need it — update CheckMove.swift")
            } else {
                console.line("  note: '\(mismatch.move)' left out: the analyzer reads \"\(mismatch.line)\" differently (\(mismatch.reason))")
            }
        }
        proof(report.isWinnable, "winnable: a LAST path resolves" + (report.lastPath.map { " in \(Self.turns($0.count)): " + $0.map(\.move).joined(separator: " → ") } ?? ""),
              otherwise: "cannot be won: no LAST-following path resolves within \(report.depth) turns")
        proof(report.isLosable, "losable: a path escalates" + (report.escalatingPath.map { " in \(Self.turns($0.count)): " + $0.map(\.move).joined(separator: " → ") } ?? ""),
              otherwise: "cannot be lost: no path escalates within \(report.depth) turns")
        proof(report.stuffingNeverResolves, "sarcastic stuffing never resolves",
              otherwise: "sarcastic stuffing resolves: " + (report.stuffingResolvingPath?.map(\.move).joined(separator: " → ") ?? ""))
        if let path = report.shortestResolvingPath {
            console.line("  shortest resolving path (\(path.count) turn\(path.count == 1 ? "" : "s")):")
            for (index, step) in path.enumerated() {
                console.line("    \(index + 1). \(step.move): \"\(SafeText.sanitized(step.line))\" → frustration \(step.frustration)")
            }
        }
        var never: [String] = report.unreachedSituations.map { "lines.\($0.rawValue)" }
        never += report.unreachedMoodLines.map { "lines.\($0.situation.rawValue).\($0.mood.rawValue)" }
        never += report.unreachedTriggers.map { "trigger \($0) (no move class says its words)" }
        never += report.unrevealedFacts.map { "fact \($0)" }
        let scope = report.coverageDepth >= report.depth
            ? "exact to depth \(report.depth)"
            : "exact to depth \(report.coverageDepth); deeper, only what the proof searches reached"
        console.line("  coverage (\(scope)):")
        if !never.isEmpty { console.message("  never reached: " + never.joined(separator: ", ")) }
        let range = report.frustrationRange
        console.line("  frustration reached: \(range.lowerBound)–\(range.upperBound) of 0–100"
                     + (report.unreachedMoods.isEmpty ? "" : "; moods never reached: \(report.unreachedMoods.map(\.rawValue).joined(separator: ", "))"))
    }

    private func proof(_ holds: Bool, _ text: String, otherwise: String) {
        if holds {
            console.line("  " + console.styled("✔", .green) + " " + text)
        } else {
            console.line("  " + console.styled("✘", .red) + " " + otherwise)
        }
    }

    /// "1 turn", "3 turns".
    static func turns(_ count: Int) -> String { count == 1 ? "1 turn" : "\(count) turns" }
}
