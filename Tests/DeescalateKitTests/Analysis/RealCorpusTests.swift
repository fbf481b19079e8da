import Foundation
import Testing
@testable import DeescalateKit

/// Holds the analyzer and the grader to real conversations nobody here wrote
/// (`../shared/corpora`, or `DEESCALATE_CORPORA`). Skipped when the corpora are absent; nothing
/// from them is copied here. The floors sit below what is measured (README, docs/GRADING.md), so
/// a regression fails while the kept-back splits stay the real measure.
@Suite("Real corpora", .enabled(if: RealCorpora.root != nil, "no corpora at ../shared/corpora (set DEESCALATE_CORPORA)"))
struct RealCorpusTests {
    @Test("the labelled agent messages: macro-F1 and harmful precision hold their floors")
    func labelledSet() throws {
        let root = try #require(RealCorpora.root)
        let data = try Data(contentsOf: root.appendingPathComponent("labelled-agent-turns.tsv"))
        let evaluation = try AnalyzerEvaluation(parsing: data)
        #expect(evaluation.count == 300)
        #expect(evaluation.macroF1 >= 0.90, "macro-F1 \(evaluation.macroF1)")
        let steps = [AnalyzerEvaluation.Label.listen, .apologize, .solve, .thank].map { evaluation.score(for: $0).f1 }
        #expect(steps.reduce(0, +) / 4 >= 0.90, "L/A/S/T macro-F1 \(steps)")
        let harmful = evaluation.score(for: .harmful)
        #expect(harmful.falsePositives <= 1, "false harms: \(harmful.falsePositives)")
    }

    @Test("the matcher's shortcuts find every rule match on real agent lines")
    func shortcutsOnRealLines() throws {
        var compared = 0
        for path in RealCorpora.chatLogs(stride: 40) {
            guard let transcript = try? ChatLogImporter.transcript(parsing: Array(try Data(contentsOf: path)), file: path.path) else { continue }
            for turn in transcript.turns where turn.speaker == .trainee {
                guard let both = LineScan.ruleMatchesBothWays(turn.text) else { continue }
                compared += 1
                #expect(both.indexed == both.exhaustive, "\(path.lastPathComponent): \(Set(both.exhaustive).symmetricDifference(both.indexed).sorted())")
            }
        }
        #expect(compared > 200)
    }

    @Test("grading real conversations: no outright fail, harm findings under 2 per 1,000 agent turns")
    func grading() throws {
        let scorer = Scorer()
        var agentTurns = 0, harms = 0
        var fails: [String] = []
        for path in RealCorpora.chatLogs(stride: 3) {
            guard let transcript = try? ChatLogImporter.transcript(parsing: Array(try Data(contentsOf: path)), file: path.path) else { continue }
            agentTurns += transcript.turns.count { $0.speaker == .trainee }
            let grade = scorer.grade(transcript)
            harms += grade.findings.count { $0.rule.hasPrefix("harm-") }
            if grade.failedBecause != nil { fails.append(path.lastPathComponent) }
        }
        #expect(agentTurns > 1000)
        #expect(fails.isEmpty, "outright fails: \(fails)")
        #expect(Double(harms) * 1000 / Double(max(agentTurns, 1)) <= 2, "\(harms) harm findings in \(agentTurns) agent turns")
    }

    @Test("every real line, agent's or customer's, is read without a trap and with evidence in range")
    func everyLine() throws {
        let analyzer = Analyzer()
        for path in RealCorpora.chatLogs(stride: 2) {
            let text = try String(contentsOf: path, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let line = String(line)
                let scalars = line.unicodeScalars.count
                for move in analyzer.analyze(line).moves { #expect(move.evidence.start >= 0 && move.evidence.end <= scalars) }
            }
        }
    }
}

/// Where the real corpora are: `DEESCALATE_CORPORA`, else `../shared/corpora` beside the package
/// (or one level further up, for a worktree kept in a subfolder).
enum RealCorpora {
    static let root: URL? = {
        if let path = ProcessInfo.processInfo.environment["DEESCALATE_CORPORA"], !path.isEmpty {
            return FileManager.default.fileExists(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        for up in ["../shared/corpora", "../../shared/corpora"] {
            let candidate = package.appendingPathComponent(up).standardizedFileURL
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("labelled-agent-turns.tsv").path) { return candidate }
        }
        return nil
    }()

    /// Every `stride`-th chat log of the corpora, in name order (a sample keeps the test quick; the
    /// `real` benchmark grades them all).
    static func chatLogs(stride: Int) -> [URL] {
        guard let root else { return [] }
        var paths: [URL] = []
        for folder in ["twitter-care", "sgd"] {
            let url = root.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            paths += names.enumerated().filter { $0.offset % stride == 0 }.map { url.appendingPathComponent($0.element) }
        }
        return paths
    }
}
