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
}
