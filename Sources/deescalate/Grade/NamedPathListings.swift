#if canImport(Glibc)
import Glibc
#endif

/// Whether files named one by one on the command line are regular files, read from their folders'
/// listings: for thousands of files named in the same folder, one read of the folder (whose entries
/// carry their types, `d_type`) instead of a `stat` for each. Here a `stat` costs about 2.5 µs, so
/// 3,000 of them were 8 ms of the supervisor's start, while the first worker waited for its files.
/// A folder is listed only when many of the named paths are in it, and read on bytes (no `String`
/// per entry, which cost as much as the `stat`s). Anything the listing does not settle — a name not
/// in it, a link, a file system that gives no types, anything but a regular file — is looked up
/// with `stat` as before, so the inputs are the ones `GradeInput.expand` finds without it.
final class NamedPathListings {
    /// How many named paths a folder needs before it is listed rather than each path looked up.
    static let threshold = 64

    /// One listed folder: its path, and its regular files' names, found by digest then compared.
    private struct Listing {
        let folder: [UInt8]
        /// (digest of the name, offset and length in `names`), sorted by digest.
        var entries: [(digest: UInt64, start: Int32, count: Int32)] = []
        var names: [UInt8] = []

        /// Whether a regular file of this name is listed.
        func contains(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
            let digest = NamedPathListings.digest(name)
            var low = 0, high = entries.count
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].digest < digest { low = middle + 1 } else { high = middle }
            }
            while low < entries.count, entries[low].digest == digest {
                let entry = entries[low]
                let range = Int(entry.start)..<Int(entry.start + entry.count)
                if names.withUnsafeBufferPointer({ NamedPathListings.same(UnsafeBufferPointer(rebasing: $0[range]), name) }) {
                    return true
                }
                low += 1
            }
            return false
        }
    }

    /// Digests of folders with enough named paths, not listed yet.
    private var unlisted: Set<UInt64>
    private var listings: [UInt64: Listing] = [:]
    /// The listing the last path was found in: named files come in runs from one folder.
    private var last: Listing?

    init(paths: [String]) {
        var counts: [UInt64: Int] = [:]
        for path in paths {
            var path = path
            path.withUTF8 { utf8 in
                if let folder = Self.folderRange(utf8) { counts[Self.digest(UnsafeBufferPointer(rebasing: utf8[folder])), default: 0] += 1 }
            }
        }
        unlisted = Set(counts.filter { $0.value >= Self.threshold }.keys)
    }

    /// Whether `path`'s folder listing says it is a regular file (false when it does not say).
    func isRegularFile(_ path: String) -> Bool {
        guard !unlisted.isEmpty || !listings.isEmpty else { return false }
        var path = path
        return path.withUTF8 { utf8 in
            guard let folderRange = Self.folderRange(utf8) else { return false }
            let folder = UnsafeBufferPointer(rebasing: utf8[folderRange])
            let name = UnsafeBufferPointer(rebasing: utf8[(folderRange.upperBound + 1)...])
            let listing: Listing
            if let last, last.folder.withUnsafeBufferPointer({ Self.same($0, folder) }) {
                listing = last
            } else {
                let digest = Self.digest(folder)
                if unlisted.remove(digest) != nil { listings[digest] = Self.listing(of: Array(folder)) }
                guard let found = listings[digest], found.folder.withUnsafeBufferPointer({ Self.same($0, folder) }) else { return false }
                listing = found
                last = found
            }
            return listing.contains(name)
        }
    }

    /// The bytes of `path` before its last "/", when the name after it is a file's: not empty,
    /// ".", "..", nor a path without a folder (looked up as it is).
    static func folderRange(_ utf8: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var slash = utf8.count - 1
        while slash >= 0, utf8[slash] != 0x2F { slash -= 1 }
        let name = utf8.count - slash - 1
        guard slash > 0, name > 0, !(name <= 2 && utf8[(slash + 1)...].allSatisfy { $0 == 0x2E }) else { return nil }
        return 0..<slash
    }

    /// Whether `a` and `b` hold the same bytes, compared with `memcmp` (the generic comparison cost
    /// more than the lookup it guards).
    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress, b.count > 0 else { return b.isEmpty }
        return memcmp(x, y, b.count) == 0
    }

    static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// The regular files of `folder` (empty when it cannot be read).
    private static func listing(of folder: [UInt8]) -> Listing {
        var listing = Listing(folder: folder)
        guard let directory = opendir(String(decoding: folder, as: UTF8.self)) else { return listing }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            guard entry.pointee.d_type == UInt8(DT_REG) else { continue }
            withUnsafePointer(to: &entry.pointee.d_name) { field in
                // The name in place, up to its terminating zero (the field is not copied).
                let start = UnsafeRawPointer(field).assumingMemoryBound(to: UInt8.self)
                let name = UnsafeBufferPointer(start: start, count: strnlen(UnsafeRawPointer(field).assumingMemoryBound(to: CChar.self),
                                                                         MemoryLayout.size(ofValue: entry.pointee.d_name)))
                listing.entries.append((digest(name), Int32(listing.names.count), Int32(name.count)))
                listing.names.append(contentsOf: name)
            }
        }
        listing.entries.sort { $0.digest < $1.digest }
        return listing
    }
}
