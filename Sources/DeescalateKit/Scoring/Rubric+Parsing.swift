import Foundation

/// Reading a rubric file (`--rubric FILE`), validated with located errors like personas.
extension Rubric {
    /// The range of each step's weight: only their ratios matter, and a bound keeps their sum finite.
    public static let weightRange: ClosedRange<Double> = 0...100
    /// The range of every `points` value.
    public static let pointRange: ClosedRange<Int> = -100...100
    /// The range of a rubric's own version.
    public static let versionRange: ClosedRange<Int> = 1...1_000_000

    /// Parses and validates a rubric: `name`, `version` (1–1,000,000), `passMark` (0–100), `weights`
    /// (one per step, each a number from 0 to 100, not all zero) and `points` (known keys only, whole
    /// numbers from -100 to 100). Points left out keep their defaults.
    ///
    /// - Throws: every problem found, each located, with "did you mean" for misspelt keys.
    public init(parsing bytes: [UInt8], file: String = "<rubric>") throws(RubricError) {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes, json5: true)
        } catch {
            throw RubricError(file: file, diagnostics: [Diagnostic(.error, "syntax error: \(error.message)", location: error.location)])
        }
        let reader = DocumentReader(bytes: bytes)
        let rubric = Self.decode(root, reader: reader)
        guard let rubric, !reader.hasErrors else {
            throw RubricError(file: file, diagnostics: reader.diagnostics.filter { $0.severity == .error })
        }
        self = rubric
    }

    private static func decode(_ root: JSONNode, reader: DocumentReader) -> Rubric? {
        guard let object = reader.object(root, path: "") else { return nil }
        object.ignore("$schema", "description")
        let name = object.string("name")
        let version = object.int("version", in: versionRange)
        let passMark = object.int("passMark", in: 0...100)
        var weights: [Step: Double] = [:]
        if let weightsObject = object.object("weights") {
            for step in Step.allCases {
                guard let node = weightsObject.node(step.rawValue),
                      let weight = reader.double(node, path: "weights.\(step.rawValue)", in: weightRange) else { continue }
                weights[step] = weight
            }
            weightsObject.finish()
            if weights.count == Step.allCases.count, weights.values.allSatisfy({ $0 == 0 }) {
                reader.report(.error, "every weight is 0; give at least one step a weight", field: "weights", at: weightsObject.offset)
            }
        }
        var points = defaultPoints
        if let pointsNode = object.node("points", required: false) {
            if let members = pointsNode.members {
                for member in members {
                    let path = "points.\(member.key)"
                    guard pointKeys.contains(member.key) else {
                        reader.report(.error, "unknown points key '\(member.key)'", field: path, at: member.keyOffset,
                                      hint: "points keys: \(pointKeys.joined(separator: ", "))",
                                      suggestion: SpellingSuggestion.closest(to: member.key, among: pointKeys))
                        continue
                    }
                    guard let value = reader.int(member.value, path: path, in: pointRange) else { continue }
                    points[member.key] = value
                }
            } else {
                reader.report(.error, "'points' must be an object, found \(pointsNode.typeName)", field: "points", at: pointsNode.offset)
            }
        }
        object.finish()
        guard let name, let version, let passMark, weights.count == Step.allCases.count else { return nil }
        return Rubric(name: name, version: version, weights: weights, passMark: passMark, points: points)
    }

    /// The rubric as a JSON value, in the shape `init(parsing:)` reads (the default rubric file).
    public func jsonValue() -> JSONValue {
        .object([
            "name": .string(name),
            "version": .int(version),
            "passMark": .int(passMark),
            "weights": .object(Step.allCases.map { ($0.rawValue, JSONValue.double(weights[$0] ?? 0)) }),
            "points": .object(points.keys.sorted().map { ($0, JSONValue.int(points[$0]!)) }),
        ])
    }
}

/// Why a rubric file could not be used: every problem, located.
public struct RubricError: Error, Sendable, Equatable, LocalizedError {
    /// The file.
    public var file: String
    /// The problems, in the order found.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(file: String, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }

    public var errorDescription: String? {
        diagnostics.map { $0.formatted(file: file) }.joined(separator: "\n")
    }
}
