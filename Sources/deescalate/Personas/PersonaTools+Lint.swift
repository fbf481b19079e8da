import DeescalateKit
import Foundation

/// `personas lint`: persona files, their test files (checked against the persona they name) and, when
/// named, the editors' JSON Schema (syntax only).
extension PersonaTools {
    func lint(_ paths: [String]) -> ExitCode {
        var sources: [PersonaLinter.Source] = []
        if paths.isEmpty {
            guard let folder else {
                console.error("error: no persona folder found; pass --personas DIR or PATH arguments")
                return .failure
            }
            sources = Self.sources(inFolder: folder)
        } else {
            for path in paths {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    sources += Self.sources(inFolder: URL(fileURLWithPath: path))
                } else {
                    sources.append(.init(path: path, bytes: Self.read(path)))
                }
            }
        }
        if sources.isEmpty {
            console.error("error: no persona files to lint")
            return .failure
        }
        for schema in sources where schema.isSchemaFile {
            console.message("note: \(schema.path) is a JSON Schema, not a persona: checked for syntax only")
        }
        let result = PersonaLinter(references: references(for: sources)).lint(sources)
        // Findings quote ids, keys and file names: made visible, hint lines kept.
        for finding in result.findings { console.message(finding.formatted) }
        let errors = result.findings.filter(\.isError).count
        let warnings = result.findings.count - errors
        let files = sources.count
        console.line("\(files) file\(files == 1 ? "" : "s") linted: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        return errors > 0 ? .failure : .success
    }

    /// The persona files a test file may refer to when its persona is not among those linted: the
    /// ones beside each test file (spelt with the test file's own folder, so the linter can tell
    /// which are beside it), then those in `--personas DIR`. Not the shipped folder found by
    /// default: a test beside its own copy of a persona must be checked against that copy.
    private func references(for sources: [PersonaLinter.Source]) -> [PersonaLinter.Source] {
        var references: [PersonaLinter.Source] = []
        var folders: [String] = []
        for test in sources where test.isTestFile {
            let folder = test.path.lastIndex(of: "/").map { String(test.path[..<$0]) } ?? ""
            if folders.contains(folder) { continue }
            folders.append(folder)
            // "x.tests.json" lies in "." and "/x.tests.json" in "/": both have folder "".
            let url = URL(fileURLWithPath: folder.isEmpty ? (test.path.hasPrefix("/") ? "/" : ".") : folder)
            for name in Self.personaFileNames(in: url) {
                let path = test.path.hasPrefix("/") && folder.isEmpty ? "/\(name)" : folder.isEmpty ? name : "\(folder)/\(name)"
                references.append(.init(path: path, bytes: Self.read(url.appendingPathComponent(name).path)))
            }
        }
        if let folderOverride, sources.contains(where: \.isTestFile) {
            for name in Self.personaFileNames(in: folderOverride) {
                let url = folderOverride.appendingPathComponent(name)
                references.append(.init(path: PersonaFolder.displayPath(url), bytes: Self.read(url.path)))
            }
        }
        return references
    }
}
