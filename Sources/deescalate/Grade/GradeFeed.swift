#if canImport(Glibc)
import Glibc
#endif

/// The items to grade, in input order, produced one at a time for the supervisor: files as named or
/// walked, inputs that could not be read (reported in their place), and the rows of JSON Lines
/// files and standard input, read as they arrive.
final class GradeFeed {
    /// What the feed has next.
    enum Next {
        /// An item to send to the worker.
        case item(GradeFrame.Item)
        /// Nothing until `descriptor` has data (a pipe or terminal): poll it, then call `read()`.
        case waiting(descriptor: Int32)
        /// Every input is done.
        case end
    }

    /// Inputs expanded and not yet given out.
    private var inputs: [GradeInput]
    private var position = 0
    /// Paths named on the command line and not yet expanded (see `init(paths:limit:)`).
    private let paths: [String]
    private var pathPosition = 0
    private let listings: NamedPathListings?
    private let limit: Int
    private var stream: GradeLineStream?

    /// A feed of inputs already expanded.
    init(_ inputs: [GradeInput], limit: Int) {
        self.inputs = inputs
        self.paths = []
        self.listings = nil
        self.limit = limit
    }

    /// A feed of the inputs `paths` name, each path expanded (looked up, a folder walked) only when
    /// the feed reaches it, as `GradeInput.expand` would expand them all. So the first worker gets
    /// its first files while the later ones are still being looked up: for thousands of files named
    /// one by one, looking each up first took longer than the worker took to start.
    init(paths: [String], limit: Int) {
        self.inputs = []
        self.paths = paths
        self.listings = NamedPathListings(paths: paths)
        self.limit = limit
    }

    /// The next item, or why there is none now.
    func next() -> Next {
        while true {
            if let stream {
                if let item = stream.next() { return .item(item) }
                if stream.finished {
                    self.stream = nil
                    continue
                }
                if stream.waitsForData { return .waiting(descriptor: stream.descriptor) }
                stream.read()
                continue
            }
            if position == inputs.count, pathPosition < paths.count {
                inputs = GradeInput.expand([paths[pathPosition]], listings: listings)
                position = 0
                pathPosition += 1
                continue
            }
            guard position < inputs.count else { return .end }
            let input = inputs[position]
            position += 1
            switch input {
            case .file(let path): return .item(.file(path))
            case .unreadable(let path, let reason): return .item(.unreadable(path, reason))
            case .standardInput:
                stream = GradeLineStream(descriptor: STDIN_FILENO, label: "<stdin>", limit: limit, ownsDescriptor: false)
            case .jsonLines(let path):
                switch Self.open(path) {
                case .success(let descriptor):
                    stream = GradeLineStream(descriptor: descriptor, label: path, limit: limit, ownsDescriptor: true)
                case .failure(let failure):
                    return .item(.unreadable(path, failure.reason))
                }
            }
        }
    }

    /// Reads what the stream being waited for has (after `poll` said it is ready).
    func read() { stream?.read() }

    /// Opens a JSON Lines file as files to grade are opened: without blocking, and only if regular.
    private static func open(_ path: String) -> Result<Int32, GradeFileReader.ReadFailure> {
        let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.init(reason: String(cString: strerror(errno)))) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            return .failure(.init(reason: reason))
        }
        if let refusal = GradeFileReader.refusal(mode: info.st_mode) {
            close(descriptor)
            return .failure(.init(reason: refusal))
        }
        return .success(descriptor)
    }
}
