import Foundation

/// The folder of persona files: finding it from anywhere, and loading every persona in it so that
/// one bad file never stops the others.
public struct PersonaFolder: Sendable {
    /// A persona with the file it came from.
    public struct Entry: Sendable {
        /// The persona.
        public var persona: Persona
        /// Its file.
        public var file: URL
    }

    /// What loading a folder found.
    public struct Contents: Sendable {
        /// Personas that loaded, easy first, then by name.
        public var personas: [Entry]
        /// Files that did not load, with every problem.
        public var failures: [PersonaLoadError]
    }

    /// The folder.
    public let url: URL

    /// A persona folder at `url`.
    public init(url: URL) {
        self.url = url
    }

    /// The persona files in the folder: `*.json` and `*.json5`, but not schemas or persona tests.
    public func personaFiles() throws(StorageError) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            throw StorageError(path: url.path, reason: "cannot read the persona folder")
        }
        return names.filter { name in
            (name.hasSuffix(".json") || name.hasSuffix(".json5")) && !name.hasSuffix(".schema.json")
                && !name.contains(".tests.") && !name.hasPrefix(".")
        }.sorted().map { url.appendingPathComponent($0) }
    }

    /// Loads every persona file; files that fail are reported in `failures`, the rest still load.
    public func load() throws(StorageError) -> Contents {
        var entries: [Entry] = []
        var failures: [PersonaLoadError] = []
        for file in try personaFiles() {
            let name = Self.displayPath(file)
            // Only a regular file of bounded size is read: a FIFO or a device named *.json must not
            // hang or swell `practice`.
            let data: [UInt8]
            do {
                data = try RegularFileReader.read(file.path)
            } catch {
                failures.append(PersonaLoadError(file: name, diagnostics: [Diagnostic(.error, "cannot read the file: \(error.reason)")]))
                continue
            }
            do {
                let persona = try Persona(parsing: data, file: name)
                if let earlier = entries.first(where: { $0.persona.id == persona.id }) {
                    failures.append(PersonaLoadError(file: name, diagnostics: [Diagnostic(
                        .error, "duplicate persona id \"\(persona.id)\", also used by \(Self.displayPath(earlier.file))",
                        field: "id", hint: "give each persona its own id")], personaID: persona.id))
                    continue
                }
                entries.append(Entry(persona: persona, file: file))
            } catch {
                failures.append(error)
            }
        }
        let order = Persona.Difficulty.allCases
        entries.sort {
            (order.firstIndex(of: $0.persona.difficulty)!, $0.persona.name) < (order.firstIndex(of: $1.persona.difficulty)!, $1.persona.name)
        }
        return Contents(personas: entries, failures: failures)
    }

    /// The shipped persona folder, found without being told: `$DEESCALATE_PERSONAS`, then
    /// `./Personas`, then a `Personas` folder beside or above the executable (so `swift run` and a
    /// built binary work from any directory).
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                              executable: URL? = Bundle.main.executableURL) -> URL? {
        if let configured = environment["DEESCALATE_PERSONAS"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        var candidates = [currentDirectory.appendingPathComponent("Personas")]
        if let executable {
            var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(folder.appendingPathComponent("Personas"))
                folder = folder.deletingLastPathComponent()
            }
        }
        return candidates.first { isPersonaFolder($0) }
    }

    private static func isPersonaFolder(_ url: URL) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return false }
        return names.contains { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }
    }

    /// A path relative to the current directory when inside it, for shorter messages.
    public static func displayPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}
