import DeescalateKit
import Foundation
import Testing
@testable import deescalate

/// The persona menu and scenario card at different window widths.
@Suite struct PersonaMenuTests {
    static func persona(name: String = "Maya Okafor", scenario: String) throws -> Persona {
        let url = BinaryRunner.fixturePersonas.appendingPathComponent("test-parcel.json")
        var persona = try Persona(parsing: Array(try Data(contentsOf: url)))
        persona.name = name
        persona.scenario = scenario
        return persona
    }

    static let scenario = "Maya paid £6.99 for next-day delivery on a birthday present for her nephew. The tracking said 'out for delivery' all Saturday, then 'attempted delivery' although she was in all day. The parcel turned up on Tuesday."

    @Test(arguments: [120, 80, 40, 30])
    func entriesUseTheWidthWithoutSplittingWords(columns: Int) throws {
        let menu = PersonaMenu(console: Console(environment: [:]), width: columns - 1)
        let lines = menu.entry(number: 1, persona: try Self.persona(scenario: Self.scenario))
        #expect(lines[0].hasPrefix("  1. Maya Okafor [easy]") || lines[0].hasPrefix("  1. Maya Okafor ["))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= columns - 1 })
        #expect(lines.count <= 3)
        let words = Set(Self.scenario.split(separator: " ").map(String.init))
        let description = lines.joined(separator: " ").components(separatedBy: "] ").dropFirst().joined()
        let shown = description.split(separator: " ").map(String.init).filter { $0 != "—" }
        #expect(shown.dropLast().allSatisfy { words.contains($0) }, "whole words only, the last may carry …")
        if columns >= 80 { #expect(lines.count == 2 && lines[0].contains(" — Maya paid")) }
    }

    @Test func wideWindowsShowMoreThanTheOldSixtyFourCharacters() throws {
        let wide = PersonaMenu(console: Console(environment: [:]), width: 119)
        let text = wide.entry(number: 1, persona: try Self.persona(scenario: Self.scenario)).joined()
        #expect(text.contains("all Saturday"))
    }

    @Test func emojiAndCJKNamesAreMeasuredByCells() throws {
        let menu = PersonaMenu(console: Console(environment: [:]), width: 39)
        let persona = try Self.persona(name: "山田 太郎 👩🏽‍💼", scenario: "山田さんは 荷物が 三日 遅れて 届いたので 怒っています。 返金を 求めています。")
        let lines = menu.entry(number: 2, persona: persona)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 39 })
    }
}
