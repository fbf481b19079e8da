import Foundation
import Testing
@testable import deescalate

/// How the practice command's input is wired: piped runs stay plain and keep no history, and
/// the commands Tab completes are the ones the session handles and /help lists.
@Suite struct LineSourceWiringTests {
    @Test func pipedRunsReadPlainLinesAndWriteNoHistory() throws {
        let state = try BinaryRunner.temporaryFolder(), out = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["practice", "--personas", BinaryRunner.fixturePersonas.path, "--out", out.path, "--seed", "1"],
                                          stdin: "\nWhat happened?\n/end\n",
                                          environment: ["XDG_STATE_HOME": state.path, "HOME": state.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "no editor escapes without a terminal")
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path).isEmpty)
    }

    @Test func completedCommandsAreTheOnesHelpLists() throws {
        let result = try BinaryRunner.run(["practice", "--personas", BinaryRunner.fixturePersonas.path, "--persona", "test-parcel",
                                           "--seed", "1", "--script", "-", "--out", try BinaryRunner.temporaryFolder().path],
                                          stdin: "/help\n" + TerminalInput.commands.filter { $0 != "/end" && $0 != "/quit" }.joined(separator: "\n") + "\n/end\n")
        #expect(result.status == 0, "\(result.stderr)")
        // /help prints "  /name   what it does" for each command but itself.
        let listed = result.stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  /"), line.dropFirst(2).contains("  ") else { return nil }
            return line.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init)
        }
        #expect(Set(listed + ["/help"]) == Set(TerminalInput.commands))
        #expect(!result.stdout.contains("Unknown command"), "every completed command is handled")
    }
}
