import Foundation
import Testing

/// The binary, driven end to end: help, version, usage errors and exit codes.
@Suite struct CommandLineTests {
    @Test func versionPrintsAndExitsZero() throws {
        let result = try BinaryRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("deescalate "))
    }

    @Test(arguments: [["--help"], ["help", "practice"], ["practice", "--help"]])
    func helpExitsZero(arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE:"))
    }

    @Test(arguments: [
        (["practise"], "did you mean 'practice'"),
        (["practice", "--sed", "3"], "did you mean '--seed'"),
        (["practice", "--seed", "abc"], "'--seed' must be a whole number"),
        (["practice", "--color", "sometimes"], "must be one of auto, always, never"),
        (["help", "nothing"], "no subcommand"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
    }
}
