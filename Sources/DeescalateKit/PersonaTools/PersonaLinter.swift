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

        /// Whether the file is a JSON Schema (`*.schema.json`), checked for syntax only.
        public var isSchemaFile: Bool { path.hasSuffix(".schema.json") }
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

    /// Persona files not being linted that test files may refer to: those beside the test files, and
    /// those of a `--personas DIR`. Their own problems are not reported, but when a test's persona is
    /// one of them and does not load, the test file says why.
    public var references: [Source]

    /// A linter; `references` resolve test files whose persona is not among the files linted.
    public init(references: [Source] = []) {
        self.references = references
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
        var candidates: [Candidate] = []
        var ids: [(id: String, path: String, location: SourceLocation?)] = []
        for source in sources where source.isSchemaFile {
            // `lint Personas/*.json` names the editors' schema too: it is not a persona, but a syntax
            // error in it would break every editor's completion, so it is parsed and nothing more.
            let (_, diagnostics) = DataFileDecoding.decode(source.bytes ?? [], emptyHint: "Personas/persona.schema.json is the shipped schema") { root, reader -> Bool? in
                if root.members == nil { reader.report(.error, "a JSON Schema must be an object", field: nil, at: root.offset) }
                return true
            }
            findings[source.path, default: []] += source.bytes == nil ? [Diagnostic(.error, "cannot read the file")] : diagnostics
        }
        for source in sources where !source.isTestFile && !source.isSchemaFile {
            guard let bytes = source.bytes else {
                let unreadable = Diagnostic(.error, "cannot read the file", hint: "check that it exists and is readable")
                findings[source.path, default: []].append(unreadable)
                candidates.append(Candidate(path: source.path, id: nil, persona: nil, diagnostics: [unreadable]))
                continue
            }
            let (persona, diagnostics, idInfo) = lintPersona(bytes, path: source.path)
            findings[source.path, default: []] += diagnostics
            var loaded = persona
            var problems = diagnostics
            if let (id, location) = idInfo {
                if let earlier = ids.first(where: { $0.id == id }) {
                    let where_ = earlier.path + (earlier.location.map { ":\($0.line):\($0.column)" } ?? "")
                    let duplicate = Diagnostic(.error, "duplicate persona id \"\(id)\", also used by \(where_)", field: "id", location: location,
                                               hint: "give each persona its own id")
                    findings[source.path, default: []].append(duplicate)
                    problems.append(duplicate)
                    loaded = nil
                } else {
                    ids.append((id, source.path, location))
                }
            }
            if let loaded { personas.append((source.path, loaded)) }
            candidates.append(Candidate(path: source.path, id: idInfo?.0, persona: loaded, diagnostics: problems))
        }
        for reference in references where !sources.contains(where: { $0.path == reference.path }) {
            let bytes = reference.bytes ?? []
            let (persona, diagnostics) = reference.bytes == nil ? (nil, [Diagnostic(.error, "cannot read the file")]) : Persona.decode(bytes)
            candidates.append(Candidate(path: reference.path, id: persona?.id ?? Persona.declaredID(in: bytes), persona: persona, diagnostics: diagnostics))
        }
        for source in sources where source.isTestFile {
            guard let bytes = source.bytes else {
                findings[source.path, default: []].append(Diagnostic(.error, "cannot read the file", hint: "check that it exists and is readable"))
                continue
            }
            findings[source.path, default: []] += lintTests(bytes, path: source.path, candidates: candidates)
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
    private func lintTests(_ bytes: [UInt8], path: String, candidates: [Candidate]) -> [Diagnostic] {
        let (suite, diagnostics) = PersonaTestSuite.decode(bytes)
        guard let suite else { return diagnostics }
        let reader = DocumentReader(bytes: bytes)
        let resolved = Candidate.resolve(suite.personaID, forTestFile: path, among: candidates)
        guard let resolved, let persona = resolved.persona else {
            if let resolved {
                let failure = PersonaLoadError(file: resolved.path, diagnostics: resolved.diagnostics, personaID: suite.personaID)
                reader.report(.error, failure.doesNotLoadSummary(id: suite.personaID), field: "persona", at: suite.offsets["persona"],
                              hint: "fix the persona first: deescalate personas lint \(resolved.path)")
                return diagnostics + reader.diagnostics
            }
            let known = candidates.compactMap(\.persona?.id)
            reader.report(.error, "no persona with id \"\(suite.personaID)\" beside this file or among the files linted", field: "persona",
                          at: suite.offsets["persona"],
                          hint: known.isEmpty ? "put \(suite.personaID).json beside its tests, lint the two together, or pass --personas DIR"
                              : "known personas: \(known.joined(separator: ", "))",
                          suggestion: SpellingSuggestion.closest(to: suite.personaID, among: known))
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

/// A persona file a test file might refer to: its declared id, and the persona when it loads.
private struct Candidate {
    var path: String
    var id: String?
    var persona: Persona?
    var diagnostics: [Diagnostic]

    var folder: Substring { path.lastIndex(of: "/").map { path[..<$0] } ?? "" }

    /// The file of persona `id` for the test file at `testPath`: one beside it first, then the rest in
    /// order (linted files before references). A file declares its id; one whose id cannot be read counts
    /// by its name, so a persona broken beyond parsing is still found and its errors shown.
    static func resolve(_ id: String, forTestFile testPath: String, among candidates: [Candidate]) -> Candidate? {
        let testFolder = Candidate(path: testPath, id: nil, persona: nil, diagnostics: []).folder
        let matching = candidates.filter { candidate in
            if let declared = candidate.id { return declared == id }
            let name = candidate.path.split(separator: "/").last.map(String.init) ?? candidate.path
            return name == "\(id).json" || name == "\(id).json5"
        }
        // A loading persona wins over a broken file of the same id (a duplicate, say) in the same place.
        let beside = matching.filter { $0.folder == testFolder }
        return beside.first { $0.persona != nil } ?? beside.first ?? matching.first { $0.persona != nil } ?? matching.first
    }
}
