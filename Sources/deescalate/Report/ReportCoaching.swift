import DeescalateKit
import Foundation

/// What `report` adds for coaching: the session a retry branched off (read from beside the retry,
/// or from its absolute path) and the persona's model replies (from the persona folder, when the
/// persona of the same version is there). Either may be missing; the page then goes without it and
/// a note says why on standard error.
final class ReportCoaching {
    private let console: Console
    private let personaFolder: URL?
    private var personas: [Persona]?

    init(console: Console, personaFolder: URL?) {
        self.console = console
        self.personaFolder = personaFolder
    }

    /// The comparison with the parent of `transcript` (read from `file`), if it is a retry whose parent can be read.
    func comparison(for transcript: Transcript, file: URL) -> BranchComparison? {
        guard let branch = transcript.branch else { return nil }
        let parentURL = branch.parent.hasPrefix("/") ? URL(fileURLWithPath: branch.parent)
            : file.deletingLastPathComponent().appendingPathComponent(branch.parent)
        let shown = PersonaFolder.displayPath(file)
        let data: Data
        switch RegularFile.contents(parentURL.path) {
        case .success(let read): data = read
        case .failure(let refusal):
            console.error("note: \(shown): the session it retried (\(branch.parent)) cannot be read at \(PersonaFolder.displayPath(parentURL)) (\(refusal.reason)); the report shows this session alone")
            return nil
        }
        do {
            let parent = try Transcript(parsing: Array(data), file: PersonaFolder.displayPath(parentURL))
            if let expected = branch.parentStartedAt, parent.startedAt != expected {
                console.error("note: \(shown): \(PersonaFolder.displayPath(parentURL)) started at \(parent.startedAt ?? "an unknown time"), not \(expected) as the retry records; it is not the session retried, so the report shows this session alone")
                return nil
            }
            return BranchComparison(retry: transcript, parent: parent, parentGrade: Scorer().grade(parent))
        } catch {
            console.error("note: \(shown): the session it retried cannot be read (\(error.formatted)); the report shows this session alone")
            return nil
        }
    }

    /// The persona's model replies for the moments of `transcript` that mattered most.
    func modelReplies(for transcript: Transcript, grade: Grade) -> [ModelReplyMoment] {
        guard let reference = transcript.persona,
              let persona = loadedPersonas().first(where: { $0.id == reference.id && $0.version == reference.version }) else { return [] }
        return ModelReplyPicker(persona: persona).moments(for: transcript, grade: grade)
    }

    /// The persona folder's personas, loaded once; none when there is no folder (no model replies then).
    private func loadedPersonas() -> [Persona] {
        if let personas { return personas }
        let loaded = personaFolder.flatMap { try? PersonaFolder(url: $0).load().personas.map(\.persona) } ?? []
        personas = loaded
        return loaded
    }
}
