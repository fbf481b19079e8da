#if canImport(Glibc)
import Glibc
#endif

/// The supervising half of `grade`: it owns the inputs and the output, and a worker process does the
/// grading. Items go to the worker as they are produced (rows of standard input and JSON Lines
/// files included, so none is read twice); results come back in order and are written as they
/// arrive. If the worker dies — a bug in the grader that only some file triggers — the supervisor
/// starts another with the items that were in flight, graded one at a time, so the next death names
/// the file: it is reported as `FILE: error: the grader crashed on this file (signal N); skipped`
/// and grading goes on after it. Nothing written is written again, and no other file loses its row.
final class GradeSupervisor {
    private let feed: GradeFeed
    private let sink: GradeSink
    /// html: the worker draws the page from every row, so a new worker is sent every item again.
    private let replaysAll: Bool
    private let start: (_ careful: Range<Int>) -> GradeWorkerProcess?
    /// Items in flight at most, and row bytes held for them at most (a resend needs them).
    private let window: Int
    private let byteBudget = 64 << 20

    /// Items the current worker has been sent (html: every item), with their input order.
    private var retained: [(index: Int, item: GradeFrame.Item)] = []
    /// How many of `retained` have their result back.
    private var acked = 0
    /// The worker's position (0-based, in what it was sent) of `retained[0]`.
    private var positionBase = 0
    /// The input order below which every result has gone to the sink.
    private var counted = 0
    private var nextIndex = 0
    private var heldBytes = 0
    private var careful: Range<Int> = 0..<0
    private var outbox: [UInt8] = []
    private var outboxStart = 0
    private var sincePause = 0
    private var feedEnded = false
    private var inputEnded = false
    private var workerDone = false
    private var reader = GradeFrameReader()
    private var chunk = [UInt8](repeating: 0, count: 1 << 18)
    /// Workers that died in a row without sending a result: a worker that cannot run at all must
    /// not be restarted for ever.
    private var fruitlessDeaths = 0

    init(feed: GradeFeed, sink: GradeSink, replaysAll: Bool, batchSize: Int,
         start: @escaping (_ careful: Range<Int>) -> GradeWorkerProcess?) {
        self.feed = feed
        self.sink = sink
        self.replaysAll = replaysAll
        self.start = start
        window = max(64, 4 * batchSize)
    }

    /// Grades everything; false if no worker could be started.
    func run() -> Bool {
        guard var worker = start(careful) else { return false }
        while true {
            let waitingOn = fill()
            if feedEnded, outboxStart == outbox.count, !inputEnded {
                worker.endInput()
                inputEnded = true
            }
            var descriptors = [pollfd(fd: worker.channel, events: Int16(POLLIN) | (outboxStart < outbox.count ? Int16(POLLOUT) : 0), revents: 0)]
            if let waitingOn { descriptors.append(pollfd(fd: waitingOn, events: Int16(POLLIN), revents: 0)) }
            if poll(&descriptors, nfds_t(descriptors.count), -1) < 0 {
                if errno == EINTR { continue }
                return false
            }
            if descriptors.count > 1, descriptors[1].revents != 0 { feed.read() }
            if descriptors[0].revents & Int16(POLLOUT) != 0 { send(to: worker) }
            guard descriptors[0].revents & (Int16(POLLIN) | Int16(POLLHUP) | Int16(POLLERR)) != 0 else { continue }
            if receive(from: worker) { continue }
            // The worker is gone: finished, or dead.
            let ending = worker.wait()
            if workerDone, ending == .exited(0), feedEnded, acked == retained.count {
                sink.finish()
                return true
            }
            guard let next = restart(after: ending) else {
                sink.finish()
                return true
            }
            worker = next
        }
    }

    /// Moves items from the feed to the outbox while the window allows; returns the descriptor the
    /// feed waits on, if it does.
    private func fill() -> Int32? {
        while !feedEnded, outbox.count - outboxStart < 1 << 18, retained.count - acked < window, heldBytes < byteBudget {
            switch feed.next() {
            case .item(let item):
                retained.append((nextIndex, item))
                nextIndex += 1
                heldBytes += item.heldBytes
                GradeFrame.append(item, to: &outbox)
                sincePause += 1
            case .waiting(let descriptor):
                // A stream has paused: the worker grades what it has instead of waiting for a full batch.
                if sincePause > 0 { GradeFrame.appendPause(to: &outbox); sincePause = 0 }
                return descriptor
            case .end:
                feedEnded = true
            }
        }
        return nil
    }

    /// Sends as much of the outbox as the socket takes now.
    private func send(to worker: GradeWorkerProcess) {
        let sent = outbox.withUnsafeBytes { buffer in
            Glibc.send(worker.channel, buffer.baseAddress! + outboxStart, buffer.count - outboxStart, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
        }
        guard sent > 0 else { return } // EAGAIN, or the worker died: its end of input shows which
        outboxStart += sent
        if outboxStart == outbox.count {
            outbox.removeAll(keepingCapacity: true)
            outboxStart = 0
        }
    }

    /// Reads results and passes them on; false when the worker's side has closed.
    private func receive(from worker: GradeWorkerProcess) -> Bool {
        let got = chunk.withUnsafeMutableBytes { read(worker.channel, $0.baseAddress!, $0.count) }
        if got < 0, errno == EINTR || errno == EAGAIN { return true }
        guard got > 0 else { return false }
        chunk.withUnsafeBytes { reader.feed(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
        do {
            while let frame = try reader.next() {
                switch frame {
                case .graded(let text, let figures): acknowledge { _ in sink.graded(text, figures) }
                case .failed(let message): acknowledge { item in sink.failed(message, item: item) }
                case .page(let page): sink.cohortPage(page)
                case .done: workerDone = true
                case .item, .pause: return false
                }
            }
        } catch {
            return false
        }
        sink.flush()
        compact()
        return true
    }

    /// Matches a result with the oldest item in flight; a replayed item already counted is skipped.
    private func acknowledge(_ pass: (GradeFrame.Item) -> Void) {
        guard acked < retained.count else { return }
        let (index, item) = retained[acked]
        acked += 1
        fruitlessDeaths = 0
        heldBytes -= item.heldBytes
        if index >= counted {
            pass(item)
            counted = index + 1
        }
    }

    /// Drops acknowledged items once they are most of what is kept (never for html, which replays all).
    private func compact() {
        guard !replaysAll, acked > 4096, acked * 2 > retained.count else { return }
        retained.removeFirst(acked)
        positionBase += acked
        acked = 0
    }

    /// After the worker died: names the item it died on if that is known (it was being graded alone),
    /// and starts a new worker with the items in flight. Nil when there is nothing left to grade.
    private func restart(after ending: GradeWorkerProcess.Ending) -> GradeWorkerProcess? {
        let cause = switch ending {
        case .signalled(let signal): "signal \(signal)"
        case .exited(let status): "exit status \(status)"
        }
        var suspects = retained.count - acked
        if suspects == 0, feedEnded {
            // Died after its last result: only the cohort page (html), drawn last, can be missing.
            if replaysAll { sink.failed("error: the grader crashed (\(cause)) after grading every input; the cohort page could not be drawn") }
            return nil
        }
        if suspects > 0, careful.contains(positionBase + acked) {
            let (index, item) = retained.remove(at: acked)
            heldBytes -= item.heldBytes
            let what = if case .row = item { "row" } else { "file" }
            sink.failed("\(item.label): error: the grader crashed on this \(what) (\(cause)); skipped", item: item)
            sink.flush()
            counted = max(counted, index + 1)
            suspects = careful.upperBound - (positionBase + acked) - 1
            fruitlessDeaths = 0
        } else {
            fruitlessDeaths += 1
            guard fruitlessDeaths <= 3 else {
                sink.failed("error: the grader stopped (\(cause)) three times in a row without grading anything; the remaining inputs were not graded")
                return nil
            }
        }
        // The new worker gets the items in flight (html: every item), the suspects one at a time.
        let replay = replaysAll ? retained : Array(retained[acked...])
        let firstSuspect = replaysAll ? acked : 0
        retained = replay
        careful = firstSuspect..<(firstSuspect + max(0, min(suspects, replay.count - firstSuspect)))
        acked = 0
        positionBase = 0
        outbox.removeAll(keepingCapacity: true)
        outboxStart = 0
        for (_, item) in replay { GradeFrame.append(item, to: &outbox) }
        sincePause = replay.count
        inputEnded = false
        workerDone = false
        reader = GradeFrameReader()
        guard let worker = start(careful) else {
            sink.failed("error: the grader could not be started again; the remaining inputs were not graded")
            return nil
        }
        return worker
    }
}
