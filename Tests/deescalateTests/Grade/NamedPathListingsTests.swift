import Foundation
import Testing
@testable import deescalate

/// Files named one by one are found regular from their folder's listing instead of a `stat` each;
/// the inputs must be exactly those `stat` finds, whatever else the folder holds.
struct NamedPathListingsTests {
    @Test func listingsGiveTheInputsStatGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("named-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.path
        var named: [String] = []
        for k in 0..<(NamedPathListings.threshold + 6) {
            let name = k % 7 == 0 ? "rows \(k).jsonl" : k % 5 == 0 ? "chät-\(k).TXT" : "chat-\(k).txt"
            try Data("Customer: hi\nAgent: hello\n".utf8).write(to: folder.appendingPathComponent(name))
            named.append("\(root)/\(name)")
        }
        // A folder named like a file (walked), a link to a file (followed), a FIFO (refused), a
        // missing name, the same files reached through "." and a doubled slash, and names that
        // end in a folder.
        try FileManager.default.createDirectory(atPath: "\(root)/sub.txt", withIntermediateDirectories: true)
        try Data("Customer: a\nAgent: b\n".utf8).write(to: URL(fileURLWithPath: "\(root)/sub.txt/inner.txt"))
        try FileManager.default.createSymbolicLink(atPath: "\(root)/link.txt", withDestinationPath: "\(root)/chat-1.txt")
        #expect(mkfifo("\(root)/pipe.txt", 0o600) == 0)
        named += ["\(root)/sub.txt", "\(root)/link.txt", "\(root)/pipe.txt", "\(root)/missing.txt", "\(root)/./chat-2.txt",
                  "\(root)//chat-3.txt", "\(root)/", "\(root)/.", "-", "\(root)/chat-4.txt/"]

        let listings = NamedPathListings(paths: named)
        let listed = GradeInput.expand(named, listings: listings), looked = GradeInput.expand(named)
        #expect(listed.count == looked.count)
        for (k, (a, b)) in zip(listed, looked).enumerated() where a != b {
            Issue.record("input \(k): \(a) with the listing, \(b) with stat")
            break
        }
        // The listing answered for the plain files, and left the rest to `stat`.
        #expect(listings.isRegularFile("\(root)/chat-1.txt"))
        #expect(listings.isRegularFile("\(root)/chät-5.TXT"))
        for other in ["sub.txt", "link.txt", "pipe.txt", "missing.txt", "chat-1.tx", "chat-1.txtx"] {
            #expect(!listings.isRegularFile("\(root)/\(other)"), "\(other)")
        }
    }

    @Test(arguments: [("a/b.txt", "a"), ("a//b", "a/"), ("é/ü.txt", "é"), ("a/.b", "a"), ("a/...", "a")])
    func pathsSplitIntoFolderAndName(path: String, folder: String) {
        var path = path
        let range = path.withUTF8 { NamedPathListings.folderRange($0) }
        #expect(range.map { Array(Array(path.utf8)[$0]) } == Array(folder.utf8))
    }

    @Test(arguments: ["", ".", "..", "b", "/b", "a/", "a/.", "a/..", "/"])
    func pathsWithoutAFileNameInAFolderAreLeftToStat(path: String) {
        var path = path
        #expect(path.withUTF8 { NamedPathListings.folderRange($0) } == nil)
    }
}

/// The feed that looks paths up as it reaches them gives the items of the one given them all
/// looked up first, in the same order.
struct GradeFeedLazyPathsTests {
    static func items(_ feed: GradeFeed) -> [String] {
        var items: [String] = []
        while true {
            switch feed.next() {
            case .item(.file(let path)): items.append("file \(path)")
            case .item(.unreadable(let path, let reason)): items.append("unreadable \(path): \(reason)")
            case .item(.row(let label, let bytes)): items.append("row \(label) \(bytes.count)")
            case .waiting: feed.read()
            case .end: return items
            }
        }
    }

    @Test func lazyFeedGivesTheItemsOfTheExpandedOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.path
        try Data("Customer: hi\nAgent: hello\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("{\"turns\":[]}\n{\"turns\":[]}\n".utf8).write(to: folder.appendingPathComponent("rows.jsonl"))
        try FileManager.default.createDirectory(atPath: "\(root)/inner", withIntermediateDirectories: true)
        try Data("Customer: a\nAgent: b\n".utf8).write(to: URL(fileURLWithPath: "\(root)/inner/b.txt"))
        // A link back to the folder: the walk must not go round for ever.
        try FileManager.default.createSymbolicLink(atPath: "\(root)/inner/loop", withDestinationPath: root)
        let paths = ["\(root)/a.txt", "\(root)/missing.txt", root, "\(root)/rows.jsonl", "\(root)/inner", "\(root)/a.txt"]
        let lazy = Self.items(GradeFeed(paths: paths, limit: 100))
        #expect(lazy == Self.items(GradeFeed(GradeInput.expand(paths), limit: 100)))
        #expect(lazy.count >= 8)
    }
}
