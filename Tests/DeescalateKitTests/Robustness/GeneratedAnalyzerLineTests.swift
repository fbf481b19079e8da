import Testing
@testable import DeescalateKit

/// Hundreds of thousands of lines built from the analyzer's own words and rules (issue 14): every
/// line is analysed and every evidence span must lie inside the line and quote it exactly. A span
/// past the line's end — the bare "sorry" last on a line once read one token too far — traps here.
@Suite("Generated analyzer lines")
struct GeneratedAnalyzerLineTests {
    /// Lines are checked in slices, which Swift Testing runs in parallel.
    static let slices = 8

    /// Every word alone and dressed (first, last, punctuated, Unicode, controls): each slice takes
    /// every `slices`-th word.
    @Test("every lexicon word, alone and dressed", arguments: 0..<slices)
    func words(slice: Int) {
        var generator = AnalyzerLineGenerator(seed: UInt64(100 + slice))
        let vocabulary = AnalyzerLineGenerator.vocabulary
        var checked = 0
        for index in stride(from: slice, to: vocabulary.count, by: Self.slices) {
            for line in generator.dressings(of: vocabulary[index]) { checked += Self.check(line) }
        }
        #expect(checked > 0)
    }

    /// Instances of every rule, dressed.
    @Test("every rule's pattern, filled from the lexicon and dressed", arguments: 0..<slices)
    func rules(slice: Int) {
        var generator = AnalyzerLineGenerator(seed: UInt64(200 + slice))
        let rules = RuleBook.rules
        var checked = 0
        for index in stride(from: slice, to: rules.count, by: Self.slices) {
            for instance in generator.instances(of: rules[index].pattern, count: Self.instancesPerRule) {
                for line in generator.dressings(of: instance) { checked += Self.check(line) }
            }
        }
        #expect(checked > 0)
    }

    static let instancesPerRule = 33

    @Test("the generator covers the lexicon and the rule book at the promised size")
    func size() {
        let words = AnalyzerLineGenerator.vocabulary.count * 10
        let rules = RuleBook.rules.count * Self.instancesPerRule * 10
        print("generated analyzer lines: \(words) from words, \(rules) from rules")
        #expect(words + rules >= 200_000, "only \(words + rules) lines")
    }

    /// Analyses `line` and checks the analysis is sane; returns 1 for counting.
    static let analyzer = Analyzer()

    static func check(_ line: String) -> Int {
        // Plain comparisons, recording only failures: an `#expect` per line would cost more than the analysis.
        let analysis = analyzer.analyze(line)
        if analysis.text != line { Issue.record("the analysis changed the text of \(String(reflecting: line))") }
        guard !analysis.moves.isEmpty else { return 1 }
        let scalars = Array(line.unicodeScalars)
        var previousStart = 0
        for move in analysis.moves {
            let evidence = move.evidence
            guard 0 <= evidence.start, evidence.start <= evidence.end, evidence.end <= scalars.count else {
                Issue.record("evidence \(evidence.start)..<\(evidence.end) outside a line of \(scalars.count) scalars: \(String(reflecting: line))")
                continue
            }
            var quoted = String.UnicodeScalarView()
            quoted.append(contentsOf: scalars[evidence.start..<evidence.end])
            if String(quoted) != evidence.words {
                Issue.record("evidence words \(String(reflecting: evidence.words)) differ from the span in \(String(reflecting: line))")
            }
            if evidence.start < previousStart { Issue.record("moves out of order in \(String(reflecting: line))") }
            previousStart = evidence.start
        }
        return 1
    }
}
