import Foundation

/// Why a saved session cannot be retried from a turn. Each case names the file and what to do.
public enum RetryError: Error, Sendable, Equatable, LocalizedError {
    /// An imported chat log (or a transcript without persona and seed): there is no engine to replay.
    case notSimulator(file: String)
    /// The persona the session was played against is not in the persona folder.
    case personaMissing(file: String, id: String, available: [String])
    /// The persona folder holds another version of the persona than the session was played against.
    case versionMismatch(file: String, id: String, recorded: Int, current: Int)
    /// `--turn` outside 1...replies+1.
    case turnOutOfRange(file: String, turn: Int, replies: Int)
    /// The conversation was over before the reply asked for (escalated or resolved and closed).
    case endedBefore(file: String, turn: Int, outcome: Outcome, lastRetryable: Int)
    /// The replay does not reproduce the saved conversation: who spoke, the words or the frustration
    /// (the engine changed since, or the file was edited).
    case diverged(file: String, turnNumber: Int, saved: String, replayed: String)

    /// What is wrong and what to do, naming the file.
    public var errorDescription: String? {
        switch self {
        case .notSimulator(let file):
            return "\(file): this is an imported chat log, not a practice session; it has no persona and seed to replay, so it cannot be retried"
        case .personaMissing(let file, let id, let available):
            return "\(file): the session was played against persona '\(id)', which is not in the persona folder"
                + (available.isEmpty ? "" : " (available: \(available.joined(separator: ", ")))")
        case .versionMismatch(let file, let id, let recorded, let current):
            return "\(file): the session was played against \(id) version \(recorded), but the persona folder has \(id) version \(current); "
                + "a retry replays the same version only (restore version \(recorded) with --personas DIR, or start a new session)"
        case .turnOutOfRange(let file, let turn, let replies):
            return "\(file): --turn \(turn) is out of range: the session has \(replies) trainee repl\(replies == 1 ? "y" : "ies"), so --turn must be from 1 to \(replies + 1)"
        case .endedBefore(let file, let turn, let outcome, let lastRetryable):
            return "\(file): the conversation ended \(outcome.rawValue) before reply \(turn), so there is no reply \(turn) to retry; --turn must be from 1 to \(lastRetryable)"
        case .diverged(let file, let turnNumber, let saved, let replayed):
            return "\(file): replaying the session does not reproduce turn \(turnNumber) (saved \"\(SafeText.truncated(saved, to: 60))\", "
                + "replayed \"\(SafeText.truncated(replayed, to: 60))\"); the engine changed since it was recorded (or the file was edited), so it cannot be retried exactly"
        }
    }
}
