import Synchronization
import DeescalateKit
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Grades items in batches: each batch is read, parsed and graded in parallel into preallocated
/// slots, then handed to a serial writer that writes it in input order while the next batch is
/// graded. Output order is input order, and at most two batches are in memory however many files
/// there are.
final class GradeRunner {
    let console: Console
    let scorer: Scorer
    let output: GradeOutput
    let jobs: Int
    let batchSize: Int
    private(set) var summary = GradeSummary()
    /// The lowest total seen.
    private(set) var lowestTotal: Int?
    /// How many grades had each total, for counting those below a mark.
    private(set) var totals: [Int: Int] = [:]
    /// One memo of repeated lines' analyses per worker (none when DEESCALATE_ANALYSIS_MEMO=0).
    private let memos: [AnalysisMemo?]
    /// Writes finished batches in order, overlapping the grading of the next one. The summary,
    /// totals and the output's state are touched only on this queue until `drain()`.
    private let writer = DispatchQueue(label: "deescalate.grade.writer")
    /// Lets the grader run at most one batch ahead of the writer, so memory stays bounded.
    private let inFlight = DispatchSemaphore(value: 1)

    init(console: Console, scorer: Scorer, output: GradeOutput, jobs: Int, batchSize: Int) {
        self.console = console
        self.scorer = scorer
        self.output = output
        self.jobs = jobs
        self.batchSize = batchSize
        let memoOff = getenv("DEESCALATE_ANALYSIS_MEMO").map { String(cString: $0) == "0" } ?? false
        memos = (0..<max(1, jobs)).map { _ in memoOff ? nil : AnalysisMemo() }
    }

    /// The share of trainee lines answered from the memos, and how many were looked up.
    var memoHits: (hits: Int, lookups: Int) {
        memos.reduce((0, 0)) { ($0.0 + ($1?.hits ?? 0), $0.1 + ($1?.lookups ?? 0)) }
    }

    /// How many totals fell below `mark`.
    func count(below mark: Int) -> Int { totals.filter { $0.key < mark }.reduce(0) { $0 + $1.value } }

    /// Grades every input, writing as it goes; returns the summary.
    func run(_ inputs: [GradeInput]) -> GradeSummary {
        var pending: [GradeItem.Source] = []
        for input in inputs {
            switch input {
            case .file(let path): pending.append(.file(path))
            case .unreadable(let path, let reason): pending.append(.unreadable(path, reason))
            case .standardInput:
                flush(&pending)
                streamLines(from: STDIN_FILENO, label: "<stdin>")
            case .jsonLines(let path):
                flush(&pending)
                let descriptor = open(path, O_RDONLY | O_CLOEXEC)
                if descriptor < 0 {
                    process([.unreadable(path, String(cString: strerror(errno)))])
                } else {
                    streamLines(from: descriptor, label: path)
                    close(descriptor)
                }
            }
            if pending.count >= batchSize { flush(&pending) }
        }
        flush(&pending)
        drain()
        console.write(output.footer(summary))
        if getenv("DEESCALATE_GRADE_STATS") != nil {
            let (hits, lookups) = memoHits
            console.error("analysis memo: \(hits) of \(lookups) trainee lines reused (\(lookups == 0 ? 0 : hits * 100 / lookups)%)")
        }
        return summary
    }

    private func flush(_ pending: inout [GradeItem.Source]) {
        guard !pending.isEmpty else { return }
        process(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Reads JSON Lines from `descriptor`, grading the complete lines of each read as one batch, so a
    /// pipe gets answers as soon as its rows arrive.
    private func streamLines(from descriptor: Int32, label: String) {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var lineNumber = 0
        var ended = false
        while !ended {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 {
                ended = true
                if got < 0 {
                    let message = "\(label): error: cannot read: \(String(cString: strerror(errno)))"
                    nonisolated(unsafe) let runner = self
                    writer.async { runner.console.error(message); runner.summary.failures += 1 }
                }
            } else {
                buffer.append(contentsOf: chunk[0..<got])
            }
            var rows: [GradeItem.Source] = []
            var start = 0
            while true {
                guard let newline = buffer[start...].firstIndex(of: 0x0A) ?? (ended && start < buffer.count ? buffer.count : nil) else { break }
                lineNumber += 1
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                    rows.append(.row(label: "\(label):\(lineNumber)", bytes: line))
                }
                start = min(buffer.count, newline + 1)
                if rows.count >= batchSize { process(rows); rows.removeAll(keepingCapacity: true) }
            }
            process(rows)
            buffer.removeFirst(start)
        }
    }

    /// Grades one batch in parallel and writes it in order.
    private func process(_ batch: [GradeItem.Source]) {
        guard !batch.isEmpty else { return }
        let sources = batch.map { source -> String in
            switch source {
            case .file(let path), .unreadable(let path, _): path
            case .row(let label, _): label
            }
        }
        let render = output.renderer(for: sources)
        let slots = UnsafeMutableBufferPointer<GradeItem.Outcome?>.allocate(capacity: batch.count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        let workers = min(jobs, batch.count)
        let keepsRows = output.keepsRows
        let scorer = self.scorer
        nonisolated(unsafe) let shared = slots
        nonisolated(unsafe) let memos = self.memos // each worker uses only its own
        // Workers claim small chunks from a shared counter, so a thread that starts late or is
        // descheduled does not leave a fixed share of the batch for the others to wait on.
        let next = Atomic<Int>(0)
        let chunk = 16
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let memo = memos[worker]
            while true {
                let start = next.add(chunk, ordering: .relaxed).oldValue
                guard start < batch.count else { break }
                for index in start..<min(start + chunk, batch.count) {
                    shared[index] = GradeItem.process(batch[index], scorer: scorer, memo: memo, render: render, keep: keepsRows)
                }
            }
        }
        let outcomes = slots.map { $0! }
        // Hand the batch to the writer and go on grading the next one.
        inFlight.wait()
        nonisolated(unsafe) let runner = self
        let finished = outcomes
        writer.async {
            runner.write(finished)
            runner.inFlight.signal()
        }
    }

    /// Waits until every handed-over batch is written.
    private func drain() {
        writer.sync {}
    }

    /// Writes one graded batch in order and adds it to the summary (on the writer queue).
    private func write(_ outcomes: [GradeItem.Outcome]) {
        var rows: [String] = []
        rows.reserveCapacity(outcomes.count)
        var errors: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .graded(let graded):
                rows.append(graded.text)
                if let kept = graded.kept { output.keep(kept) }
                summary.add(graded.grade)
                totals[graded.grade.total, default: 0] += 1
                lowestTotal = min(lowestTotal ?? Int.max, graded.grade.total)
            case .failed(let message):
                errors.append(message)
                summary.failures += 1
            }
        }
        let text = (rows.isEmpty ? "" : output.header()) + output.join(rows)
        if !text.isEmpty { console.write(text) }
        for error in errors { console.error(error) }
    }
}
