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
    /// a session of the same name exists (saved, or journalled by a session still running).
    public func save(_ transcript: Transcript) throws(StorageError) -> Saved {
        let base = FileNaming.sessionBaseName(startedAt: transcript.startedAt ?? "", personaID: transcript.persona?.id ?? "chat",
                                              trainee: transcript.trainee ?? "anonymous")
        var name = base
        var counter = 2
        while true {
            if !Self.isTaken(name, in: folder), let saved = try createIfFree(transcript, named: name) { return saved }
            name = "\(base)-\(counter)"
            counter += 1
        }
    }

    /// Creates both files under `name`, or nil (leaving nothing behind) when another process took
    /// the name between the check and the write.
    private func createIfFree(_ transcript: Transcript, named name: String) throws(StorageError) -> Saved? {
        let saved = locations(of: name)
        do {
            try AtomicFile.create(Array(TranscriptMarkdown(transcript).render().utf8), at: saved.markdown)
        } catch where error.reason == AtomicFile.alreadyExists {
            return nil
        }
        do {
            try AtomicFile.create(jsonBytes(transcript), at: saved.json)
        } catch {
            try? FileManager.default.removeItem(at: saved.markdown)
            if error.reason == AtomicFile.alreadyExists { return nil }
            throw error
        }
        return saved
    }

    /// Saves `transcript` under `name`, reserved for it by its session's journal: Markdown first and
    /// JSON last, so a JSON file present means the session is saved whole. A Markdown file left by
    /// an earlier attempt that was cut short is replaced.
    public func save(_ transcript: Transcript, named name: String) throws(StorageError) -> Saved {
        let saved = locations(of: name)
        try AtomicFile.write(Array(TranscriptMarkdown(transcript).render().utf8), to: saved.markdown)
        try AtomicFile.create(jsonBytes(transcript), at: saved.json)
        return saved
    }

    /// The files a session named `name` is saved as.
    public func locations(of name: String) -> Saved {
        Saved(json: folder.appendingPathComponent("\(name).json"), markdown: folder.appendingPathComponent("\(name).md"))
    }

    /// Whether a session named `name` is saved (JSON), was being saved (Markdown), or is journalled.
    static func isTaken(_ name: String, in folder: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: folder.appendingPathComponent("\(name).json").path)
            || manager.fileExists(atPath: folder.appendingPathComponent("\(name).md").path)
            || manager.fileExists(atPath: SessionJournal.folder(in: folder).appendingPathComponent("\(name).jsonl").path)
    }

    private func jsonBytes(_ transcript: Transcript) -> [UInt8] {
        Array((transcript.jsonValue().serialized(pretty: true) + "\n").utf8)
    }
}
