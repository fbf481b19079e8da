import Foundation
import Testing
@testable import DeescalateKit

/// Reading files whatever the path names: never blocking on a FIFO, never reading a device, never past a limit.
@Suite struct RegularFileReaderTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-regular-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func readsARegularFile() throws {
        let file = try temporaryFolder().appendingPathComponent("a.txt")
        try Data("hello".utf8).write(to: file)
        #expect(try RegularFileReader.read(file.path) == Array("hello".utf8))
        #expect(try RegularFileReader.read(file.path, limit: 5) == Array("hello".utf8))
    }

    @Test func refusesFIFOsDevicesAndFolders() throws {
        let folder = try temporaryFolder()
        let fifo = folder.appendingPathComponent("f.json").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let link = folder.appendingPathComponent("zero.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/zero")
        for (path, reason) in [(fifo, "named pipe (FIFO)"), (link, "character device"), ("/dev/null", "character device"), (folder.path, "folder")] {
            #expect {
                _ = try RegularFileReader.read(path)
            } throws: { error in
                (error as? StorageError).map { $0.path == path && $0.reason.contains(reason) } ?? false
            }
        }
    }

    @Test func refusesAFilePastTheLimit() throws {
        let file = try temporaryFolder().appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 3 * 1024 * 1024).write(to: file)
        #expect {
            _ = try RegularFileReader.read(file.path, limit: 1024 * 1024)
        } throws: { error in
            (error as? StorageError)?.reason == "is 3 MB, over the 1 MB limit per file (--max-file-size); skipped"
        }
    }

    @Test func aStreamPastTheLimitIsAnError() throws {
        let zero = open("/dev/zero", O_RDONLY)
        defer { close(zero) }
        #expect(throws: StorageError.self) { _ = try RegularFileReader.readStream(zero, name: "/dev/zero", limit: 200_000) }
    }

    @Test func aPersonaFolderSkipsAFIFOAndADeviceAndLoadsTheRest() throws {
        let folder = try temporaryFolder()
        try Data(try Fixtures.bytes("personas/test-parcel.json")).write(to: folder.appendingPathComponent("good.json"))
        #expect(mkfifo(folder.appendingPathComponent("fifo.json").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero.json").path, withDestinationPath: "/dev/zero")
        let contents = try PersonaFolder(url: folder).load()
        #expect(contents.personas.map(\.persona.id) == ["test-parcel"])
        #expect(contents.failures.count == 2)
        #expect(contents.failures.allSatisfy { ($0.errorDescription ?? "").contains("not a regular file") })
    }
}
