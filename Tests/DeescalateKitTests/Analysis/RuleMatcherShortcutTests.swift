import Foundation
import Testing
@testable import DeescalateKit

/// The matcher's shortcuts (the index by opening atom, the needs carried in each index entry, the
/// per-rule eligibility table) must change only how fast rules are found, never which: on every
/// labelled line, the matches found through them are the matches of every rule tried at every token.
@Suite("Rule matcher shortcuts")
struct RuleMatcherShortcutTests {
    static func fixtureLines(_ name: String) throws -> [String] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures/analysis"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count >= 3 ? String(fields[2]) : nil
        }
    }

    @Test("the index and the needs drop no match on any labelled line", arguments: ["dev-set", "validation-set", "veiled-set"])
    func sameMatchesAsEveryRuleEverywhere(set: String) throws {
        let lines = try Self.fixtureLines(set)
        #expect(lines.count > 50)
        var compared = 0, matches = 0
        for line in lines {
            guard let both = LineScan.ruleMatchesBothWays(line) else { continue }
            compared += 1
            matches += both.exhaustive.count
            #expect(both.indexed == both.exhaustive, "\(line)\n  missed: \(Set(both.exhaustive).subtracting(both.indexed).sorted())\n  extra: \(Set(both.indexed).subtracting(both.exhaustive).sorted())")
        }
        // The comparison means something only if lines were read and rules fired on them.
        #expect(compared > lines.count / 2)
        #expect(matches > compared)
    }

    @Test("lines built to stress the shortcuts: inflected literals, marked words, anchors, gaps, long pastes")
    func stressLines() {
        let lines = [
            "I booked it, I'm booking it and I've rebooked it — sorry, I said I would!",
            "You said you'd told them. They told me nothing. Calm down, it's not my problem.",
            "Thanks!!! Sorry?? What happened... I'll refund you today, is that OK?",
            String(repeating: "I'm so sorry, I will fix this for you today. ", count: 40),
            "Apologies — @user https://example.com/a?b=c #tag £20.00 at 7:30pm, ref AB12345. Thank you.",
        ]
        for line in lines {
            guard let both = LineScan.ruleMatchesBothWays(line) else { Issue.record("not read: \(line)"); continue }
            #expect(!both.exhaustive.isEmpty, "no rule fired on: \(line)")
            #expect(both.indexed == both.exhaustive, "\(line)")
        }
    }

    /// Building the table in two halves at once, each item compiled once per half (`AtomMemo`),
    /// must give the table that compiling every rule on its own, in order, gives.
    @Test("the table built in halves with memos is the table built rule by rule")
    func halvesAndMemosBuildTheSameTable() {
        var oneByOne: [Rule] = []
        for rule in RuleBook.source {
            for pattern in RuleBook.openingsExpanded(rule.2) {
                oneByOne.append(Rule(cue: rule.0, priority: rule.1, pattern: TokenPattern(pattern, lexicon: .shared)))
            }
        }
        #expect(oneByOne.count == RuleBook.rules.count)
        let differing = zip(oneByOne, RuleBook.rules).enumerated().filter { _, pair in
            let (alone, built) = pair
            return alone.cue != built.cue || alone.priority != built.priority
                || alone.pattern.elements.count != built.pattern.elements.count
                || zip(alone.pattern.elements, built.pattern.elements).contains { a, b in
                    a.kind != b.kind || a.gap != b.gap || !Self.same(a.atom, b.atom)
                }
        }.map(\.offset)
        #expect(differing.count == 0, "rules that differ, the first: \(Array(differing.prefix(10)))")
    }

    static func same(_ a: TokenPattern.Atom, _ b: TokenPattern.Atom) -> Bool {
        a.literalKinds == b.literalKinds && a.markedWord == b.markedWord && a.markedClasses == b.markedClasses
            && a.classes.0 == b.classes.0 && a.classes.1 == b.classes.1 && a.classes.2 == b.classes.2 && a.classes.3 == b.classes.3
            && a.words == b.words && a.pastWords == b.pastWords && a.ingWords == b.ingWords
    }
}
