import Foundation
import Testing
@testable import DeescalateKit

/// The shipped examples (Transcripts/examples) are what the program makes now, and `grade
/// Transcripts/` on a fresh clone grades them cleanly. When the analyzer, engine or reports change
/// on purpose, `Transcripts/examples/regenerate` makes them again (one command; screenshots need
/// chromium), or `DEESCALATE_RECORD=1 swift test --filter Examples` the text files alone.
@Suite(.serialized) struct ExamplesTests {
    static let examples = BinaryRunner.packageRoot.appendingPathComponent("Transcripts/examples")
    static let compared = ["sample-session.json", "sample-session.md", "sample-session.html", "cohort.html",
                           "progress.html", "retry-session.html", "calibration.html"] + alexSessions
    /// The example trainee's sessions (`progress`), the last a retry of the first (`practice --retry`).
    static let alexSessions = ["20261119-110640-late-parcel", "20261120-110640-broken-blender", "20261121-110640-late-parcel",
                               "20261122-110640-double-billing", "20261123-110640-broken-blender", "20261124-110640-late-parcel",
                               "20261125-110640-late-parcel"].map { "alex/\($0)-Alex-Morgan.json" }

    /// Runs the regeneration script with the test binary, into `folder`, without screenshots.
    static func regenerate(into folder: URL) throws -> BinaryRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", examples.appendingPathComponent("regenerate").path,
                             "--bin", BinaryRunner.binary.path, "--out", folder.path, "--no-screenshots"]
        let error = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func examplesAreWhatTheProgramMakesNow() throws {
        if ProcessInfo.processInfo.environment["DEESCALATE_RECORD"] == "1" {
            let result = try Self.regenerate(into: Self.examples)
            #expect(result.status == 0, "\(result.stderr)")
            return
        }
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.regenerate(into: folder)
        try #require(result.status == 0, "\(result.stderr)")
        for name in Self.compared {
            let committed = try Data(contentsOf: Self.examples.appendingPathComponent(name))
            let now = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(committed == now, "Transcripts/examples/\(name) is stale (the program now makes something else): run Transcripts/examples/regenerate and commit the result")
        }
    }

    /// A PNG cannot be compared byte for byte, so the regeneration records the SHA-1 of each page a
    /// screenshot shows; a page that changed without new screenshots fails here.
    @Test func screenshotsShowTheCommittedPages() throws {
        let record = try String(contentsOf: Self.examples.appendingPathComponent("screenshots.record"), encoding: .utf8)
        let entries = record.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(Set(entries.compactMap { $0.dropFirst().first }) == ["sample-session.html", "cohort.html"])
        for entry in entries {
            try #require(entry.count == 4, "a record line is: SHA1  PAGE.html  PAGE-390.png PAGE-1280.png")
            let page = try Data(contentsOf: Self.examples.appendingPathComponent(entry[1]))
            let digest = SHA1.hash(Array(page)).map { String(format: "%02x", $0) }.joined()
            #expect(digest == entry[0], "\(entry[1]) changed since its screenshots were taken: run Transcripts/examples/regenerate (needs chromium) and commit the PNGs")
            for (png, width) in [(entry[2], 390), (entry[3], 1280)] {
                let bytes = try [UInt8](Data(contentsOf: Self.examples.appendingPathComponent(png)))
                try #require(bytes.count > 24 && bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(png) is not a PNG")
                let pixels = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } // IHDR width
                #expect(pixels == width, "\(png) is \(pixels) px wide, not \(width)")
            }
        }
    }

    /// The README's `grade Transcripts/` on a fresh clone: what git tracks under Transcripts/ (the
    /// examples and a .gitkeep) grades with exit 0, so `--fail-under` is not hidden behind an exit 1.
    @Test func gradeTranscriptsOnAFreshCloneExitsZero() throws {
        let clone = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: clone) }
        for path in try Self.trackedFiles(under: "Transcripts") {
            let target = clone.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent(path), to: target)
        }
        let result = try BinaryRunner.run(["grade", "Transcripts/"], directory: clone)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let rows = try result.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        // Only the example transcripts (the sample, the example trainee's) and the example chat log are
        // read: scripts, pages, images, records and the assessors' CSV have extensions grade does not walk.
        #expect(rows.map { $0["file"] as? String } == Self.alexSessions.map { "Transcripts/examples/\($0)" }
            + ["Transcripts/examples/refund-chat.txt", "Transcripts/examples/sample-session.json"])
        #expect(rows.allSatisfy { $0["storedGradeDiffers"] == nil }, "every example's stored grade is today's grade")
        // The gate at the lowest total of the folder: just above it exits 2, at it 0.
        let total = try #require(rows.compactMap { $0["total"] as? Int }.min())
        if total < 100 {
            let gated = try BinaryRunner.run(["grade", "Transcripts/", "--fail-under", String(total + 1)], directory: clone)
            #expect(gated.status == 2, "\(gated.stderr)")
            #expect(gated.stderr.contains("below --fail-under"))
        }
        #expect(try BinaryRunner.run(["grade", "Transcripts/", "--fail-under", String(total)], directory: clone).status == 0)
    }

    /// docs/XAPI.md's example is the sample session's statement as the program exports it now.
    @Test func xapiDocumentationExampleIsCurrent() throws {
        let doc = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("docs/XAPI.md"), encoding: .utf8)
        let marker = try #require(doc.range(of: "<!-- example statement: Transcripts/examples/regenerate -->\n```json\n"))
        let end = try #require(doc.range(of: "\n```", range: marker.upperBound..<doc.endIndex))
        let documented = try JSONSerialization.jsonObject(with: Data(doc[marker.upperBound..<end.lowerBound].utf8)) as? NSDictionary
        let result = try BinaryRunner.run(["grade", "Transcripts/examples/sample-session.json", "--format", "xapi",
                                           "--xapi-homepage", "https://lms.example.com",
                                           "--xapi-activity-base", "https://training.example.com/xapi/deescalate"],
                                          directory: BinaryRunner.packageRoot)
        try #require(result.status == 0, "\(result.stderr)")
        let exported = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSDictionary
        #expect(documented == exported, "docs/XAPI.md's example statement is stale: run Transcripts/examples/regenerate")
    }

    /// Files git tracks under `folder` (relative to the package root); without git, the examples
    /// folder as it is.
    static func trackedFiles(under folder: String) throws -> [String] {
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", BinaryRunner.packageRoot.path, "ls-files", "-z", folder]
        let output = Pipe()
        git.standardOutput = output
        git.standardError = FileHandle.nullDevice
        if (try? git.run()) != nil {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            git.waitUntilExit()
            let files = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if git.terminationStatus == 0, !files.isEmpty { return files }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { !$0.hasPrefix(".") }
        return names.map { "Transcripts/examples/\($0)" }
    }
}
