import Foundation
import Testing
@testable import DeescalateKit

/// `personas migrate`: format 1 files rewritten as format 2 with only the format number changed.
@Suite struct PersonaMigrationTests {
    @Test func formatOneBecomesTwoKeepingEveryOtherByte() throws {
        let original = Array(PersonaLintTests.fixture.utf8)
        guard case .migrated(let from, let bytes) = PersonaMigration.migrate(original) else {
            Issue.record("not migrated"); return
        }
        #expect(from == 1)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text == PersonaLintTests.fixture.replacingOccurrences(of: "format: 1,", with: "format: 2,"))
        #expect(text.contains("//") == PersonaLintTests.fixture.contains("//"), "comments are kept")
        let (persona, _) = Persona.decode(bytes)
        #expect(persona == (try Fixtures.testParcel()), "the persona reads the same")
        #expect(PersonaMigration.migrate(bytes) == .current)
    }

    @Test func everyShippedPersonaWouldLoadAsFormatOneToo() throws {
        // Format 1 files load unchanged: the shipped files, but for those using format 2 fields.
        for file in ShippedPersonas.files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let formatOne = text.replacingOccurrences(of: "\"format\": 2,", with: "\"format\": 1,")
            let (persona, diagnostics) = Persona.decode(Array(formatOne.utf8))
            let usesFormatTwo = ["domainPhrases", "\"need\"", "mustAcknowledge", "\"about\"", "meetsNeed", "modelReplies"].contains { text.contains($0) }
            #expect((persona != nil) != usesFormatTwo, "\(file.lastPathComponent): \(diagnostics.map(\.message))")
        }
    }

    @Test func aBrokenFileIsNotMigrated() {
        guard case .failed(let diagnostics) = PersonaMigration.migrate(Array("{ format: 1, id: ".utf8)) else {
            Issue.record("migrated a broken file"); return
        }
        #expect(diagnostics.first?.message.hasPrefix("syntax error") == true)
    }
}
