import DeescalateKit
import Foundation

/// The work behind each `personas` action: reading files, calling DeescalateKit, rendering results.
struct PersonaTools {
    let console: Console
    let folderOverride: URL?
    let environment: [String: String]

    var folder: URL? { folderOverride ?? PersonaFolder.locate(environment: environment) }

    /// The personas that load; bad files are noted on stderr and skipped.
    func loadPersonas() -> [PersonaFolder.Entry]? {
        loadFolder()?.personas
    }

    /// Everything in the persona folder: the personas that load, and why the others do not (each
    /// noted on stderr).
    func loadFolder() -> PersonaFolder.Contents? {
        guard let folder else {
            console.error("error: no persona folder found; pass --personas DIR or run from the project folder")
            return nil
        }
        do {
            let contents = try PersonaFolder(url: folder).load()
            for failure in contents.failures {
                console.error("note: \(failure.file) does not load (run 'deescalate personas lint'); skipped")
            }
            return contents
        } catch {
            console.error("error: \(error.localizedDescription)")
            return nil
        }
    }

    /// The entries for `ids` (all when empty); nil after saying why when one is missing: the file
    /// of a persona that does not load is named with its first error, not reported as absent.
    func select(_ ids: [String], from entries: [PersonaFolder.Entry], failures: [PersonaLoadError] = []) -> [PersonaFolder.Entry]? {
        guard !ids.isEmpty else { return entries }
        var chosen: [PersonaFolder.Entry] = []
        for id in ids {
            guard let entry = entries.first(where: { $0.persona.id == id }) else {
                if let failure = failures.first(where: { $0.isFile(ofPersona: id) }) {
                    console.error("error: \(failure.doesNotLoadSummary(id: id))")
                    console.error("Fix it first: deescalate personas lint \(failure.file)")
                    return nil
                }
                let suggestion = SpellingSuggestion.closest(to: id, among: entries.map(\.persona.id))
                console.error("error: no persona '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
                console.error("Available: \(entries.map(\.persona.id).joined(separator: ", "))")
                console.error("For a persona in another folder, add --personas DIR.")
                return nil
            }
            chosen.append(entry)
        }
        return chosen
    }

    // MARK: list, show, new

    func list(format: String) -> ExitCode {
        guard let entries = loadPersonas() else { return .failure }
        if format == "json" {
            let items = entries.map { entry -> JSONValue in
                let persona = entry.persona
                return .object([
                    ("id", .string(persona.id)), ("name", .string(persona.name)), ("difficulty", .string(persona.difficulty.rawValue)),
                    ("version", .int(persona.version)), ("scenario", .string(persona.scenario)),
                    ("file", .string(PersonaFolder.displayPath(entry.file))),
                ])
            }
            console.line(JSONValue.array(items).serialized(pretty: true))
            return .success
        }
        let width = (entries.map(\.persona.id.count).max() ?? 0) + 2
        for entry in entries {
            let persona = entry.persona
            console.line(persona.id + String(repeating: " ", count: width - persona.id.count)
                         + "\(persona.difficulty.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(SafeText.sanitized(persona.name))")
        }
        return .success
    }

    func show(_ id: String) -> ExitCode {
        guard let contents = loadFolder(), let entry = select([id], from: contents.personas, failures: contents.failures)?.first else { return .failure }
        let persona = entry.persona
        let temperament = persona.temperament
        var lines = [
            console.styled("\(SafeText.sanitized(persona.name)) — \(persona.id) v\(persona.version), \(persona.difficulty.rawValue)", .bold),
            "File: \(SafeText.sanitized(PersonaFolder.displayPath(entry.file)))",
            "Company: \(SafeText.sanitized(persona.company))",
            "",
            SafeText.sanitized(persona.scenario),
            "",
            console.styled("Grievance", .bold) + ": \(SafeText.sanitized(persona.grievance.summary))",
        ]
        lines += persona.grievance.facts.enumerated().map {
            "  fact \($0.offset + 1) \(SafeText.sanitized($0.element.id)): \(SafeText.sanitized($0.element.summary))" + ($0.element.mustAcknowledge ? " (must be acknowledged)" : "")
        }
        if let need = persona.grievance.need { lines.append("  need: \(SafeText.sanitized(need.summary)) (only offers marked meetsNeed resolve)") }
        if !persona.domainPhrases.isEmpty {
            lines.append("  domain phrases: " + persona.domainPhrases.map { "\"\(SafeText.sanitized($0))\"" }.joined(separator: ", "))
        }
        lines += [
            "",
            console.styled("Temperament", .bold),
            "  starts at \(temperament.startingFrustration) (\(temperament.mood(at: temperament.startingFrustration).rawValue)), calm at ≤ \(temperament.calmAt), escalates at ≥ \(temperament.escalateAt)",
            "  needs \(temperament.ventingNeeded) turn\(temperament.ventingNeeded == 1 ? "" : "s") of listening; patience \(temperament.patience); turn limit \(persona.turnLimit)"
                + (temperament.needsBoundary ? "; abusive until a calm boundary is set" : ""),
        ]
        if !persona.reactions.overrides.isEmpty {
            lines.append("  reacts differently to: " + persona.reactions.overrides.sorted { $0.key < $1.key }
                .map { "\($0.key) \($0.value > 0 ? "+" : "")\($0.value)" }.joined(separator: ", "))
        }
        if !persona.triggers.isEmpty {
            lines += ["", console.styled("Triggers", .bold)]
            lines += persona.triggers.map { "  \(SafeText.sanitized($0.id)) (+\($0.change)): \($0.words.map { "\"\(SafeText.sanitized($0))\"" }.joined(separator: ", "))" }
        }
        lines += ["", console.styled("Resolutions", .bold)]
        lines += persona.resolutions.map {
            "  \($0.acceptable ? ($0.meetsNeed ? "✔ accepts" : "~ gesture") : "✘ refuses") \(SafeText.sanitized($0.id)): \($0.offer.map { "\"\(SafeText.sanitized($0))\"" }.joined(separator: ", "))"
        }
        lines.forEach { console.line($0) }
        return .success
    }

    func create(id: String, out: URL?) -> ExitCode {
        guard Self.isValidID(id) else {
            console.error("error: '\(id)' is not a valid persona id: use lowercase letters, digits and '-' (for example late-parcel)")
            return .usage
        }
        guard let target = out ?? folder ?? Optional(URL(fileURLWithPath: "Personas")) else { return .failure }
        let file = target.appendingPathComponent("\(id).json")
        do {
            try AtomicFile.create(Array(PersonaTemplate.text(id: id).utf8), at: file)
        } catch {
            console.error("error: \(error.path): \(error.reason == "a file with this name already exists" ? "already exists; not overwriting it" : error.reason)")
            return .failure
        }
        console.message("Created \(PersonaFolder.displayPath(file))")
        // Its tests come with it, so `personas test` has something to run and shows the format.
        let tests = target.appendingPathComponent("\(id).tests.json")
        do {
            try AtomicFile.create(Array(PersonaTemplate.testsText(id: id).utf8), at: tests)
            console.message("Created \(PersonaFolder.displayPath(tests))")
        } catch {
            console.message("note: \(PersonaFolder.displayPath(tests)) " + (error.reason == "a file with this name already exists" ? "already exists; kept as it was" : "not written: \(error.reason)"))
        }
        let schema = target.appendingPathComponent("persona.schema.json")
        if !FileManager.default.fileExists(atPath: schema.path) {
            // The template's "$schema" points beside it; bring the schema along so editors find it.
            if let shipped = PersonaFolder.locate(environment: environment)?.appendingPathComponent("persona.schema.json"),
               (try? FileManager.default.copyItem(at: shipped, to: schema)) != nil {
                console.line("Copied persona.schema.json beside it for editor completion")
            } else {
                console.line("note: copy Personas/persona.schema.json beside it for editor completion")
            }
        }
        let folderOption = out == nil ? "" : " --personas \(PersonaFolder.displayPath(target))"
        console.message("Next: edit it, then run 'deescalate personas lint \(PersonaFolder.displayPath(file))', "
                        + "'deescalate personas test \(id)\(folderOption)' and 'deescalate personas check \(id)\(folderOption)'.")
        return .success
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }

    // MARK: migrate

    func migrate(_ paths: [String]) -> ExitCode {
        var files: [String] = []
        if paths.isEmpty {
            guard let folder else {
                console.error("error: no persona folder found; pass --personas DIR or PATH arguments")
                return .failure
            }
            files = Self.sources(inFolder: folder).filter { !$0.isTestFile }.map(\.path)
        } else {
            for path in paths {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    files += Self.sources(inFolder: URL(fileURLWithPath: path)).filter { !$0.isTestFile }.map(\.path)
                } else {
                    files.append(path)
                }
            }
        }
        var failed = false
        for path in files {
            guard let bytes = Self.read(path) else {
                console.error("error: \(path): cannot read the file")
                failed = true
                continue
            }
            switch PersonaMigration.migrate(bytes) {
            case .current:
                console.line("\(path): already format \(Persona.formatVersion)")
            case .migrated(let from, let migrated):
                do {
                    try AtomicFile.write(migrated, to: URL(fileURLWithPath: path))
                    console.line("\(path): migrated from format \(from) to \(Persona.formatVersion)")
                } catch {
                    console.error("error: \(path): \(error.reason)")
                    failed = true
                }
            case .failed(let diagnostics):
                for diagnostic in diagnostics where diagnostic.severity == .error { console.error(diagnostic.formatted(file: path)) }
                console.error("\(path): not migrated (left as it was)")
                failed = true
            }
        }
        return failed ? .failure : .success
    }

    /// Persona and test files in a folder (`*.json`, `*.json5`, not schemas), sorted.
    static func sources(inFolder folder: URL) -> [PersonaLinter.Source] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter(isPersonaOrTestFileName).sorted().map { name in
            let url = folder.appendingPathComponent(name)
            return .init(path: PersonaFolder.displayPath(url), bytes: read(url.path))
        }
    }

    /// The persona files in a folder (not tests, not schemas), sorted; none when it cannot be read.
    static func personaFileNames(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { isPersonaOrTestFileName($0) && !PersonaLinter.isTestFile($0) }.sorted()
    }

    private static func isPersonaOrTestFileName(_ name: String) -> Bool {
        (name.hasSuffix(".json") || name.hasSuffix(".json5")) && !name.hasSuffix(".schema.json") && !name.hasPrefix(".")
    }

    /// A persona or test file's bytes; nil for a folder, a FIFO, a device or a file past the size limit.
    static func read(_ path: String) -> [UInt8]? {
        try? RegularFileReader.read(path)
    }
}
