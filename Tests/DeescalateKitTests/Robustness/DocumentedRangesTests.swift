import Foundation
import Testing
@testable import DeescalateKit

/// The numeric ranges trainers and assessors read in the docs are the ones the loaders enforce.
@Suite struct DocumentedRangesTests {
    static func text(_ path: String) -> String {
        (try? String(contentsOf: Fixtures.packageRoot.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// `| \`field\` | whole number | … | LOW – HIGH… |` rows of Personas/README.md.
    @Test("Personas/README.md gives each persona number the range the decoder checks", arguments: [
        ("version", PersonaRanges.version), ("turnLimit", PersonaRanges.turnLimit),
        ("startingFrustration", PersonaRanges.level), ("calmAt", PersonaRanges.level), ("escalateAt", PersonaRanges.escalateAt),
        ("ventingNeeded", PersonaRanges.ventingNeeded), ("patience", PersonaRanges.patience),
    ])
    func personaRanges(field: String, range: ClosedRange<Int>) throws {
        let row = try #require(Self.text("Personas/README.md").split(separator: "\n").first { $0.hasPrefix("| `\(field)` | whole number") })
        let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        let bounds = cells[3].replacingOccurrences(of: ",", with: "").split(separator: " ").compactMap { Int($0) }
        #expect(Array(bounds.prefix(2)) == [range.lowerBound, range.upperBound], "\(row)")
    }

    @Test("the documented error messages are the loaders' own")
    func documentedMessages() throws {
        let persona = try Fixtures.bytes("personas/test-parcel.json")
        let fraction = String(decoding: persona, as: UTF8.self).replacingOccurrences(of: "patience: 3", with: "patience: 2.5")
        #expect(Persona.decode(Array(fraction.utf8)).1.map(\.message).contains("'temperament.patience' must be a whole number, found 2.5"))
        let huge = String(decoding: persona, as: UTF8.self).replacingOccurrences(of: "version: 1,", with: "version: 1e300,")
        #expect(Persona.decode(Array(huge.utf8)).1.map(\.message).contains("'version' is 1e300, but must be between 1 and 1000000"))
        #expect(Self.text("Personas/README.md").contains("`'temperament.patience' must be a whole number, found 2.5`; `'version' is 1e300, but must be between 1 and 1000000`"))
        #expect(Self.text("docs/GRADING.md").contains("each a number\nfrom 0 to 100"))
        #expect(Rubric.weightRange == 0...100 && Rubric.pointRange == -100...100)
    }
}
