import DeescalateKit
import Foundation

/// `personas check` per persona at depth 8: states explored and milliseconds, in-process (start-up
/// excluded), best of three runs. Target: under one second per persona. Then generated personas
/// with 24 and 40 resolutions (the shape that once took 20 s and 0.9 GB, and past 90 s and 3 GB):
/// equivalent offers merge, so their cost should not grow with the number of resolutions.
struct CheckBenchmark: Benchmark {
    let name = "check"

    func run() -> [String] {
        let folder = ProcessInfo.processInfo.environment["DEESCALATE_PERSONAS"].map { URL(fileURLWithPath: $0) }
            ?? Measure.packageRoot.appendingPathComponent("Personas")
        guard let contents = try? PersonaFolder(url: folder).load(), !contents.personas.isEmpty else {
            return ["no personas in \(folder.path)"]
        }
        var results: [String] = []
        var slowest = 0.0
        for persona in contents.personas.map(\.persona) {
            let (line, seconds) = measure(persona)
            results.append(line)
            slowest = max(slowest, seconds)
        }
        results.append(String(format: "slowest shipped persona: %.1f ms (target < 1000 ms)", slowest * 1e3))
        for count in [24, 40] {
            do {
                let persona = try Persona(parsing: Array(Self.generated(resolutions: count).utf8), file: "generated-\(count).json")
                results.append(measure(persona).line)
            } catch {
                results.append("generated persona with \(count) resolutions does not load: \(error.localizedDescription)")
            }
        }
        return results
    }

    private func measure(_ persona: Persona) -> (line: String, seconds: Double) {
        var report: PersonaCheckReport?
        var best = Double.infinity
        for _ in 0..<3 {
            best = min(best, Measure.seconds { report = PersonaChecker(persona: persona, depth: 8).check() })
        }
        guard let report else { return ("\(persona.id): no report", best) }
        let shortest = report.shortestResolvingPath.map { "\($0.count) turns" } ?? "none"
        let line = String(format: "%@ (%d resolutions): depth %d, %d states, %d transitions, %.1f ms, coverage exact to depth %d, shortest resolving path %@, %@",
                          report.personaID, persona.resolutions.count, report.depth, report.statesExplored, report.transitions, best * 1e3,
                          report.coverageDepth, shortest, report.passed ? "proofs hold" : "FAILS")
        return (line, best)
    }

    /// A lint-clean persona with `count` resolutions, every third one acceptable.
    static func generated(resolutions count: Int) -> String {
        let resolutions = (1...count).map { index in
            """
            { "id": "plan-\(index)", "offer": ["service plan \(index)", "plan \(index) upgrade"], "acceptable": \(index % 3 == 0),
              "says": ["Plan \(index)? \(index % 3 == 0 ? "Yes, that works." : "No, that's no use to me.")", "\(index % 3 == 0 ? "Fine, plan \(index) it is." : "Not plan \(index), no.")"] }
            """
        }.joined(separator: ",\n")
        let lines = Situation.allCases.filter { $0 != .abusive }.map { "\"\($0.rawValue)\": [\"\($0.rawValue) one.\", \"\($0.rawValue) two.\", \"\($0.rawValue) three.\"]" }
            .joined(separator: ",\n")
        return """
        {
          "format": 2, "id": "generated-\(count)", "version": 1, "name": "Gen Erated", "difficulty": "medium",
          "scenario": "A customer whose service plan lapsed, with \(count) plans the trainee could offer.",
          "grievance": { "summary": "A lapsed plan.", "facts": [
            { "id": "lapsed", "summary": "The plan lapsed", "says": ["My plan lapsed.", "It just lapsed."] },
            { "id": "no-warning", "summary": "Nobody warned them", "says": ["Nobody warned me.", "No warning at all."] },
            { "id": "cost", "summary": "It cost them money", "says": ["It cost me forty pounds.", "That was forty pounds."] } ] },
          "temperament": { "startingFrustration": 65, "calmAt": 30, "escalateAt": 92, "ventingNeeded": 2, "patience": 4 },
          "triggers": [ { "id": "policy", "words": ["policy"], "change": 10, "says": ["Not policy.", "Spare me the policy."] } ],
          "resolutions": [
        \(resolutions)
          ],
          "lines": {
        \(lines)
          },
          "turnLimit": 14,
        }
        """
    }
}
