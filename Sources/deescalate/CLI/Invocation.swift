import Foundation

/// How to run this program again, spelled the way it was started, for the commands it suggests
/// (the practice card's "Report: … report FILE" line). A hint that says `deescalate report …` is
/// "command not found" for someone who started the program with `swift run deescalate`, so:
///
/// - started from a `.build` folder (what `swift run` does): `swift run deescalate` (with
///   `-c release` for a release build, and `--package-path ROOT` when the current folder is not the
///   package);
/// - started by a bare name, found on `PATH`: that name;
/// - started by a path (`./deescalate`, `/opt/bin/deescalate`): that path, quoted for the shell.
enum Invocation {
    /// The command words that start this program again, e.g. `swift run deescalate`.
    static func command(argument0: String = CommandLine.arguments.first ?? "deescalate",
                        currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let parts = argument0.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if let build = parts.lastIndex(of: ".build") {
            let product = parts.last.flatMap { $0.isEmpty ? nil : $0 } ?? "deescalate"
            let release = parts[(build + 1)...].contains("release")
            var words = ["swift", "run"]
            if release { words += ["-c", "release"] }
            let root = parts[..<build].joined(separator: "/")
            let absoluteRoot = root.hasPrefix("/") ? root : (currentDirectory as NSString).appendingPathComponent(root)
            if standardized(absoluteRoot) != standardized(currentDirectory) { words += ["--package-path", shellQuoted(standardized(absoluteRoot))] }
            return (words + [shellQuoted(product)]).joined(separator: " ")
        }
        return shellQuoted(argument0.isEmpty ? "deescalate" : argument0)
    }

    /// `word` as one shell word: as is when it holds only safe characters, else in single quotes.
    static func shellQuoted(_ word: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@+,%")
        if !word.isEmpty, word.allSatisfy({ safe.contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func standardized(_ path: String) -> String {
        let text = (path as NSString).standardizingPath
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
