import Foundation
import Testing
@testable import DeescalateKit

/// `personas check`, the test runner, the template and the schema.
@Suite struct PersonaCheckTests {
    static let fixture = try! Persona(parsing: Array(PersonaLintTests.fixture.utf8))

    @Test func fixtureIsWinnableLosableAndStuffingNeverResolves() {
        let report = PersonaChecker(persona: Self.fixture, depth: 5).check()
        #expect(report.internalErrors.isEmpty, "\(report.mismatches)")
        #expect(report.isWinnable)
        #expect(report.isLosable)
        #expect(report.stuffingNeverResolves)
        #expect(report.shortestResolvingPath != nil)
        #expect(report.passed)
    }

    @Test func unwinnablePersonaFails() {
        var persona = Self.fixture
        persona.temperament = Temperament(startingFrustration: 90, calmAt: 10, escalateAt: 95, ventingNeeded: 6, patience: 2)
        persona.reactions = Reactions(overrides: ["solution-before-heard": 60, "listen": -1, "apologize": -1])
        let report = PersonaChecker(persona: persona, depth: 4).check()
        #expect(!report.isWinnable)
        #expect(!report.passed)
    }

    @Test func starterTemplateLintsCleanAndPassesCheck() throws {
        let text = PersonaTemplate.text(id: "starter")
        let result = PersonaLinter().lint([.init(path: "starter.json", bytes: Array(text.utf8))])
        #expect(result.findings.isEmpty, "\(result.findings.map(\.formatted))")
        let persona = try #require(result.personas.first?.persona)
        #expect(PersonaChecker(persona: persona, depth: 5).check().passed)
    }

    @Test func testRunnerReportsPassAndFail() throws {
        let url = Bundle.module.url(forResource: "Fixtures/personas/test-parcel.tests", withExtension: "json")!
        let (suite, diagnostics) = PersonaTestSuite.decode(Array(try Data(contentsOf: url)))
        #expect(diagnostics.isEmpty)
        let results = PersonaTestRunner(persona: Self.fixture).run(try #require(suite))
        let allPassed = results.allSatisfy { $0.passed }
        #expect(allPassed, "\(results)")
        let failing = PersonaTestCase(name: "wrong", seed: nil, lines: ["Calm down."],
                                      expect: PersonaTestExpectation(outcome: .resolved, frustrationAtMost: [.init(turn: 1, value: 10)]))
        let result = PersonaTestRunner(persona: Self.fixture).run(failing, seed: 1)
        #expect(!result.passed)
        #expect(result.failures.map(\.what) == ["outcome", "frustration at most 10 at turn 1"])
        #expect(result.excerpt.contains { $0.contains("T1 trainee:  Calm down.") })
    }

    /// Every property in the schema decodes, and every key the decoder asks for is in the schema.
    @Test func schemaAndDecoderAgree() throws {
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Personas/persona.schema.json")
        let schema = try JSONParser.parse(Array(try Data(contentsOf: schemaURL)))
        var schemaKeys: [String: Set<String>] = [:]
        func walk(_ node: JSONNode, _ path: String) {
            if let ref = node["$ref"]?.string, let name = ref.split(separator: "/").last { walk(schema["$defs"]![String(name)]!, path); return }
            for option in node["oneOf"]?.array ?? [] { walk(option, path) }
            if let items = node["items"] { walk(items, path + "[]") }
            if let properties = node["properties"]?.members {
                schemaKeys[path, default: []].formUnion(properties.map(\.key))
                for property in properties { walk(property.value, path.isEmpty ? property.key : "\(path).\(property.key)") }
            }
        }
        walk(schema, "")
        // A persona using every field: the fixture plus needsBoundary, abusive lines and a mood-keyed set.
        let full = PersonaLintTests.fixture
            .replacingOccurrences(of: "patience: 3 }", with: "patience: 3, needsBoundary: true }")
            .replacingOccurrences(of: "    escalated:", with: "    abusive: { any: [\"a\"], calm: [\"b\"], irritated: [\"c\"], angry: [\"d\"], furious: [\"e\"] },\n    escalated:")
            .replacingOccurrences(of: "{\n  format: 1,", with: "{\n  \"$schema\": \"./persona.schema.json\",\n  format: 1,")
        // ... and a format 2 persona using every field format 2 added.
        let formatTwo = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Personas/prescription-delay.json"), encoding: .utf8)
        var decoderKeys: [String: Set<String>] = [:]
        for text in [full, formatTwo] {
            let bytes = Array(text.utf8)
            let reader = DocumentReader(bytes: bytes)
            var decoder = PersonaDecoder(reader: reader)
            _ = decoder.decode(try JSONParser.parse(bytes, json5: true))
            #expect(!reader.hasErrors, "\(reader.diagnostics)")
            decoderKeys.merge(reader.keysAsked) { $0.union($1) }
        }
        decoderKeys["reactions"] = Set(Reactions.validKeys)
        for path in Set(schemaKeys.keys).union(decoderKeys.keys) where !path.hasPrefix("lines.") || path == "lines.abusive" {
            let schemaSide = schemaKeys[path] ?? []
            let decoderSide = decoderKeys[path] ?? []
            #expect(schemaSide == decoderSide, "\(path): schema only \(schemaSide.subtracting(decoderSide).sorted()), decoder only \(decoderSide.subtracting(schemaSide).sorted())")
        }
    }

    /// Offers that act alike merge: forty resolutions explore no more states than two, so any
    /// lint-clean persona checks in bounded time and memory. Progress is reported per depth.
    @Test func manyResolutionsCostNoMoreThanAFew() throws {
        let few = try Fixtures.testParcel()
        var many = few
        many.resolutions += (1...40).map { index in
            Resolution(id: "plan-\(index)", offer: ["service plan \(index)"], acceptable: index % 3 == 0, says: ["Plan \(index)."])
        }
        var depths: [Int] = []
        let report = PersonaChecker(persona: many).check { depths.append($0.depth) }
        #expect(report.passed)
        #expect(report.proofDepth == nil)
        #expect(report.statesExplored == PersonaChecker(persona: few).check().statesExplored)
        #expect(!depths.isEmpty)
    }

    /// Past the state budget a search stops at a whole depth, and the report says how deep it went.
    @Test func theStateBudgetStopsASearchAtAWholeDepth() throws {
        let report = PersonaChecker(persona: try Fixtures.testParcel(), stateBudget: 500).check()
        #expect(report.coverageDepth < report.depth)
        #expect(report.passed, "the proofs stop at their first resolution and escalation, well inside the budget")
    }
}
