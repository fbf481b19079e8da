import Synchronization
import DeescalateKit
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// The worker half of `grade`: reads items from the supervisor (`GradeFrame`s on its input), grades
/// them in batches in parallel into preallocated slots, and hands each batch to a serial writer that
/// sends one result frame per item, in order, while the next batch is graded. At most two batches
/// are in memory however many items come.
///
/// Items in the `careful` range of positions are graded one at a time, each result sent before the
/// next item is touched: after a crash the supervisor restarts the worker with the items that were
/// in flight marked careful, so the next crash names the one item that caused it.
final class GradeWorker {
    /// How the worker grades.
    struct Settings {
        var jobs: Int
        var batchSize: Int
        /// The largest file read, in bytes.
        var limit: Int
        /// Positions (0-based, in the order items arrive) graded one at a time.
        var careful: Range<Int> = 0..<0
        /// Test only: crash on an item whose label or row contains this (`DEESCALATE_TEST_CRASH_ON`).
        var crashOn: String?
    }

    private let console: Console
    private let scorer: Scorer
    private let output: GradeOutput
    private let settings: Settings
    private let render: @Sendable (GradedTranscript) -> [UInt8]
    private let outputDescriptor: Int32
    /// One memo of repeated lines' analyses per grading thread (none when DEESCALATE_ANALYSIS_MEMO=0).
    private let memos: [AnalysisMemo?]
    /// Writes finished batches in order, overlapping the grading of the next one.
    private let writer = DispatchQueue(label: "deescalate.grade.writer")
    /// Lets the grader run at most one batch ahead of the writer, so memory stays bounded.
    private let inFlight = DispatchSemaphore(value: 1)
    /// The graded transcripts of a cohort page (html only), touched only on the writer queue.
    private var kept: [GradedTranscript] = []
    /// A batch's frames, built on the writer queue in one buffer kept from batch to batch and sized
    /// for the batch up front: grown by doubling from a guess, a batch of rows (megabytes) was
    /// copied several times into freshly mapped memory, and its page faults were a sixth of the
    /// worker's.
    private var frames: [UInt8] = []

    init(console: Console, scorer: Scorer, output: GradeOutput, tableWidth: Int, settings: Settings, outputDescriptor: Int32) {
        self.console = console
        self.scorer = scorer
        self.output = output
        self.settings = settings
        self.outputDescriptor = outputDescriptor
        render = output.renderer(for: [String(repeating: "x", count: tableWidth)])
        let memoOff = getenv("DEESCALATE_ANALYSIS_MEMO").map { String(cString: $0) == "0" } ?? false
        memos = (0..<max(1, settings.jobs)).map { _ in memoOff ? nil : AnalysisMemo() }
    }

    /// Grades a short made-up chat log, so what grading builds on first use (the lexicon, the rule
    /// table, the scorer's phrase tables) is built before the first items arrive rather than with
    /// every grading thread waiting on it; a worker started early does this while the supervisor
    /// is still walking the folders.
    static func warmUp(_ scorer: Scorer) {
        Analyzer.buildTables()
        let log = "Customer: My order never came.\nAgent: I'm so sorry! Can you tell me what happened? I'll refund it today.\n"
            + "Customer: OK, thanks.\nAgent: Thank you for your patience.\n"
        if let transcript = try? ChatLogImporter.transcript(parsing: Array(log.utf8), file: "warm-up") { _ = scorer.grade(transcript) }
    }

    /// Grades every item that arrives on `input` until it ends; false when the input was not frames.
    func run(input: Int32) -> Bool {
        var reader = GradeFrameReader()
        var pending: [GradeFrame.Item] = []
        var position = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 { break }
            chunk.withUnsafeBytes { reader.feed(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
            do {
                while let frame = try reader.next() {
                    switch frame {
                    case .item(let item):
                        if settings.careful.contains(position) {
                            flush(&pending)
                            grade([item])
                            writer.sync {}
                        } else {
                            pending.append(item)
                            if pending.count >= settings.batchSize { flush(&pending) }
                        }
                        position += 1
                    case .pause:
                        flush(&pending)
                    case .graded, .failed, .page, .done:
                        return false
                    }
                }
            } catch {
                return false
            }
        }
        // The last batch in pieces, so its rows are written while the next piece is graded: whole,
        // every row of it was written only after all of it was graded, with one core idle.
        var start = 0
        while start < pending.count {
            let end = min(pending.count, start + Self.finalPiece)
            grade(Array(pending[start..<end]))
            start = end
        }
        writer.sync {}
        var closing: [UInt8] = []
        if output.keepsRows { GradeFrame.appendPage(CohortReport(rows: kept, title: "Cohort report").html(), to: &closing) }
        GradeFrame.appendDone(to: &closing)
        send(closing)
        if getenv("DEESCALATE_GRADE_STATS") != nil {
            let (hits, lookups) = memos.reduce((0, 0)) { ($0.0 + ($1?.hits ?? 0), $0.1 + ($1?.lookups ?? 0)) }
            console.error("analysis memo: \(hits) of \(lookups) trainee lines reused (\(lookups == 0 ? 0 : hits * 100 / lookups)%)")
        }
        return !reader.hasPartialFrame
    }

    /// Items per piece of the last batch.
    private static let finalPiece = 256

    private func flush(_ pending: inout [GradeFrame.Item]) {
        guard !pending.isEmpty else { return }
        grade(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Grades one batch in parallel and hands it to the writer.
    private func grade(_ batch: [GradeFrame.Item]) {
        let slots = UnsafeMutableBufferPointer<GradeItem.Outcome?>.allocate(capacity: batch.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }   // emptied below: every outcome is moved out
        let workers = min(settings.jobs, batch.count)
        let (keepsRows, limit, crashOn, render, scorer, identify) = (output.keepsRows, settings.limit, settings.crashOn, render, scorer, output.echo)
        nonisolated(unsafe) let shared = slots
        nonisolated(unsafe) let memos = self.memos // each thread uses only its own
        // Threads claim small chunks from a shared counter, so a thread that starts late or is
        // descheduled does not leave a fixed share of the batch for the others to wait on. A claim
        // takes a share of what is left (at most 16 items, at least 1), so the last items go one by
        // one and the batch's end does not wait on another thread's last 16.
        let next = Atomic<Int>(0)
        let chunk = 16
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let memo = memos[worker]
            while true {
                let left = batch.count - next.load(ordering: .relaxed)
                let size = min(chunk, max(1, left / (2 * workers)))
                let start = next.add(size, ordering: .relaxed).oldValue
                guard start < batch.count else { break }
                for index in start..<min(start + size, batch.count) {
                    if let crashOn { Self.crashForTesting(batch[index], on: crashOn) }
                    shared[index] = GradeItem.process(batch[index], scorer: scorer, memo: memo, limit: limit, render: render,
                                                      keep: keepsRows, identify: identify)
                }
            }
        }
        // Moved out of the slots, not copied: a copy retained every reference of every graded item,
        // and emptying the slots released them all again.
        let outcomes = (0..<batch.count).map { (slots.baseAddress! + $0).move()! }
        inFlight.wait()
        nonisolated(unsafe) let worker = self
        writer.async {
            worker.write(outcomes)
            worker.inFlight.signal()
        }
    }

    /// Sends one batch's results, one frame per item, in a single write (on the writer queue).
    private func write(_ outcomes: [GradeItem.Outcome]) {
        frames.removeAll(keepingCapacity: true)
        // A row's frame is its text and under 64 bytes of length, figures and flags.
        frames.reserveCapacity(outcomes.reduce(0) { total, outcome in
            switch outcome {
            case .graded(let graded): total + graded.text.count + 64
            case .failed(let message): total + message.utf8.count + 16
            }
        })
        for outcome in outcomes {
            switch outcome {
            case .graded(let graded):
                if let row = graded.kept { kept.append(row) }
                GradeFrame.appendGraded(graded.text, graded.figures, to: &frames)
            case .failed(let message):
                GradeFrame.appendFailed(message, to: &frames)
            }
        }
        send(frames)
    }

    /// Writes all of `bytes` to the supervisor; if it has gone, there is no one to grade for.
    private func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(outputDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    _exit(1)
                }
                offset += written
            }
        }
    }

    /// The test-only crash switch: a real trap, as a bug in the grader would raise, on the item
    /// whose label (a file name, `<stdin>:LINE`) or row text contains `needle`.
    private static func crashForTesting(_ item: GradeFrame.Item, on needle: String) {
        var matched = item.label.contains(needle)
        if !matched, case .row(_, let bytes) = item { matched = String(decoding: bytes, as: UTF8.self).contains(needle) }
        if matched { fatalError("DEESCALATE_TEST_CRASH_ON matched \(item.label)") }
    }
}
