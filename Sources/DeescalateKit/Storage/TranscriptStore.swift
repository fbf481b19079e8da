import Foundation

/// Saves graded transcripts as a JSON file and its readable Markdown twin, never overwriting.
public struct TranscriptStore: Sendable {
    /// Where a session was saved.
    public struct Saved: Sendable, Equatable {
        /// The JSON transcript.
        public var json: URL
        /// Its Markdown twin.
        public var markdown: URL
    }

    /// The folder sessions are saved in.
    public let folder: URL

    /// A store saving into `folder`.
    public init(folder: URL) {
        self.folder = folder
    }

    /// Where sessions go by default: `$DEESCALATE_TRANSCRIPTS`, else the `Transcripts` folder beside
    /// the persona folder (the project's, wherever the trainee runs from), else `./Transcripts`.
    public static func defaultFolder(personaFolder: URL,
                                     environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let configured = environment["DEESCALATE_TRANSCRIPTS"], !configured.isEmpty {
            return URL(fileURLWithPath: configured)
        }
        let sibling = personaFolder.deletingLastPathComponent().appendingPathComponent("Transcripts")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: sibling.path, isDirectory: &isFolder), isFolder.boolValue { return sibling }
        return URL(fileURLWithPath: "Transcripts")
    }

    /// Saves `transcript` as `<time>-<persona>-<trainee>.json` and `.md`, adding `-2`, `-3`, ... when
    /// a session of the same name exists.
    public func save(_ transcript: Transcript) throws(StorageError) -> Saved {
        let base = FileNaming.sessionBaseName(startedAt: transcript.startedAt ?? "", personaID: transcript.persona?.id ?? "chat",
                                              trainee: transcript.trainee ?? "anonymous")
        var name = base
        var counter = 2
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name).json").path)
                || FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name).md").path) {
            name = "\(base)-\(counter)"
            counter += 1
        }
        let json = folder.appendingPathComponent("\(name).json")
        let markdown = folder.appendingPathComponent("\(name).md")
        try AtomicFile.create(Array((transcript.jsonValue().serialized(pretty: true) + "\n").utf8), at: json)
        try AtomicFile.create(Array(TranscriptMarkdown(transcript).render().utf8), at: markdown)
        return Saved(json: json, markdown: markdown)
    }
}
