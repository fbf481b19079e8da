import DeescalateKit
import Foundation

/// One engine step (analysis, reaction, reply) at p99, and a 200-line scripted session through the
/// binary including start-up. Targets: under 1 ms per step at p99; under 150 ms per session.
struct EngineBenchmark: Benchmark {
    let name = "engine"

    func run() -> [String] {
        let folder = Measure.packageRoot.appendingPathComponent("Personas")
        guard let contents = try? PersonaFolder(url: folder).load(), !contents.personas.isEmpty else {
            return ["no personas in \(folder.path)"]
        }
        let lines = Self.traineeLines
        var samples: [Double] = []
        var pasteSamples: [Double] = []
        for entry in contents.personas {
            for seed in 0..<50 {
                var conversation = Conversation(persona: entry.persona, seed: UInt64(seed))
                _ = conversation.start()
                for index in 0..<200 {
                    if conversation.state.isEnded { conversation = Conversation(persona: entry.persona, seed: UInt64(seed + index)); _ = conversation.start() }
                    let line = lines[(index + seed) % lines.count]
                    let seconds = Measure.seconds { _ = conversation.submit(line) }
                    if line.utf8.count > 1_000 { pasteSamples.append(seconds) } else { samples.append(seconds) }
                }
            }
        }
        var results = [
            String(format: "engine step, typical replies: %d steps, p50 %.1f µs, p99 %.1f µs, max %.1f µs (target p99 < 1000 µs)",
                   samples.count, Measure.percentile(samples, 50) * 1e6, Measure.percentile(samples, 99) * 1e6,
                   (samples.max() ?? 0) * 1e6),
            String(format: "engine step, a 5.5 KB paste: %d steps, p50 %.1f µs, p99 %.1f µs",
                   pasteSamples.count, Measure.percentile(pasteSamples, 50) * 1e6, Measure.percentile(pasteSamples, 99) * 1e6),
        ]
        let script = (0..<200).map { lines[$0 % lines.count] }.joined(separator: "\n") + "\n"
        let scriptURL = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-bench-script.txt")
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-bench-out")
        try? script.write(to: scriptURL, atomically: true, encoding: .utf8)
        let persona = contents.personas.max { $0.persona.turnLimit < $1.persona.turnLimit }!.persona
        var wall: [Double] = []
        for run in 0..<10 {
            let result = Measure.runProcess(Measure.binary.path, [
                "practice", "--persona", persona.id, "--seed", "\(run)", "--script", scriptURL.path,
                "--personas", folder.path, "--out", outURL.path, "--format", "json",
            ])
            if result.status != 0 { return results + ["scripted session failed with status \(result.status)"] }
            wall.append(result.seconds)
        }
        try? FileManager.default.removeItem(at: outURL)
        results.append(String(format: "200-line scripted session via the binary: median %.1f ms, max %.1f ms (target < 150 ms)",
                              Measure.percentile(wall, 50) * 1e3, (wall.max() ?? 0) * 1e3))
        return results
    }

    /// A mix of good, harmful and neutral replies, so every branch of the engine is timed.
    static let traineeLines = [
        "What happened when you tried to call us?", "I'm so sorry, that must have been really frustrating.",
        "So the order came late and nobody told you, is that right?", "I'll refund the delivery charge today.",
        "Thank you for your patience.", "That's just our policy.", "Calm down.", "ok", "",
        "You should have read the email.", "I can't do Friday, but I can have someone there Monday by noon.",
        "Oh I'm SO sorry, thank you SO much for yelling at me", String(repeating: "long paste ", count: 500),
    ]
}
