import DeescalateKit
#if canImport(Glibc)
import Glibc
#endif

/// Where the supervisor puts results, in input order: rows to standard output (after the format's
/// header), errors to standard error, each run of results written as it arrives, and the figures
/// the summary, the exit code and `--fail-under` need.
final class GradeSink {
    let console: Console
    let output: GradeOutput
    private(set) var summary = GradeSummary()
    /// The lowest total seen.
    private(set) var lowestTotal: Int?
    /// How many grades had each total, for counting those below a mark.
    private var totals: [Int: Int] = [:]
    /// Rows waiting to be written, as the worker's UTF-8 bytes (slices of its read buffer, written
    /// before the next read, so they are never copied into strings).
    private var rows: [ArraySlice<UInt8>] = []
    private var errors: [String] = []
    private var page: String?
    /// What `flush` writes, in one buffer kept between flushes: built afresh (and grown by doubling)
    /// for every read's worth of rows, it was mapped and unmapped again each time.
    private var pending: [UInt8] = []

    /// Set for `--calibrate`: graded rows go here, in input order, instead of to standard output,
    /// and nothing but errors is written.
    private let collect: ((ArraySlice<UInt8>, GradeFrame.Figures) -> Void)?

    init(console: Console, output: GradeOutput, collect: ((ArraySlice<UInt8>, GradeFrame.Figures) -> Void)? = nil) {
        self.console = console
        self.output = output
        self.collect = collect
    }

    /// How many totals fell below `mark`.
    func count(below mark: Int) -> Int { totals.filter { $0.key < mark }.reduce(0) { $0 + $1.value } }

    /// A graded row.
    func graded(_ text: ArraySlice<UInt8>, _ figures: GradeFrame.Figures) {
        if let collect { collect(text, figures) } else if !text.isEmpty { rows.append(text) }
        summary.add(total: figures.total, passed: figures.passed, steps: figures.steps, hasTraineeTurn: figures.hasTraineeTurn)
        // A session with no trainee turn measures nothing: its 0 must not trip --fail-under.
        guard figures.hasTraineeTurn else { return }
        totals[figures.total, default: 0] += 1
        lowestTotal = min(lowestTotal ?? Int.max, figures.total)
    }

    /// An item that could not be graded; with `--error-rows`, `item` also gets a row in the output,
    /// in its place.
    func failed(_ message: String, item: GradeFrame.Item? = nil) {
        errors.append(message)
        summary.failures += 1
        if let item, let row = output.errorRow(for: item, message: message) {
            rows.append(Array(row.utf8)[...])
        } else {
            unreportedFailures += 1
        }
    }

    /// Failures with no error row in the output (all of them without `--error-rows`): these make
    /// the exit status 1. Those reported in the output are accounted for there.
    private(set) var unreportedFailures = 0

    /// The cohort page (html), written at the end.
    func cohortPage(_ text: String) { page = text }

    /// Writes what has arrived since the last call: the rows, then their errors.
    func flush() {
        if !rows.isEmpty {
            pending.removeAll(keepingCapacity: true)
            pending.reserveCapacity(rows.reduce(0) { $0 + $1.count + 4 } + 64)
            pending.append(contentsOf: output.header().utf8)
            output.join(rows, into: &pending)
            rows.removeAll(keepingCapacity: true)
            Self.writeAll(pending, to: STDOUT_FILENO)
        }
        for error in errors { console.error(error) }
        errors.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }

    /// Writes the rest and the format's ending (the summary, the closing bracket, the page).
    func finish() {
        flush()
        if collect != nil { return }
        if output.keepsRows {
            console.write(page ?? "")
        } else {
            console.write(output.footer(summary))
        }
    }
}
