import Foundation
import deescalate

// The executable only hands the arguments to the command line module and exits with its status.
exit(DeescalateProgram.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
