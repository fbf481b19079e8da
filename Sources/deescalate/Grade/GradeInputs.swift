#if canImport(Glibc)
import Glibc
#endif

/// What `grade` was asked to read, expanded in the order given: files as named, folders walked
/// recursively in name order (chat logs `.txt`/`.log`, transcripts `.json`, JSON Lines `.jsonl`),
/// and `-` for JSON Lines on standard input.
enum GradeInput: Equatable {
    /// A file to grade.
    case file(String)
    /// A JSON Lines file: one transcript per line.
    case jsonLines(String)
    /// JSON Lines on standard input.
    case standardInput
    /// A path that could not be read, with the reason.
    case unreadable(String, String)

    /// Extensions graded when walking a folder.
    static let folderExtensions: Set<String> = ["json", "txt", "log", "jsonl"]

    /// Expands `paths` in order.
    static func expand(_ paths: [String]) -> [GradeInput] {
        var inputs: [GradeInput] = []
        for path in paths {
            if path == "-" { inputs.append(.standardInput); continue }
            var info = stat()
            guard stat(path, &info) == 0 else {
                inputs.append(.unreadable(path, String(cString: strerror(errno))))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, into: &inputs)
            } else {
                inputs.append(classify(path))
            }
        }
        return inputs
    }

    private static func classify(_ path: String) -> GradeInput {
        pathExtension(path) == "jsonl" ? .jsonLines(path) : .file(path)
    }

    static func pathExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// Walks a folder depth-first in byte order of names, skipping hidden entries.
    private static func walk(_ folder: String, into inputs: inout [GradeInput]) {
        guard let directory = opendir(folder) else {
            inputs.append(.unreadable(folder, String(cString: strerror(errno))))
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(directory)
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names {
            let path = prefix + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                if folderExtensions.contains(pathExtension(name)) { inputs.append(.unreadable(path, String(cString: strerror(errno)))) }
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, into: &inputs)
            } else if folderExtensions.contains(pathExtension(name)) {
                inputs.append(classify(path))
            }
        }
    }
}
