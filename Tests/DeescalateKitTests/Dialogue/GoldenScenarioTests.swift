import Foundation
import Testing
@testable import DeescalateKit

/// Golden scenarios: for every persona, a script of trainee lines (`Fixtures/scenarios/ID.txt`)
/// beside the transcript it must produce (`ID.expected.json`). Any change in the engine, the
/// analyzer, the scorer or the persona shows up here as a diff.
///
/// Re-record after an intended change with `DEESCALATE_RECORD=1 swift test --filter GoldenScenario`,
/// and explain the differences in the commit.
@Suite struct GoldenScenarioTests {
    static let scenarios = Fixtures.folder.appendingPathComponent("scenarios")
    static let seed: UInt64 = 1

    /// Every shipped persona plus the test fixture persona.
    static func personas() throws -> [Persona] {
        let shipped = try PersonaFolder(url: Fixtures.packageRoot.appendingPathComponent("Personas")).load()
        return try [Fixtures.testParcel()] + shipped.personas.map(\.persona)
    }

    static var personaIDs: [String] { ((try? personas()) ?? []).map(\.id) }

    @Test(arguments: personaIDs)
    func scenarioMatchesItsGoldenTranscript(id: String) throws {
        let persona = try #require(try Self.personas().first { $0.id == id })
        let scriptURL = Self.scenarios.appendingPathComponent("\(id).txt")
        let expectedURL = Self.scenarios.appendingPathComponent("\(id).expected.json")
        let script = try #require(try? String(contentsOf: scriptURL, encoding: .utf8),
                                  "every persona needs a golden scenario script at \(scriptURL.path)")
        var conversation = Conversation.replaying(TraineeScript.replies(in: script), persona: persona, seed: Self.seed, trainee: "Golden")
        _ = conversation.finish()
        var transcript = conversation.transcript(startedAt: nil, endedAt: nil)
        transcript.grade = Scorer().grade(transcript)
        let actual = transcript.jsonValue().serialized(pretty: true) + "\n"

        if ProcessInfo.processInfo.environment["DEESCALATE_RECORD"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: expectedURL, encoding: .utf8),
                                    "no golden transcript yet: run DEESCALATE_RECORD=1 swift test --filter GoldenScenario")
        #expect(actual == expected, "\(id): the conversation changed; first difference: \(Self.firstDifference(actual, expected))")
    }

    /// The first line that differs, for a readable failure.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < e.count ? String(e[index]) : "<end>"
            if left != right { return "line \(index + 1): got \(left.trimmingCharacters(in: .whitespaces)) expected \(right.trimmingCharacters(in: .whitespaces))" }
        }
        return "none"
    }
}
