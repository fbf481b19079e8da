/// Persona files (`practice --personas`, `personas lint/check`): a file either fails with located
/// diagnostics or is a persona whose numbers are in range, that lints without crashing, and that a
/// conversation can be held with: frustration stays in 0...100, the conversation ends within its
/// turn limit, and its transcript grades and round-trips.
enum PersonaTarget {
    static func run(_ bytes: [UInt8]) {
        let persona: Persona
        do {
            persona = try Persona(parsing: bytes, file: "fuzz.json")
        } catch {
            for diagnostic in error.diagnostics {
                if let location = diagnostic.location { require(location.line >= 1 && location.column >= 1, "diagnostics are 1-based") }
            }
            _ = PersonaLinter().lint([.init(path: "fuzz.json", bytes: bytes)])
            return
        }
        let temperament = persona.temperament
        for (name, value) in [("startingFrustration", temperament.startingFrustration), ("calmAt", temperament.calmAt),
                              ("escalateAt", temperament.escalateAt)] {
            require((0...100).contains(value), "\(name) \(value) in 0...100")
        }
        _ = PersonaLinter().lint([.init(path: "fuzz.json", bytes: bytes)])
        EngineTarget.converse(persona, lines: ["What happened?", "I'm so sorry, that must be awful.", "Calm down.",
                                                "I will refund it today and call you tomorrow.", "Thank you for your patience."],
                              seed: UInt64(bytes.count))
    }
}
