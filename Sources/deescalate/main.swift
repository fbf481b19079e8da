import Foundation

// The executable only parses arguments, dispatches and exits; every behaviour is in DeescalateKit.
let environment = ProcessInfo.processInfo.environment
let console = Console(environment: environment)
let code = CommandLineTool(console: console, environment: environment).run(Array(CommandLine.arguments.dropFirst()))
exit(code.rawValue)
