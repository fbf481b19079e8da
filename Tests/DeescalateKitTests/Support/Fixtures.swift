import Foundation
@testable import DeescalateKit

/// Test fixtures: the fixture persona, hand-built analyses, the package root.
enum Fixtures {
    /// The package root, from this file's path (Tests/DeescalateKitTests/Support/Fixtures.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixtures folder in the source tree.
    static let folder = packageRoot.appendingPathComponent("Tests/DeescalateKitTests/Fixtures")

    /// The bytes of a fixture file.
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(path)))
    }

    /// The small persona the engine tests use.
    static func testParcel() throws -> Persona {
        try Persona(parsing: bytes("personas/test-parcel.json"), file: "test-parcel.json")
    }

    /// An analysis with one move of each kind given, evidence covering the whole text.
    static func analysis(_ text: String, _ kinds: MoveKind...) -> Analysis {
        Analysis(text: text, moves: kinds.map { Move(kind: $0, evidence: Evidence(start: 0, end: text.unicodeScalars.count, words: text)) })
    }
}
