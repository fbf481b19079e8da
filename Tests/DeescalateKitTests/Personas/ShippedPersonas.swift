import Foundation
@testable import DeescalateKit

/// The persona files shipped in the repository's `Personas/` folder, read the way a trainer's edit
/// would be: from the file's bytes, through `Persona.decode`.
enum ShippedPersonas {
    /// `Personas/` at the package root, found from this file's path
    /// (`Tests/DeescalateKitTests/Personas/ShippedPersonas.swift`).
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Personas
        .deletingLastPathComponent() // DeescalateKitTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // package root
        .appendingPathComponent("Personas", isDirectory: true)

    /// The persona files in the folder (not the schema, not the `.tests.json` beside them), sorted by name.
    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") && !$0.hasSuffix(".tests.json") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The bytes of one file.
    static func bytes(of file: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: file))
    }

    /// The shipped persona with `id`, read from `Personas/<id>.json`.
    static func persona(_ id: String) throws -> Persona {
        let file = folder.appendingPathComponent("\(id).json")
        return try Persona(parsing: bytes(of: file), file: file.lastPathComponent)
    }

    /// A conversation with the persona after the opening and `lines`, stopping early if it ends.
    static func play(_ persona: Persona, _ lines: [String], seed: UInt64 = 7) -> Conversation {
        Conversation.replaying(lines, persona: persona, seed: seed, trainee: "Sam")
    }
}
