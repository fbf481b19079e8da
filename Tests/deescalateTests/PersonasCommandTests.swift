import Foundation
import Testing

/// `deescalate personas` end to end: list, show, new, lint, test and check on the built binary.
@Suite struct PersonasCommandTests {
    static let shipped = BinaryRunner.packageRoot.appendingPathComponent("Personas")
    static let fixture = BinaryRunner.fixturePersonas.appendingPathComponent("test-parcel.json")

    private func personas(_ arguments: [String], folder: URL = shipped) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["personas"] + arguments + ["--personas", folder.path], environment: ["NO_COLOR": "1"])
    }

    @Test func listAsJSONHasIdNameAndDifficulty() throws {
        let result = try personas(["list", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(Set(items.compactMap { $0["id"] as? String }) == ["abusive-roaming", "broken-blender", "double-billing", "gym-cancellation",
                                                                     "hotel-anniversary", "late-parcel", "missed-appointment", "prescription-delay"])
        for item in items {
            #expect(item["name"] is String)
            #expect(["easy", "medium", "hard"].contains(item["difficulty"] as? String ?? ""))
        }
    }

    @Test func showPrintsTheCard() throws {
        let result = try personas(["show", "double-billing"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Temperament"))
        #expect(result.stdout.contains("policy"))
        #expect(result.stdout.contains("refund-today"))
    }

    @Test func newWritesAPersonaThatLintsAndChecksAndRefusesToOverwrite() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let created = try personas(["new", "angry-gardener", "--out", folder.path], folder: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let file = folder.appendingPathComponent("angry-gardener.json")
        #expect(FileManager.default.fileExists(atPath: file.path))
        let lint = try personas(["lint", file.path], folder: folder)
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        #expect(!lint.stdout.contains("error:") && !lint.stdout.contains("warning:"), "\(lint.stdout)")
        let check = try personas(["check", "angry-gardener", "--depth", "5"], folder: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // Its starter tests come with it, pass, and lint clean on their own (resolved beside them).
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("angry-gardener.tests.json").path))
        let test = try personas(["test", "angry-gardener"], folder: folder)
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("3 tests, 3 passed, 0 failed"), "\(test.stdout)")
        let lintTests = try BinaryRunner.run(["personas", "lint", "angry-gardener.tests.json"], directory: folder, environment: ["NO_COLOR": "1"])
        #expect(lintTests.status == 0 && lintTests.stdout.contains("0 errors, 0 warnings"), "\(lintTests.stdout)")
        let again = try personas(["new", "angry-gardener", "--out", folder.path], folder: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        let bad = try personas(["new", "Angry Gardener", "--out", folder.path], folder: folder)
        #expect(bad.status == 64)
    }

    @Test func lintLocatesErrorsAndPassesOnWarningsOnly() throws {
        let folder = try BinaryRunner.temporaryFolder()
        try FileManager.default.copyItem(at: Self.fixture, to: folder.appendingPathComponent("test-parcel.json"))
        let warnings = try personas(["lint", folder.path], folder: folder)
        #expect(warnings.status == 0, "\(warnings.stdout)\(warnings.stderr)")
        #expect(warnings.stdout.contains("warning:"))

        try "{\n  format: 1,\n  id: \"Broken One\",\n}\n".write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let errors = try personas(["lint", folder.path], folder: folder)
        #expect(errors.status == 1)
        let located = errors.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!located.isEmpty, "\(errors.stdout)")
        for line in located {
            #expect(line.wholeMatch(of: /.*broken\.json:\d+:\d+: error: .+/) != nil, "\(line)")
        }
    }

    @Test func testPassesOnTheShippedSetAndFailsOnAFailingTest() throws {
        let shipped = try personas(["test"])
        #expect(shipped.status == 0, "\(shipped.stdout)\(shipped.stderr)")
        #expect(shipped.stdout.contains("0 failed"))

        let folder = try BinaryRunner.temporaryFolder()
        try FileManager.default.copyItem(at: Self.fixture, to: folder.appendingPathComponent("test-parcel.json"))
        try """
        { persona: "test-parcel", tests: [ { name: "blame resolves (it does not)", lines: ["You should have read the email."],
          expect: { outcome: "resolved" } } ] }
        """.write(to: folder.appendingPathComponent("test-parcel.tests.json"), atomically: true, encoding: .utf8)
        let failing = try personas(["test"], folder: folder)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("✘ blame resolves (it does not)"))
        #expect(failing.stdout.contains("outcome: expected resolved"))
        #expect(failing.stdout.contains("1 failed"))
    }

    /// The shipped set passes check. Debug builds are slow, so the personas that resolve in three or
    /// four LAST turns are checked at depth 4 and one that needs six at depth 6; the benchmark
    /// (`deescalate-bench check`, release) proves depth 8 for all of them.
    @Test func checkPassesOnTheShippedSet() throws {
        let quick = try personas(["check", "late-parcel", "broken-blender", "double-billing", "--depth", "4"])
        #expect(quick.status == 0, "\(quick.stdout)\(quick.stderr)")
        #expect(quick.stdout.contains("winnable: a LAST path resolves"))
        #expect(quick.stdout.contains("shortest resolving path"))
        let deep = try personas(["check", "abusive-roaming", "--depth", "6"])
        #expect(deep.status == 0, "\(deep.stdout)\(deep.stderr)")
        #expect(deep.stdout.contains("boundary →"))
    }

    @Test func checkFailsWhenAPersonaCannotBeWonInTime() throws {
        let result = try personas(["check", "hotel-anniversary", "--depth", "3"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("cannot be won"))
    }

    @Test func migrateRewritesAFormatOneFileKeepingItsComments() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let copy = folder.appendingPathComponent("test-parcel.json")
        try FileManager.default.copyItem(at: Self.fixture, to: copy)
        let before = try String(contentsOf: copy, encoding: .utf8)
        let result = try personas(["migrate"], folder: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("migrated from format 1 to 2"))
        let after = try String(contentsOf: copy, encoding: .utf8)
        #expect(after == before.replacingOccurrences(of: "format: 1,", with: "format: 2,"))
        let again = try personas(["migrate"], folder: folder)
        #expect(again.stdout.contains("already format 2"))
    }

    /// A test file is checked against the persona beside it (not a shipped one of the same id), and a
    /// persona that does not load is named with its first error by `lint` and `test`, not called absent.
    @Test func testFilesAreCheckedAgainstThePersonaBesideThem() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let persona = try String(contentsOf: Self.shipped.appendingPathComponent("late-parcel.json"), encoding: .utf8)
        let renamed = persona.replacingOccurrences(of: "\"refund-delivery\"", with: "\"refund-postage\"")
        #expect(renamed != persona)
        try renamed.write(to: folder.appendingPathComponent("late-parcel.json"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Self.shipped.appendingPathComponent("late-parcel.tests.json"),
                                         to: folder.appendingPathComponent("late-parcel.tests.json"))
        // Run from the repository, where the shipped late-parcel (with refund-delivery) would be found.
        let beside = try BinaryRunner.run(["personas", "lint", folder.appendingPathComponent("late-parcel.tests.json").path],
                                          directory: BinaryRunner.packageRoot, environment: ["NO_COLOR": "1"])
        #expect(beside.status == 1)
        #expect(beside.stdout.contains("refers to no resolution \"refund-delivery\" of persona 'late-parcel'"), "\(beside.stdout)")

        let broken = renamed.replacingOccurrences(of: "\"patience\": 5", with: "\"patience\": 0")
        #expect(broken != renamed)
        try broken.write(to: folder.appendingPathComponent("late-parcel.json"), atomically: true, encoding: .utf8)
        let lint = try BinaryRunner.run(["personas", "lint", "late-parcel.tests.json"], directory: folder, environment: ["NO_COLOR": "1"])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains(/late-parcel\.tests\.json:\d+:\d+: error: persona 'late-parcel' in late-parcel\.json does not load: late-parcel\.json:\d+:\d+: error: 'temperament\.patience' is 0/),
                "\(lint.stdout)")
        let test = try personas(["test"], folder: folder)
        #expect(test.status == 1)
        #expect(test.stderr.contains("persona 'late-parcel' in") && test.stderr.contains("does not load:") && test.stderr.contains("'temperament.patience' is 0"),
                "\(test.stderr)")
        let named = try personas(["test", "late-parcel"], folder: folder)
        #expect(named.status == 1)
        #expect(named.stderr.contains("does not load:") && !named.stderr.contains("no persona 'late-parcel'"), "\(named.stderr)")
    }

    @Test func lintSkipsTheSchemaGivenByNameCheckingOnlyItsSyntax() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.shipped.path).filter { $0.hasSuffix(".json") }
            .map { Self.shipped.appendingPathComponent($0).path }
        #expect(files.contains { $0.hasSuffix("persona.schema.json") })
        let result = try personas(["lint"] + files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("persona.schema.json is a JSON Schema, not a persona: checked for syntax only"), "\(result.stdout)")
        #expect(result.stdout.contains("0 errors, 0 warnings"))
    }
}
