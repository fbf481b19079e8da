import Foundation

/// What the targets need besides the fuzzed bytes: a shipped persona to talk to and a transcript to
/// grade, read once from the package (FUZZ_ROOT, set by Fuzz/run).
enum FuzzFixtures {
    nonisolated(unsafe) static var persona: Persona!
    nonisolated(unsafe) static var personas: [Persona] = []
    nonisolated(unsafe) static var transcript: Transcript!

    static func load() {
        let root = URL(fileURLWithPath: ProcessInfo.processInfo.environment["FUZZ_ROOT"] ?? FileManager.default.currentDirectoryPath)
        let folder = root.appendingPathComponent("Personas")
        for name in ["late-parcel.json", "abusive-roaming.json", "double-billing.json"] {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            do {
                personas.append(try Persona(parsing: Array(data), file: name))
            } catch {
                FileHandle.standardError.write(Data("\(error.errorDescription ?? name)\n".utf8))
            }
        }
        guard let first = personas.first else { fatalError("cannot load the shipped personas from \(folder.path); set FUZZ_ROOT") }
        persona = first
        var conversation = Conversation(persona: first, seed: 1, trainee: "fuzz")
        _ = conversation.start()
        for line in ["What happened?", "I'm so sorry, that must be frustrating.", "I will refund it today.", "Thank you."] {
            _ = conversation.submit(line)
        }
        _ = conversation.finish()
        transcript = conversation.transcript(startedAt: "2026-01-01T00:00:00Z", endedAt: "2026-01-01T00:05:00Z")
    }
}
