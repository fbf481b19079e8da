import Foundation
import Testing
@testable import DeescalateKit

/// `Personas/README.md` is what trainers write personas from, so its example and its numbers are
/// checked against the real loader and engine.
@Suite struct PersonaReadmeTests {
    static var readme: String {
        (try? String(contentsOf: ShippedPersonas.folder.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }

    /// The first fenced `json5` block after the "A complete minimal example" heading.
    static var minimalExample: String? {
        guard let heading = readme.range(of: "## A complete minimal example"),
              let open = readme.range(of: "```json5\n", range: heading.upperBound..<readme.endIndex),
              let close = readme.range(of: "\n```", range: open.upperBound..<readme.endIndex) else { return nil }
        return String(readme[open.upperBound..<close.lowerBound])
    }

    @Test func theMinimalExampleLoadsWithNoDiagnostics() throws {
        let text = try #require(Self.minimalExample)
        let (persona, diagnostics) = Persona.decode(Array(text.utf8))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(persona?.id == "cold-pizza")
    }

    /// Every row `| \`key\` | category | ±N | … |` of the reactions table matches the engine's default.
    @Test func theReactionsTableMatchesTheDefaults() {
        var documented: [String: Int] = [:]
        for line in Self.readme.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, let value = Int(cells[2].replacingOccurrences(of: "−", with: "-")
                .replacingOccurrences(of: "+", with: "")) else { continue }
            documented[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = value
        }
        let expected = Reactions.defaults
        #expect(documented == expected)
        #expect(Set(Reactions.validKeys).subtracting(["listen", "apologize", "solve", "thank", "harm"]) == Set(expected.keys))
    }

    /// The worked example, move by move, through the engine's frustration model (independent of how
    /// any analyzer words its moves).
    @Test func theWorkedExampleAddsUpAsDocumented() throws {
        let persona = try Persona(parsing: Array(try #require(Self.minimalExample).utf8))
        let turns: [(String, [MoveKind], Int, Situation)] = [
            ("What happened with your order?", [.question], 55, .heard),
            ("I'll send a new pizza right away.", [.action], 63, .solutionTooEarly),
            ("So you waited an hour and it arrived cold?", [.reflection], 56, .heard),
            ("I'm sorry, that's really frustrating on a Friday night.", [.apology, .empathy], 41, .apologyAccepted),
            ("I'll send a fresh pizza now and refund the delivery fee.", [.action], 22, .acceptedStillUpset),
            ("Thank you for your patience.", [.thanks], 19, .thanked),
        ]
        var state = ConversationState(persona: persona, seed: 1)
        #expect(state.frustration == 60)
        for (text, kinds, expected, _) in turns {
            let moves = kinds.map { Move(kind: $0, evidence: Evidence(start: 0, end: 1, words: text)) }
            let reaction = FrustrationModel(persona: persona).react(to: Analysis(text: text, moves: moves), text: text, state: &state)
            state.frustration = min(100, max(0, state.frustration + reaction.total))
            #expect(state.frustration == expected, "\(text): \(reaction.changes.map(\.description))")
        }
        #expect(state.patienceLeft == 3)
        #expect(state.acceptedResolution == "fresh-pizza")
        #expect(state.frustration <= persona.temperament.calmAt)
        #expect(persona.temperament.mood(at: 55) == .angry && persona.temperament.mood(at: 54) == .irritated)
        #expect(persona.temperament.mood(at: 73) == .furious && persona.temperament.mood(at: 72) == .angry)
    }
}
