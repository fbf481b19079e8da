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

    /// Expands `paths` in order; `listings` may settle that a path is a regular file without a `stat`.
    static func expand(_ paths: [String], listings: NamedPathListings? = nil) -> [GradeInput] {
        var inputs: [GradeInput] = []
        for path in paths {
            if path == "-" { inputs.append(.standardInput); continue }
            if listings?.isRegularFile(path) == true {
                inputs.append(classify(path))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                inputs.append(.unreadable(path, String(cString: strerror(errno))))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var walked: Set<FolderIdentity> = []
                walk(path, into: &inputs, walked: &walked)
            } else if let refusal = GradeFileReader.refusal(mode: info.st_mode) {
                // Named or walked, a FIFO, device or socket is never opened for reading.
                inputs.append(.unreadable(path, refusal))
            } else {
                inputs.append(classify(path))
            }
        }
        return inputs
    }

    /// A folder's device and inode: a link back to a folder already being walked is skipped, so a
    /// link cycle cannot send the walk round for ever.
    private struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func classify(_ path: String) -> GradeInput {
        pathExtension(path) == "jsonl" ? .jsonLines(path) : .file(path)
    }

    /// The extension of the last path component, lower-cased ("" when it has none). Scans bytes:
    /// it runs for every file of a folder of thousands.
    static func pathExtension(_ path: String) -> String {
        // On the contiguous bytes: searching `String.UTF8View` backwards cost more than the stat.
        var path = path
        return path.withUTF8 { utf8 in
            var dot = utf8.count - 1
            while dot >= 0, utf8[dot] != 0x2E, utf8[dot] != 0x2F { dot -= 1 }
            guard dot >= 0, utf8[dot] == 0x2E else { return "" }
            return String(unsafeUninitializedCapacity: utf8.count - dot - 1) { out in  // ASCII cut: valid UTF-8 stays valid
                for (k, byte) in utf8[(dot + 1)...].enumerated() { out[k] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                return utf8.count - dot - 1
            }
        }
    }

    /// Whether `first` sorts before `second` in byte order, compared with `memcmp`: sorting a folder
    /// of thousands of names through the generic `lexicographicallyPrecedes` took longer than
    /// reading the folder.
    static func precedes(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        let common = min(first.count, second.count)
        let order = common == 0 ? 0 : first.withUnsafeBufferPointer { a in
            second.withUnsafeBufferPointer { b in memcmp(a.baseAddress!, b.baseAddress!, common) }
        }
        return order != 0 ? order < 0 : first.count < second.count
    }

    /// Walks a folder depth-first in byte order of names, skipping hidden entries.
    private static func walk(_ folder: String, into inputs: inout [GradeInput], walked: inout Set<FolderIdentity>) {
        guard let directory = opendir(folder) else {
            inputs.append(.unreadable(folder, String(cString: strerror(errno))))
            return
        }
        var info = stat()
        if fstat(dirfd(directory), &info) == 0,
           !walked.insert(FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted {
            closedir(directory)
            return
        }
        // The entry's type comes with its name (d_type), so a folder of thousands of files costs no
        // `stat` per file; only links and file systems that do not say are asked.
        var entries: [(name: String, bytes: [UInt8], type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.utf8.first == 0x2E { continue }
            entries.append((name, Array(name.utf8), entry.pointee.d_type))
        }
        closedir(directory)
        entries.sort { precedes($0.bytes, $1.bytes) }
        let prefix = folder.utf8.last == 0x2F ? folder : folder + "/"
        for (name, _, type) in entries {
            let path = prefix + name
            // The entry's type, from d_type; a link, or a file system that does not say, is asked
            // with `stat`, which follows the link (and never opens, so never blocks).
            var mode = mode_t(0)
            switch Int(type) {
            case DT_DIR: mode = S_IFDIR
            case DT_REG: mode = S_IFREG
            case DT_FIFO: mode = S_IFIFO
            case DT_CHR: mode = S_IFCHR
            case DT_BLK: mode = S_IFBLK
            case DT_SOCK: mode = S_IFSOCK
            default:
                var info = stat()
                guard stat(path, &info) == 0 else {
                    if folderExtensions.contains(pathExtension(name)) { inputs.append(.unreadable(path, String(cString: strerror(errno)))) }
                    continue
                }
                mode = info.st_mode & S_IFMT
            }
            if mode == S_IFDIR {
                walk(path, into: &inputs, walked: &walked)
            } else if folderExtensions.contains(pathExtension(name)) {
                if let refusal = GradeFileReader.refusal(mode: mode) {
                    inputs.append(.unreadable(path, refusal))
                } else {
                    inputs.append(classify(path))
                }
            }
        }
    }
}
