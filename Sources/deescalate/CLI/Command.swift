/// A subcommand: a name, an abstract and options (its spec), parsing into its own value, and `run`.
protocol Command {
    /// The spec that drives parsing and help.
    static var spec: CommandSpec { get }
    /// Builds the command from parsed arguments, validating them.
    /// (Untyped `throws`: typed throws through an existential metatype crashes the 6.3 compiler.)
    init(arguments: ParsedArguments, console: Console, environment: [String: String]) throws
    /// Does the work and says how it went.
    func run() -> ExitCode
}

/// The top level: `--help`, `--version`, `help SUBCOMMAND`, and dispatch to subcommands.
struct CommandLineTool {
    /// Every subcommand, in the order help lists them.
    static var commands: [any Command.Type] {
        [PracticeCommand.self, GradeCommand.self, ReportCommand.self, ProgressCommand.self, AnalyzeCommand.self, PersonasCommand.self]
    }

    let console: Console
    let environment: [String: String]

    /// Runs the tool with `arguments` (without the program name) and returns the exit code.
    func run(_ arguments: [String]) -> ExitCode {
        guard let first = arguments.first else {
            console.line(Self.overview)
            return .success
        }
        switch first {
        case "--help", "-h":
            console.line(Self.overview)
            return .success
        case "--version":
            console.line("deescalate \(DeescalateVersionText.value)")
            return .success
        case "help":
            guard let name = arguments.dropFirst().first else { console.line(Self.overview); return .success }
            guard let command = Self.command(named: name) else { return usage(UsageError(message: "no subcommand '\(name)'", command: nil)) }
            console.line(command.spec.help)
            return .success
        default:
            guard let command = Self.command(named: first) else {
                let suggestion = SpellingSuggestion.closest(to: first, among: Self.commands.map { $0.spec.name })
                return usage(UsageError(message: "unknown subcommand '\(first)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
                                        command: nil))
            }
            return dispatch(command, Array(arguments.dropFirst()))
        }
    }

    /// Parses and runs one subcommand (generic, so the concrete type is known when it is built).
    private func dispatch<C: Command>(_ command: C.Type, _ arguments: [String]) -> ExitCode {
        let parsed: ParsedArguments
        do {
            parsed = try ParsedArguments(arguments, spec: C.spec)
        } catch {
            return usage(error)
        }
        if parsed.wantsHelp { console.line(C.spec.help); return .success }
        let instance: C
        do {
            instance = try C(arguments: parsed, console: console, environment: environment)
        } catch let error as UsageError {
            return usage(error)
        } catch {
            console.error("error: \(error.localizedDescription)")
            return .failure
        }
        return instance.run()
    }

    private static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    private func usage(_ error: UsageError) -> ExitCode {
        console.error("error: \(error.message)")
        let program = Invocation.command()
        console.error(error.command.map { "Run '\(program) help \($0)' for usage." } ?? "Run '\(program) --help' for usage.")
        return .usage
    }

    static var overview: String {
        let width = (commands.map { $0.spec.name.count }.max() ?? 0) + 2
        let list = commands.map { "  " + $0.spec.name + String(repeating: " ", count: width - $0.spec.name.count) + $0.spec.abstract }
        return """
        OVERVIEW: Deescalate — practise calming an irate customer, graded against LAST (Listen, Apologize, Solve, Thank).

        USAGE: deescalate <subcommand> [options]

        SUBCOMMANDS:
        \(list.joined(separator: "\n"))

        OPTIONS:
          --version   Show the version.
          -h, --help  Show help. 'deescalate help <subcommand>' shows a subcommand's help.

        EXIT CODES: 0 success, 1 failure, 2 below a --fail-under threshold, 64 usage error.
        """
    }
}

import DeescalateKit

/// The version string, kept in the library so tests and reports agree with the binary.
enum DeescalateVersionText {
    static var value: String { DeescalateVersion.tool }
}
