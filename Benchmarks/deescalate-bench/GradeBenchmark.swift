@_spi(Benchmarking) import DeescalateKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `deescalate grade` on synthetic 20-turn chat logs through the release binary: files per second,
/// peak memory of the grading process for the whole folder (from `wait4`'s rusage of the child), and
/// the naive Python keyword grader (Benchmarks/python/naive_grader.py) on the same files.
/// Targets: ≥ 20,000 files/s on 2 cores, ≥ 5× the Python grader, peak < 150 MB for 100,000 files.
/// Set GRADE_BENCH_FILES to change the count (default 100,000).
struct GradeBenchmark: Benchmark {
    let name = "grade"

    func run() -> [String] {
        let count = Int(ProcessInfo.processInfo.environment["GRADE_BENCH_FILES"] ?? "") ?? 100_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-grade-bench-\(count)")
        var results: [String] = []
        let generation = Measure.seconds { ChatLogCorpus.write(count: count, to: folder) }
        results.append(String(format: "generated %d chat logs of 20 turns in %.1f s (%@)", count, generation, folder.path))

        // In process, one core: where a grade's time goes, and how much of it is the analyzer.
        let texts = ChatLogCorpus.logs(count: 2_000, seed: 99).map { Array($0.utf8) }
        var sample: [Transcript] = []
        let importing = Measure.seconds { sample = texts.map { try! ChatLogImporter.transcript(parsing: $0) } }
        let lines = sample.flatMap { $0.turns.filter { $0.speaker == .trainee }.map(\.text) }
        let analyzer = Analyzer(), scorer = Scorer()
        var analyses: [[Analysis]] = []
        let analyzing = Measure.seconds {
            analyses = sample.map { transcript in transcript.turns.filter { $0.speaker == .trainee }.map { analyzer.analyze($0.text) } }
        }
        var grades: [Grade] = []
        let scoring = Measure.seconds { grades = zip(sample, analyses).map { scorer.grade($0, analyses: $1) } }
        let rendering = Measure.seconds {
            for (transcript, grade) in zip(sample, grades) {
                _ = GradeJSONLines.line(GradeRow(GradedTranscript(source: "x", transcript: transcript, grade: grade)))
            }
        }
        // The same lines through one worker's memo of repeated lines (20,000 logs, as one worker of a big run sees).
        let memoLogs = ChatLogCorpus.logs(count: 20_000, seed: 98).map { try! ChatLogImporter.transcript(parsing: Array($0.utf8)) }
        let memo = AnalysisMemo()
        let memoAnalyzing = Measure.seconds {
            for transcript in memoLogs { for turn in transcript.turns where turn.speaker == .trainee { _ = memo.analysis(of: turn.text, by: analyzer) } }
        }
        let grading = analyzing + scoring
        if let rounds = Int(ProcessInfo.processInfo.environment["GRADE_BENCH_PROFILE_SCORER"] ?? "") {
            // For a profiler: the scorer alone, over and over (e.g. perf record with GRADE_BENCH_FILES=1).
            for _ in 0..<rounds { for (transcript, analysis) in zip(sample, analyses) { _ = scorer.grade(transcript, analyses: analysis) } }
        }
        let perLog = (importing + grading + rendering) / Double(sample.count)
        let withoutAnalyzer = (importing + scoring + rendering) / Double(sample.count)
        let projected = 1 / (withoutAnalyzer + 10.0 / 100_000)
        results.append(String(format: "one core in process, per log: import %.1f µs, analyzer %.1f µs (%.0f utterances/s), rules %.1f µs, jsonl %.1f µs",
                              importing / Double(sample.count) * 1e6, analyzing / Double(sample.count) * 1e6, Double(lines.count) / analyzing,
                              scoring / Double(sample.count) * 1e6, rendering / Double(sample.count) * 1e6))
        results.append(String(format: "  → %.0f logs/s/core now (%.0f%% analyzer); without the analyzer %.0f logs/s/core; with an analyzer at its 100k utterances/s/core target ≈ %.0f logs/s/core",
                              1 / perLog, 100 * analyzing / (importing + grading + rendering), 1 / withoutAnalyzer, projected))

        results.append(String(format: "  analysis memo (capacity %d): %.1f%% of trainee lines reused over %d logs; analyzer with memo %.1f µs per log",
                              memo.capacity, 100 * memo.hitRate, memoLogs.count, memoAnalyzing / Double(memoLogs.count) * 1e6))
        // How varied the corpus is, so the memo's figure can be judged: a real archive varies more.
        let traineeLines = memoLogs.flatMap { $0.turns.filter { $0.speaker == .trainee }.map(\.text) }
        let folded = Set(traineeLines.map(AnalysisMemo.key(for:)))
        results.append("  corpus variety: \(traineeLines.count) trainee lines, \(Set(traineeLines).count) distinct as written, \(folded.count) distinct with digits folded (what the memo keys on)")

        // The floor under any grader: walking the folder and reading every file, nothing else (one core).
        var bytesRead = 0
        let reading = Measure.seconds { bytesRead = Self.readEveryFile(in: folder.path) }
        results.append(String(format: "  reading alone (walk, open, read, close; one core): %.1f µs per file, %.0f files/s, %.1f MB",
                              reading / Double(count) * 1e6, Double(count) / reading, Double(bytesRead) / 1e6))

        // With no /usr/bin/time, a child's peak includes what it was spawned with; /bin/true shows that floor.
        let floor = Measure.runMeasuringMemory("/bin/true", []).peakMB
        let swift = Measure.runMeasuringMemory(Measure.binary.path, ["grade", "--format", "jsonl", folder.path])
        guard swift.status == 0 else { return results + ["grade failed with status \(swift.status)"] }
        let rate = Double(count) / swift.seconds
        results.append(String(format: "deescalate grade --format jsonl: %.2f s wall, %.0f files/s (target ≥ 20,000), peak RSS %.1f MB (target < 150 MB at 100,000 files)",
                              swift.seconds, rate, swift.peakMB))
        setenv("DEESCALATE_ANALYSIS_MEMO", "0", 1)
        let unmemoized = Measure.runMeasuringMemory(Measure.binary.path, ["grade", "--format", "jsonl", folder.path])
        unsetenv("DEESCALATE_ANALYSIS_MEMO")
        results.append(String(format: "  without the analysis memo: %.2f s wall, %.0f files/s, peak RSS %.1f MB",
                              unmemoized.seconds, Double(count) / unmemoized.seconds, unmemoized.peakMB))
        results.append(String(format: "  (peak RSS of /bin/true measured the same way: %.1f MB, the floor of this method)", floor))

        let script = Measure.packageRoot.appendingPathComponent("Benchmarks/python/naive_grader.py").path
        let python = Measure.runMeasuringMemory("/usr/bin/env", ["python3", script, folder.path])
        if python.status == 0 {
            let pythonRate = Double(count) / python.seconds
            results.append(String(format: "naive Python keyword grader: %.2f s wall, %.0f files/s, peak RSS %.1f MB; deescalate is %.1f× faster (target ≥ 5×)",
                                  python.seconds, pythonRate, python.peakMB, rate / pythonRate))
        } else {
            results.append("naive Python keyword grader could not run (status \(python.status))")
        }
        if ProcessInfo.processInfo.environment["GRADE_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(at: folder) }
        return results
    }

    /// Reads every file under `path` (depth first) and returns the bytes read: the I/O a grader cannot avoid.
    static func readEveryFile(in path: String) -> Int {
        guard let directory = opendir(path) else { return 0 }
        defer { closedir(directory) }
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            if name.hasPrefix(".") { continue }
            let child = path + "/" + name
            if Int32(entry.pointee.d_type) == DT_DIR { total += readEveryFile(in: child); continue }
            let descriptor = open(child, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            while true {
                let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if got <= 0 { break }
                total += got
            }
            close(descriptor)
        }
        return total
    }
}
