/// The whole program as the executable's `main.swift` calls it: the command line parsed, the
/// subcommand run, its exit status returned. Every behaviour is in this module and DeescalateKit;
/// the executable target is only this call, so it can be linked on its own terms (see Package.swift).
public enum DeescalateProgram {
    /// Runs `deescalate` with `arguments` (without the program name) and returns the exit status.
    public static func run(arguments: [String], environment: [String: String]) -> Int32 {
        let console = Console(environment: environment)
        return CommandLineTool(console: console, environment: environment).run(arguments).rawValue
    }
}
