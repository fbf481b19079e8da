import Foundation

/// Turns journals left by unfinished sessions into abandoned, graded transcripts on the next start,
/// so a killed session is never lost — and only those: a journal whose session is still running
/// (its lock is held) is left alone, and one whose session was saved before its process died is
/// removed rather than saved again.
public struct JournalRecovery: Sendable {
    /// What recovering one journal did.
    public enum Result: Sendable {
        /// Saved as an abandoned transcript.
        case recovered(journal: URL, saved: TranscriptStore.Saved, traineeLines: Int)
        /// The session had been saved whole before its process died; only the journal was removed.
        case alreadySaved(journal: URL, saved: TranscriptStore.Saved)
        /// The session ended before the trainee's first reply: nothing to grade, so nothing is saved
        /// (as a session quit at the first prompt saves nothing); the journal was removed.
        case noReply(journal: URL)
        /// The session is running in another process (or another part of this one); left alone.
        case inUse(journal: URL)
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

    /// Recovers every left-over journal whose session is not running.
    public func recoverAll() -> [Result] {
        // A journal's process killed before it named its journal left only a staging file, with no
        // trainee line yet: nothing to recover, so it is removed once its lock is free.
        for staged in SessionJournal.staged(in: folder) {
            (try? JournalClaim(staged))?.discard()
        }
        return SessionJournal.leftOver(in: folder).compactMap { url -> Result? in
            do throws(JournalClaim.Refusal) {
                return recover(try JournalClaim(url))
            } catch {
                switch error {
                case .inUse: return .inUse(journal: url)
                case .gone: return nil
                case .unreadable(let reason): return .failed(journal: url, reason: reason)
                }
            }
        }
    }

    /// Recovers a claimed journal; the claim (and so the lock) is held until it is saved and removed.
    private func recover(_ claim: JournalClaim) -> Result {
        let url = claim.url
        let store = TranscriptStore(folder: folder)
        let locations = store.locations(of: url.deletingPathExtension().lastPathComponent)
        if FileManager.default.fileExists(atPath: locations.json.path) {
            claim.discard()
            return .alreadySaved(journal: url, saved: locations)
        }
        let journal: SessionJournal.Recovered
        do {
            journal = try SessionJournal.parse(try claim.bytes(), url: url)
        } catch {
            return .failed(journal: url, reason: error.reason)
        }
        if journal.lines.isEmpty {
            claim.discard()
            return .noReply(journal: url)
        }
        guard let persona = personas.first(where: { $0.id == journal.header.personaID }) else {
            return .failed(journal: url, reason: "persona '\(journal.header.personaID)' is not available to replay it")
        }
        var conversation = Conversation.replaying(journal.lines, persona: persona, seed: journal.header.seed,
                                                  trainee: journal.header.trainee)
        conversation.branch = journal.header.branch
        _ = conversation.abandon()
        var transcript = conversation.transcript(startedAt: journal.header.startedAt, endedAt: clock.timestamp())
        transcript.grade = Scorer().grade(transcript)
        do {
            let saved = try store.save(transcript, named: url.deletingPathExtension().lastPathComponent)
            claim.discard()
            return .recovered(journal: url, saved: saved, traineeLines: journal.lines.count)
        } catch {
            return .failed(journal: url, reason: error.reason)
        }
    }
}
