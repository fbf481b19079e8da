import Foundation
import Testing
@testable import DeescalateKit

/// `personas lint` on broken files: exact FILE:LINE:COLUMN output, and never a crash.
@Suite struct PersonaLintTests {
    static let fixture: String = {
        let url = Bundle.module.url(forResource: "Fixtures/personas/test-parcel", withExtension: "json")!
        return try! String(contentsOf: url, encoding: .utf8)
    }()

    static func lint(_ text: String, path: String = "p.json") -> [String] {
        PersonaLinter().lint([.init(path: path, bytes: Array(text.utf8))]).findings.map(\.formatted)
    }

    @Test(arguments: [
        ("syntax", "{\n  \"id\": \"x\",\n  \"name\" \"y\"\n}", "p.json:3:10: error: syntax error"),
        ("typo", fixture.replacingOccurrences(of: "turnLimit:", with: "turnLimti:"), "error: unknown field 'turnLimti' (did you mean 'turnLimit'?)"),
        ("wrong type", fixture.replacingOccurrences(of: "version: 1,", with: "version: \"one\","), "p.json:5:12: error: 'version' must be a number, found string"),
        ("range", fixture.replacingOccurrences(of: "patience: 3", with: "patience: 0"), "error: 'temperament.patience' is 0, but must be between 1 and 50"),
        ("placeholder", fixture.replacingOccurrences(of: "{trainee}", with: "{trainer}"), "error: unknown placeholder {trainer}"),
        ("missing line set", fixture.replacingOccurrences(of: "    unclear: [\"What?\", \"I don't follow.\"],\n", with: ""), "error: missing line set 'lines.unclear'"),
        ("empty", "  \n", "p.json:1:1: error: the file is empty"),
    ])
    func brokenFilesAreLocated(name: String, text: String, expected: String) {
        let output = Self.lint(text)
        #expect(output.contains { $0.contains(expected) }, "\(name): \(output)")
    }

    @Test func binaryIsAnErrorAtTheLineOfItsFirstNulByte() {
        let result = PersonaLinter().lint([.init(path: "b.json", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0A, 0, 1, 2])])
        #expect(result.findings.first?.formatted.hasPrefix("b.json:2:1: error: the file is binary") == true,
                "\(result.findings.map(\.formatted))")
        #expect(result.hasErrors)
    }

    @Test func duplicateIDsNameBothFiles() {
        let bytes = Array(Self.fixture.utf8)
        let result = PersonaLinter().lint([.init(path: "a.json", bytes: bytes), .init(path: "b.json", bytes: bytes)])
        let lines = result.findings.filter(\.isError).map(\.formatted)
        #expect(lines == ["b.json:4:7: error: duplicate persona id \"test-parcel\", also used by a.json:4:7\n  hint: give each persona its own id"])
    }

    @Test func warningsOnlyDoNotFail() {
        let result = PersonaLinter().lint([.init(path: "test-parcel.json", bytes: Array(Self.fixture.utf8))])
        #expect(!result.hasErrors)
        #expect(result.findings.contains { $0.formatted.contains("warning: line set 'lines.boundaryRespected' has a single variant") })
    }

    @Test func testFileReferencesAreChecked() {
        let tests = #"{ persona: "test-parcel", tests: [ { name: "x", lines: ["hi"], expect: { accepted: "refund", revealed: ["dates"], outcme: "resolved" } } ] }"#
        let result = PersonaLinter().lint([.init(path: "test-parcel.json", bytes: Array(Self.fixture.utf8)),
                                           .init(path: "t.tests.json", bytes: Array(tests.utf8))])
        let lines = result.findings.filter { $0.file == "t.tests.json" }.map(\.formatted)
        #expect(lines.contains { $0.contains("unknown field 'tests[0].expect.outcme' (did you mean 'outcome'?)") }, "\(lines)")
        let references = PersonaLinter().lint([.init(path: "test-parcel.json", bytes: Array(Self.fixture.utf8)),
                                               .init(path: "t.tests.json", bytes: Array(tests.replacingOccurrences(of: "outcme", with: "outcome").utf8))])
        let referenceLines = references.findings.filter { $0.file == "t.tests.json" }.map(\.formatted)
        #expect(referenceLines.contains { $0.contains("refers to no resolution \"refund\"") })
        #expect(referenceLines.contains { $0.contains("refers to no fact \"dates\"") && $0.contains("did you mean 'date'") })
    }

    @Test func neverCrashesOnRandomOrTruncatedBytes() {
        var random = SeededRandom(seed: 42)
        for length in [0, 1, 7, 64, 500] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                _ = PersonaLinter().lint([.init(path: "r.json", bytes: bytes), .init(path: "r.tests.json", bytes: bytes)])
            }
        }
        let full = Array(Self.fixture.utf8)
        for end in stride(from: 0, to: full.count, by: 50) {
            let result = PersonaLinter().lint([.init(path: "t.json", bytes: Array(full[..<end]))])
            #expect(result.hasErrors)
        }
    }

    static let tests = #"{ persona: "test-parcel", tests: [ { name: "x", lines: ["hi"], expect: { accepted: "refund" } } ] }"#

    @Test func aTestFileAloneIsCheckedAgainstThePersonaBesideIt() {
        let beside = PersonaLinter.Source(path: "mine/test-parcel.json", bytes: Array(Self.fixture.utf8))
        let elsewhere = PersonaLinter.Source(path: "shipped/test-parcel.json",
                                             bytes: Array(Self.fixture.replacingOccurrences(of: "id: \"refund-shipping\"", with: "id: \"refund\"").utf8))
        let test = PersonaLinter.Source(path: "mine/test-parcel.tests.json", bytes: Array(Self.tests.utf8))
        // Given in either order, the persona beside the test file is the one it is checked against.
        for references in [[beside, elsewhere], [elsewhere, beside]] {
            let lines = PersonaLinter(references: references).lint([test]).findings.map(\.formatted)
            #expect(lines.contains { $0.contains("refers to no resolution \"refund\" of persona 'test-parcel'") }, "\(lines)")
            #expect(lines.allSatisfy { $0.hasPrefix("mine/test-parcel.tests.json") }, "reference files are not linted themselves: \(lines)")
        }
        let elsewhereOnly = PersonaLinter(references: [elsewhere]).lint([test])
        #expect(!elsewhereOnly.hasErrors, "\(elsewhereOnly.findings.map(\.formatted))")
    }

    @Test(arguments: [("parses", "patience: 3", "patience: 0", "error: 'temperament.patience' is 0, but must be between 1 and 50"),
                      ("does not parse", "version: 1,", "version: 1", "error: syntax error")])
    func aPersonaThatDoesNotLoadIsNamedWithItsFirstError(name: String, original: String, replacement: String, cause: String) {
        let broken = Self.fixture.replacingOccurrences(of: original, with: replacement)
        #expect(broken != Self.fixture)
        let persona = PersonaLinter.Source(path: "p/test-parcel.json", bytes: Array(broken.utf8))
        let test = PersonaLinter.Source(path: "p/test-parcel.tests.json", bytes: Array(Self.tests.utf8))
        for result in [PersonaLinter(references: [persona]).lint([test]), PersonaLinter().lint([persona, test])] {
            let lines = result.findings.filter { $0.file == test.path }.map(\.formatted)
            #expect(lines.count == 1, "\(name): \(lines)")
            #expect(lines.first?.hasPrefix("p/test-parcel.tests.json:1:12: error: persona 'test-parcel' in p/test-parcel.json does not load: p/test-parcel.json:") == true,
                    "\(name): \(lines)")
            #expect(lines.first?.contains(cause) == true, "\(name): \(lines)")
        }
    }

    @Test func aMissingPersonaSaysWhereItLooked() {
        let test = PersonaLinter.Source(path: "t/x.tests.json", bytes: Array(Self.tests.replacingOccurrences(of: "test-parcel", with: "test-parcle").utf8))
        let lines = PersonaLinter(references: [.init(path: "t/test-parcel.json", bytes: Array(Self.fixture.utf8))]).lint([test]).findings.map(\.formatted)
        #expect(lines.first?.contains("no persona with id \"test-parcle\" beside this file or among the files linted (did you mean 'test-parcel'?)") == true, "\(lines)")
    }

    @Test func aSchemaFileIsCheckedForSyntaxOnly() {
        let schema = #"{ "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": {} }"#
        #expect(PersonaLinter().lint([.init(path: "Personas/persona.schema.json", bytes: Array(schema.utf8))]).findings.isEmpty)
        let broken = PersonaLinter().lint([.init(path: "persona.schema.json", bytes: Array("{ \"type\": ".utf8))]).findings.map(\.formatted)
        #expect(broken.count == 1 && broken[0].hasPrefix("persona.schema.json:1:11: error: syntax error"), "\(broken)")
    }

    @Test func theStarterPersonaAndItsStarterTestsLintCleanAndPass() throws {
        let persona = PersonaLinter.Source(path: "new-one.json", bytes: Array(PersonaTemplate.text(id: "new-one").utf8))
        let tests = PersonaLinter.Source(path: "new-one.tests.json", bytes: Array(PersonaTemplate.testsText(id: "new-one").utf8))
        let result = PersonaLinter().lint([persona, tests])
        #expect(result.findings.isEmpty, "\(result.findings.map(\.formatted))")
        let (suite, diagnostics) = PersonaTestSuite.decode(Array(PersonaTemplate.testsText(id: "new-one").utf8))
        #expect(diagnostics.isEmpty)
        let loaded = try Persona(parsing: persona.bytes ?? [])
        let results = PersonaTestRunner(persona: loaded).run(try #require(suite))
        #expect(results.count == 3)
        for failing in results where !failing.passed { Issue.record("\(failing.name): \(failing.failures)") }
    }

    @Test func aFractionSaysWhichNumberItFound() {
        let tests = Self.tests.replacingOccurrences(of: "accepted: \"refund\"", with: "frustrationAtMost: { turn: 2.5, value: 40 }")
        let lines = PersonaLinter().lint([.init(path: "test-parcel.json", bytes: Array(Self.fixture.utf8)),
                                          .init(path: "test-parcel.tests.json", bytes: Array(tests.utf8))]).findings.filter(\.isError).map(\.formatted)
        #expect(lines == ["test-parcel.tests.json:1:101: error: 'tests[0].expect.frustrationAtMost.turn' must be a whole number, found 2.5"], "\(lines)")
    }
}
