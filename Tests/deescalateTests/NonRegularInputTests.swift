import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every command that reads a file named by the user refuses FIFOs and devices and bounds what it
/// reads, as `grade` does (GradeRobustnessTests): none may block on a FIFO or swell on `/dev/zero`.
@Suite struct NonRegularInputTests {
    private static func fifo() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-nonregular-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("pipe.json").path
        #expect(mkfifo(path, 0o644) == 0)
        return path
    }

    @Test func analyzeEvaluateRefusesADeviceAndAStreamPastTheLimit() throws {
        let device = try BinaryRunner.run(["analyze", "--evaluate", "/dev/zero"])
        #expect(device.status == 1)
        #expect(device.stderr.contains("/dev/zero: is a character device, not a regular file"), "\(device.stderr)")

        // An endless stream on standard input, through a shell pipe (writing it from this process would
        // take SIGPIPE when the binary stops reading).
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "head -c 20000000 /dev/zero | \"$0\" analyze --evaluate - 2>&1 >/dev/null", BinaryRunner.binary.path]
        let output = Pipe()
        shell.standardOutput = output
        try shell.run()
        let stderr = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1)
        #expect(stderr.contains("<stdin>: is longer than the 16 MB limit"), "\(stderr)")
    }

    @Test func reportRefusesAFIFOWithoutBlocking() throws {
        let path = try Self.fifo()
        let result = try BinaryRunner.run(["report", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a named pipe (FIFO), not a regular file"), "\(result.stderr)")
    }

    @Test func personaLintRefusesAFIFOWithoutBlocking() throws {
        let path = try Self.fifo()
        let result = try BinaryRunner.run(["personas", "lint", path])
        #expect(result.status == 1)
    }
}
