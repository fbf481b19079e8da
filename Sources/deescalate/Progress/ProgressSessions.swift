import DeescalateKit
import Foundation

/// Reading a folder of saved sessions for `progress`, and choosing whose.
enum ProgressSessions {
    /// A transcript read from a file.
    struct Entry {
        var file: String
        var transcript: Transcript
    }

    /// Why no trainee could be chosen; `isUsage` when naming one with --trainee would fix it.
    struct Problem: Error {
        var message: String
        var isUsage: Bool
    }

    /// The practice sessions (simulator transcripts with a trainee) of `folder`'s `.json` files, in
    /// name order; a file that cannot be read is reported and counted. Nil when the folder cannot be listed.
    static func read(_ folder: URL, console: Console) -> (sessions: [Entry]?, failures: Int) {
        let shown = PersonaFolder.displayPath(folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            console.error("error: \(shown): no such folder (give the folder your sessions are saved in)")
            return (nil, 1)
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            console.error("error: \(shown): cannot list the folder")
            return (nil, 1)
        }
        var entries: [Entry] = []
        var failures = 0
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let path = PersonaFolder.displayPath(url)
            let data: Data
            switch RegularFile.contents(url.path) {
            case .success(let read): data = read
            case .failure(let refusal):
                console.error("\(path): error: \(refusal.reason)")
                failures += 1
                continue
            }
            do {
                let transcript = try Transcript(parsing: Array(data), file: path)
                if transcript.source == .simulator, let trainee = transcript.trainee, !trainee.isEmpty {
                    entries.append(Entry(file: path, transcript: transcript))
                }
            } catch {
                console.error(error.formatted)
                failures += 1
            }
        }
        return (entries, failures)
    }

    /// Whether two trainee names are the same, ignoring case and surrounding blanks.
    static func sameName(_ lhs: String, _ rhs: String) -> Bool {
        lhs.trimmingCharacters(in: .whitespaces).lowercased() == rhs.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The trainee to show: the one asked for (as recorded), or the only one there is.
    static func choose(_ asked: String?, among entries: [Entry]) -> Result<String, Problem> {
        var counts: [(name: String, count: Int)] = []
        for entry in entries {
            let name = entry.transcript.trainee ?? ""
            if let index = counts.firstIndex(where: { sameName($0.name, name) }) { counts[index].count += 1 } else { counts.append((name, 1)) }
        }
        let list = counts.map { "\(SafeText.quoted($0.name, limit: 40)) (\($0.count))" }.joined(separator: ", ")
        guard let asked else {
            guard !counts.isEmpty else { return .failure(Problem(message: "no practice sessions found", isUsage: false)) }
            guard counts.count == 1 else {
                return .failure(Problem(message: "sessions of \(counts.count) trainees: \(list); choose one with --trainee NAME", isUsage: true))
            }
            return .success(counts[0].name)
        }
        if let match = counts.first(where: { sameName($0.name, asked) }) { return .success(match.name) }
        let suggestion = SpellingSuggestion.closest(to: asked.lowercased(), among: counts.map { $0.name.lowercased() })
        return .failure(Problem(message: "no sessions of trainee '\(SafeText.quoted(asked, limit: 40))'"
                                + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                                + (counts.isEmpty ? "" : "; trainees here: \(list)"), isUsage: false))
    }
}
