/// `personas lint`: every problem in persona files and persona test files, located at
/// `FILE:LINE:COLUMN`, errors and warnings, across files (duplicate ids, tests that refer to facts or
/// resolutions that do not exist). Never traps, whatever the bytes.
public struct PersonaLinter: Sendable {
    /// One file to lint: its path as shown in messages, and its bytes (nil when it could not be read).
    public struct Source: Sendable {
        /// The path shown in messages.
        public var path: String
        /// The contents, or nil when the file could not be read.
        public var bytes: [UInt8]?

        /// Creates a source.
        public init(path: String, bytes: [UInt8]?) {
            self.path = path
            self.bytes = bytes
        }

        /// Whether the file is a persona test file (`*.tests.json`, `*.tests.json5`).
        public var isTestFile: Bool { PersonaLinter.isTestFile(path) }
    }

    /// What linting found, and the personas that decoded (for `test` and `check` to reuse).
    public struct Result: Sendable {
        /// Every finding, by file (in the order given) and then by position.
        public var findings: [LintFinding]
        /// The personas that decoded without errors, with their paths.
        public var personas: [(path: String, persona: Persona)]
        /// Whether any finding is an error.
        public var hasErrors: Bool { findings.contains(where: \.isError) }
    }

    /// Personas from outside the linted files that test files may refer to.
    public var knownPersonas: [Persona]

    /// A linter; `knownPersonas` resolve test files whose persona is not among the files linted.
    public init(knownPersonas: [Persona] = []) {
        self.knownPersonas = knownPersonas
    }

    /// Whether `path` names a persona test file.
    public static func isTestFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".tests.json") || name.hasSuffix(".tests.json5")
    }

    /// Lints `sources`: persona files first (so test files can refer to them), then test files.
    public func lint(_ sources: [Source]) -> Result {
        var findings: [String: [Diagnostic]] = [:]
        var personas: [(path: String, persona: Persona)] = []
        var ids: [(id: String, path: String, location: SourceLocation?)] = []
        for source in sources where !source.isTestFile {
            guard let bytes = source.bytes else {
                findings[source.path, default: []].append(Diagnostic(.error, "cannot read the file", hint: "check that it exists and is readable"))
                continue
            }
            let (persona, diagnostics, idInfo) = lintPersona(bytes, path: source.path)
            findings[source.path, default: []] += diagnostics
            if let persona { personas.append((source.path, persona)) }
            if let (id, location) = idInfo {
                if let earlier = ids.first(where: { $0.id == id }) {
                    let where_ = earlier.path + (earlier.location.map { ":\($0.line):\($0.column)" } ?? "")
                    findings[source.path, default: []].append(Diagnostic(
                        .error, "duplicate persona id \"\(id)\", also used by \(where_)", field: "id", location: location,
                        hint: "give each persona its own id"))
                    personas.removeAll { $0.path == source.path }
                } else {
                    ids.append((id, source.path, location))
                }
            }
        }
        let available = personas.map(\.persona) + knownPersonas.filter { known in !personas.contains { $0.persona.id == known.id } }
        for source in sources where source.isTestFile {
            guard let bytes = source.bytes else {
                findings[source.path, default: []].append(Diagnostic(.error, "cannot read the file", hint: "check that it exists and is readable"))
                continue
            }
            findings[source.path, default: []] += lintTests(bytes, personas: available)
        }
        var ordered: [LintFinding] = []
        var seenPaths = Set<String>()
        for source in sources where seenPaths.insert(source.path).inserted {
            let sorted = (findings[source.path] ?? []).enumerated().sorted { lhs, rhs in
                let left = lhs.element.location ?? SourceLocation(line: 0, column: 0)
                let right = rhs.element.location ?? SourceLocation(line: 0, column: 0)
                return (left.line, left.column, lhs.offset) < (right.line, right.column, rhs.offset)
            }.map(\.element)
            ordered += sorted.map { LintFinding(file: source.path, diagnostic: $0) }
        }
        return Result(findings: ordered, personas: personas)
    }

    /// The decoder's diagnostics plus lint warnings, and the id with its location when the file parsed.
    private func lintPersona(_ bytes: [UInt8], path: String) -> (Persona?, [Diagnostic], (String, SourceLocation?)?) {
        let (persona, diagnostics) = Persona.decode(bytes)
        guard let root = try? JSONParser.parse(bytes, json5: true) else { return (persona, diagnostics, nil) }
        let reader = DocumentReader(bytes: bytes)
        let idNode = root["id"]
        let idInfo = idNode?.string.map { ($0, Optional(reader.location(at: idNode!.offset))) }
        guard let persona else { return (nil, diagnostics, idInfo) }
        LintRules(persona: persona, root: root, reader: reader, fileStem: Self.stem(of: path)).run()
        return (persona, diagnostics + reader.diagnostics, idInfo)
    }

    /// A test file's own problems, then references to a persona, resolutions, facts or turns that do not exist.
    private func lintTests(_ bytes: [UInt8], personas: [Persona]) -> [Diagnostic] {
        let (suite, diagnostics) = PersonaTestSuite.decode(bytes)
        guard let suite else { return diagnostics }
        let reader = DocumentReader(bytes: bytes)
        guard let persona = personas.first(where: { $0.id == suite.personaID }) else {
            reader.report(.error, "no persona with id \"\(suite.personaID)\"", field: "persona", at: suite.offsets["persona"],
                          hint: personas.isEmpty ? "lint the persona file together with its tests" : "known personas: \(personas.map(\.id).joined(separator: ", "))",
                          suggestion: SpellingSuggestion.closest(to: suite.personaID, among: personas.map(\.id)))
            return diagnostics + reader.diagnostics
        }
        for (index, test) in suite.tests.enumerated() {
            let path = "tests[\(index)].expect"
            if let accepted = test.expect.accepted, persona.resolution(id: accepted) == nil {
                let ids = persona.resolutions.map(\.id)
                reader.report(.error, "'\(path).accepted' refers to no resolution \"\(accepted)\" of persona '\(persona.id)'",
                              field: "\(path).accepted", at: suite.offsets["\(path).accepted"],
                              hint: "resolutions: \(ids.joined(separator: ", "))", suggestion: SpellingSuggestion.closest(to: accepted, among: ids))
            }
            let factIDs = persona.grievance.facts.map(\.id)
            for (factIndex, fact) in test.expect.revealed.enumerated() where !factIDs.contains(fact) {
                reader.report(.error, "'\(path).revealed' refers to no fact \"\(fact)\" of persona '\(persona.id)'",
                              field: "\(path).revealed[\(factIndex)]", at: suite.offsets["\(path).revealed[\(factIndex)]"],
                              hint: "facts: \(factIDs.joined(separator: ", "))", suggestion: SpellingSuggestion.closest(to: fact, among: factIDs))
            }
            if test.lines.count > persona.turnLimit {
                reader.report(.warning, "test \"\(test.name)\" has \(test.lines.count) lines, more than the persona's turnLimit \(persona.turnLimit)",
                              field: "tests[\(index)].lines", at: nil)
            }
        }
        return diagnostics + reader.diagnostics
    }

    private static func stem(of path: String) -> String? {
        guard let name = path.split(separator: "/").last else { return nil }
        for suffix in [".json5", ".json"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return nil
    }
}
