/// Process exit codes, as documented in `deescalate --help`.
enum ExitCode: Int32 {
    /// Success.
    case success = 0
    /// The work failed (bad files, failed tests, a persona that cannot be won).
    case failure = 1
    /// A threshold was not met (`grade --fail-under`).
    case belowThreshold = 2
    /// The command was called wrongly.
    case usage = 64
}
