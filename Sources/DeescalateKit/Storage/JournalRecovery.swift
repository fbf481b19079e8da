import Foundation

/// Turns journals left by unfinished sessions into abandoned, graded transcripts on the next start,
/// so a killed session is never lost.
public struct JournalRecovery: Sendable {
    /// What recovering one journal did.
    public enum Result: Sendable {
        /// Saved as an abandoned transcript.
        case recovered(journal: URL, saved: TranscriptStore.Saved, traineeLines: Int)
        /// Could not be recovered; the journal is left in place.
        case failed(journal: URL, reason: String)
    }

    /// The folder holding transcripts (and the `.journal` folder).
    public let folder: URL
    /// The personas the sessions may have used.
    public let personas: [Persona]
    /// The clock stamping the end of recovered sessions.
    public let clock: SessionClock

    /// Creates a recovery for `folder`.
    public init(folder: URL, personas: [Persona], clock: SessionClock) {
        self.folder = folder
        self.personas = personas
        self.clock = clock
    }

    /// Recovers every left-over journal.
    public func recoverAll() -> [Result] {
        SessionJournal.leftOver(in: folder).map(recover)
    }

    private func recover(_ url: URL) -> Result {
        let journal: SessionJournal.Recovered
        do {
            journal = try SessionJournal.read(url)
        } catch {
            return .failed(journal: url, reason: error.reason)
        }
        guard let persona = personas.first(where: { $0.id == journal.header.personaID }) else {
            return .failed(journal: url, reason: "persona '\(journal.header.personaID)' is not available to replay it")
        }
        var conversation = Conversation.replaying(journal.lines, persona: persona, seed: journal.header.seed,
                                                  trainee: journal.header.trainee)
        _ = conversation.abandon()
        var transcript = conversation.transcript(startedAt: journal.header.startedAt, endedAt: clock.timestamp())
        transcript.grade = Scorer().grade(transcript)
        do {
            let saved = try TranscriptStore(folder: folder).save(transcript)
            try? FileManager.default.removeItem(at: url)
            return .recovered(journal: url, saved: saved, traineeLines: journal.lines.count)
        } catch {
            return .failed(journal: url, reason: error.reason)
        }
    }
}
