import DeescalateKit
import Foundation

/// Grades real conversations nobody here wrote (by default `../shared/corpora/{twitter-care,sgd}`,
/// or the folders given: `deescalate-bench real [DIR...]`) and reports what a professional agent
/// should almost never get: harm findings per 1,000 agent turns by kind, outright fails (with the
/// files), excuses, non-apologies and refusals; the distribution of step scores; and the time
/// `deescalate grade` takes against `cat` reading the same files (alternating runs).
/// Targets: at most 2 harm findings per 1,000 agent turns, no outright fail, within 3× `cat`.
/// `REAL_BENCH_SHOW=N` also prints up to N harm findings, outright fails and excuses with their
/// file, turn and words, to read (they are never written anywhere).
struct RealCorpusBenchmark: Benchmark {
    let name = "real"
    /// Folders named on the command line; empty for the default corpora.
    let folders: [String]

    func run() -> [String] {
        var roots = folders.map { URL(fileURLWithPath: $0) }
        if roots.isEmpty {
            guard let corpora = Corpora.locate() else {
                return ["skipped: no corpora (set DEESCALATE_CORPORA or put them at ../shared/corpora)"]
            }
            roots = ["twitter-care", "sgd"].map { corpora.appendingPathComponent($0) }
                .filter { FileManager.default.fileExists(atPath: $0.path) }
        }
        let show = Int(ProcessInfo.processInfo.environment["REAL_BENCH_SHOW"] ?? "") ?? 0
        var results: [String] = []
        var all = Tally(name: "all")
        var files: [String] = []
        for root in roots {
            let paths = Corpora.chatLogs(under: root)
            guard !paths.isEmpty else { results.append("\(root.path): no .txt chat logs"); continue }
            files += paths
            var tally = Tally(name: root.lastPathComponent)
            let seconds = Measure.seconds { tally.grade(paths, show: show) }
            results += tally.report(seconds: seconds)
            all.merge(tally)
        }
        if roots.count > 1 { results += all.report(seconds: nil) }
        guard !files.isEmpty else { return results }
        results.append(Self.analyzerSpeed(files: files))
        results += Self.timeAgainstCat(roots: roots.map(\.path), files: files)
        if files.count > Self.sliceSize { results += Self.timeAgainstCat(slice: Self.evenSlice(of: files)) }
        return results
    }

    /// The size of the kept-back set the issue's speed target was measured on: where a run's fixed
    /// costs (starting, building the rule table) weigh about twice what they do on every file.
    static let sliceSize = 3_102

    /// `sliceSize` files spread evenly over `files` (in their order), so both folders are in it.
    static func evenSlice(of files: [String]) -> [String] {
        (0..<sliceSize).map { files[$0 * files.count / sliceSize] }
    }

    /// `deescalate grade --format jsonl` on the files named one by one against `cat` on them.
    static func timeAgainstCat(slice files: [String]) -> [String] {
        let (g, c) = medianSeconds(gradeArguments: files, catFiles: files)
        return [String(format: "time on an even slice of %d of the files: grade %.0f ms, cat %.0f ms: %.2f× cat (median of 5 alternating runs; target ≤ 3×)",
                       files.count, g * 1e3, c * 1e3, g / max(c, 1e-9))]
    }

    /// The analyzer alone on every agent turn of the files, one core, best of three rounds: real
    /// lines vary more and run longer than the dev set's.
    static func analyzerSpeed(files: [String]) -> String {
        var lines: [String] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path),
                  let transcript = try? ChatLogImporter.transcript(parsing: Array(data), file: path) else { continue }
            lines += transcript.turns.filter { $0.speaker == .trainee }.map(\.text)
        }
        let analyzer = Analyzer()
        var moves = 0, best = Double.infinity
        for _ in 0..<3 {
            best = min(best, Measure.seconds { for line in lines { moves &+= analyzer.analyze(line).moves.count } })
        }
        let bytes = lines.reduce(0) { $0 + $1.utf8.count }
        return String(format: "analyzer on the %d agent turns (%.1f MB): %.0f utterances/s on one core, %.2f µs per KB (best of 3; checksum %d)",
                      lines.count, Double(bytes) / 1e6, Double(lines.count) / best, best * 1e6 / (Double(bytes) / 1000), moves)
    }

    /// `deescalate grade --format jsonl` on the folders against `cat` on their files.
    static func timeAgainstCat(roots: [String], files: [String]) -> [String] {
        let (g, c) = medianSeconds(gradeArguments: roots, catFiles: files)
        return [String(format: "time: deescalate grade --format jsonl %.0f ms, cat %.0f ms on the same %d files: %.2f× cat (median of 5 alternating runs; target ≤ 3×)",
                       g * 1e3, c * 1e3, files.count, g / max(c, 1e-9))]
    }

    /// Median seconds of `deescalate grade --format jsonl ARGUMENTS` and of `cat` on the files, five
    /// runs each, alternating, so a busy host slows both alike.
    static func medianSeconds(gradeArguments: [String], catFiles: [String]) -> (grade: Double, cat: Double) {
        var grade: [Double] = [], cat: [Double] = []
        for _ in 0..<5 {
            cat.append(Measure.runProcess("/bin/cat", catFiles).seconds)
            grade.append(Measure.runProcess(Measure.binary.path, ["grade", "--format", "jsonl"] + gradeArguments).seconds)
        }
        return (Measure.percentile(grade, 50), Measure.percentile(cat, 50))
    }
}

/// Counts over one folder of real conversations.
private struct Tally {
    let name: String
    var conversations = 0, agentTurns = 0, unreadable = 0
    var harmsByKind: [String: Int] = [:]
    var outrightFails: [String] = []
    var excuses = 0, nonApologies = 0, refusals = 0, policyWalls = 0
    /// Step score histograms: buckets 0, 1–39, 40–59, 60–79, 80–100.
    var buckets = [[Int]](repeating: [0, 0, 0, 0, 0], count: 4)
    var totals = 0, passed = 0
    var shown = 0

    mutating func grade(_ paths: [String], show: Int) {
        let scorer = Scorer(), analyzer = Analyzer()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path),
                  let transcript = try? ChatLogImporter.transcript(parsing: Array(data), file: path) else { unreadable += 1; continue }
            conversations += 1
            let grade = scorer.grade(transcript)
            totals += grade.total
            if grade.passed { passed += 1 }
            for step in Step.allCases {
                let score = grade.steps[step] ?? 0
                buckets[step.index][score == 0 ? 0 : score < 40 ? 1 : score < 60 ? 2 : score < 80 ? 3 : 4] += 1
            }
            for finding in grade.findings {
                if finding.rule.hasPrefix("harm-") {
                    harmsByKind[String(finding.rule.dropFirst(5)), default: 0] += 1
                    note(show, path, finding)
                }
                if finding.rule == "outright-fail" {
                    outrightFails.append(URL(fileURLWithPath: path).lastPathComponent)
                    note(show, path, finding)
                }
            }
            for turn in transcript.turns where turn.speaker == .trainee {
                agentTurns += 1
                let analysis = analyzer.analyze(turn.text)
                for kind in analysis.harms {
                    switch kind {
                    case .excuse: excuses += 1; note(show, path, Finding(rule: "excuse", step: nil, turn: 0, words: turn.text, points: 0, message: ""))
                    case .nonApology: nonApologies += 1
                    case .refusal: refusals += 1
                    case .policyWall: policyWalls += 1
                    default: break
                    }
                }
            }
        }
    }

    private mutating func note(_ show: Int, _ path: String, _ finding: Finding) {
        guard shown < show else { return }
        shown += 1
        print("    \(URL(fileURLWithPath: path).lastPathComponent):\(finding.turn) \(finding.rule): \(finding.words)")
    }

    mutating func merge(_ other: Tally) {
        conversations += other.conversations; agentTurns += other.agentTurns; unreadable += other.unreadable
        for (kind, count) in other.harmsByKind { harmsByKind[kind, default: 0] += count }
        outrightFails += other.outrightFails
        excuses += other.excuses; nonApologies += other.nonApologies; refusals += other.refusals; policyWalls += other.policyWalls
        for step in 0..<4 { for bucket in 0..<5 { buckets[step][bucket] += other.buckets[step][bucket] } }
        totals += other.totals; passed += other.passed
    }

    func report(seconds: Double?) -> [String] {
        let harms = harmsByKind.values.reduce(0, +)
        let perThousand = agentTurns == 0 ? 0 : Double(harms) * 1000 / Double(agentTurns)
        let kinds = harmsByKind.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let fails = outrightFails.isEmpty ? "0" : "\(outrightFails.count) (\(outrightFails.prefix(10).joined(separator: ", "))\(outrightFails.count > 10 ? ", …" : ""))"
        var lines = [
            "\(name): \(conversations) conversations, \(agentTurns) agent turns" + (unreadable > 0 ? ", \(unreadable) unreadable" : "")
                + (seconds.map { String(format: ", graded in %.2f s in process", $0) } ?? ""),
            String(format: "  harm findings: %d, %.1f per 1,000 agent turns (target ≤ 2)%@", harms, perThousand, kinds.isEmpty ? "" : ": " + kinds),
            "  outright fails: \(fails) (target 0)",
            "  agent turns with an excuse \(excuses), non-apology \(nonApologies), \"can't\" with no alternative \(refusals), policy wall \(policyWalls)",
            String(format: "  mean total %.1f, passed %d of %d", conversations == 0 ? 0 : Double(totals) / Double(conversations), passed, conversations),
        ]
        for step in Step.allCases {
            let b = buckets[step.index]
            lines.append("  \(step.title.padding(toLength: 9, withPad: " ", startingAt: 0)) 0: \(b[0])  1–39: \(b[1])  40–59: \(b[2])  60–79: \(b[3])  80–100: \(b[4])")
        }
        return lines
    }
}

/// Where the real corpora are, and the chat logs in a folder.
enum Corpora {
    /// `DEESCALATE_CORPORA`, else `../shared/corpora` beside the package (or one level further up,
    /// for a worktree kept in a subfolder); nil when none exists.
    static func locate() -> URL? {
        if let path = ProcessInfo.processInfo.environment["DEESCALATE_CORPORA"], !path.isEmpty {
            return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        let root = Measure.packageRoot
        for up in ["../shared/corpora", "../../shared/corpora"] {
            let candidate = root.appendingPathComponent(up).standardizedFileURL
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Every `.txt` file under `folder`, sorted by path.
    static func chatLogs(under folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".txt") { paths.append(folder.appendingPathComponent(relative).path) }
        }
        return paths.sorted()
    }
}
