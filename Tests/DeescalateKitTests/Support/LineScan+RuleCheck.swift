@testable import DeescalateKit

/// The rule matcher checked against its own shortcuts: `matchRules` tries a rule only where the
/// index says its opening atom can start, and only when the line holds what the rule needs
/// (`RuleIndex.Entry.needs`, then `MatchScan.mayMatch`). Each shortcut must drop only rules that
/// could not match; this reads a line both ways so tests can hold them to that.
extension LineScan {
    /// A rule hit as the passes after matching see it: what it reports, its rank, its tokens.
    struct RuleMatch: Hashable, Comparable, CustomStringConvertible {
        var cue: String
        var priority: UInt8
        var first: Int
        var last: Int

        static func < (a: RuleMatch, b: RuleMatch) -> Bool { (a.first, a.last, a.cue, a.priority) < (b.first, b.last, b.cue, b.priority) }
        var description: String { "\(cue)/\(priority) over tokens \(first)...\(last)" }
    }

    /// The distinct rule matches of `text` as the matcher finds them, and as trying every rule at
    /// every token finds them; nil when the line is not read at all (not English).
    static func ruleMatchesBothWays(_ text: String) -> (indexed: [RuleMatch], exhaustive: [RuleMatch])? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> (indexed: [RuleMatch], exhaustive: [RuleMatch])? in
            var scan = LineScan(bytes: bytes)
            Self.tokenizer.tokenize(bytes, into: &scan.tokens)
            Self.tokenizer.finish(&scan.tokens)
            guard scan.isEnglish() else { return nil }
            scan.splitSentences()
            scan.matchRules()
            let indexed = Set(scan.hits.map { RuleMatch(cue: "\($0.cue)", priority: $0.priority, first: $0.first, last: $0.last) })
            var exhaustive = Set<RuleMatch>()
            let program = RuleBook.program
            program.elements.withUnsafeBufferPointer { elements in
                program.atoms.withUnsafeBufferPointer { atoms in
                    scan.tokens.withUnsafeBufferPointer { toks in
                        for (r, head) in program.heads.enumerated() {
                            for i in 0..<toks.count {
                                var first = -1, last = -1
                                guard RuleProgram.step(elements, atoms, Int(head.start), Int(head.end), toks, i, &first, &last),
                                      first >= 0 else { continue }
                                let outcome = program.outcomes[r]
                                exhaustive.insert(RuleMatch(cue: "\(outcome.cue)", priority: outcome.priority, first: first, last: last))
                            }
                        }
                    }
                }
            }
            return (indexed.sorted(), exhaustive.sorted())
        } ?? nil
    }
}
