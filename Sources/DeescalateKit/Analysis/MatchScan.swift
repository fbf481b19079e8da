/// The matcher's view of one line: raw buffers only, so the hot loop has no retains and no
/// exclusivity checks.
struct MatchScan {
    let requiredClasses: UnsafeBufferPointer<RuleProgram.Required>
    let requiredWords: UnsafeBufferPointer<SIMD4<UInt64>>
    let heads: UnsafeBufferPointer<RuleProgram.Head>
    let outcomes: UnsafeBufferPointer<RuleProgram.Outcome>
    let elements: UnsafeBufferPointer<RuleProgram.Element>
    let atoms: UnsafeBufferPointer<TokenPattern.Atom>
    let lists: UnsafeBufferPointer<RuleIndex.Entry>
    let toks: UnsafeBufferPointer<Token>
    let eligible: UnsafeMutableBufferPointer<UInt8>
    let present: UInt64
    let signature: SIMD4<UInt64>
    /// `signature` folded as `RuleProgram.Needs.words` is.
    let presentWords: UInt64

    /// Tries the rules of `list` keyed at token `j`; a rule keyed by its second atom starts one earlier.
    @inline(__always) func attempt(_ list: Range<Int>, _ j: Int, _ found: inout [Hit]) {
        for k in list {
            let entry = lists[k]
            guard entry.needs.allow(classes: present, words: presentWords) else { continue }
            let r = Int(entry.rule)
            if eligible[r] == 2 { continue }
            if eligible[r] == 0 {
                eligible[r] = mayMatch(outcomes[r]) ? 1 : 2
                if eligible[r] == 2 { continue }
            }
            let head = heads[r]
            let i: Int
            if head.keyOffset == 1 {
                guard j > 0, atoms[Int(head.leading)].matches(toks[j - 1]) else { continue }
                i = j - 1
            } else {
                if head.second >= 0, j + 1 >= toks.count || !atoms[Int(head.second)].matches(toks[j + 1]) { continue }
                i = j
            }
            var first = -1, last = -1
            guard RuleProgram.step(elements, atoms, Int(head.start), Int(head.end), toks, i, &first, &last), first >= 0 else { continue }
            found.append(Hit(cue: outcomes[r].cue, priority: outcomes[r].priority, first: first, last: last))
        }
    }

    /// Whether the line's classes and words could satisfy every atom the rule requires.
    @inline(__always) func mayMatch(_ rule: RuleProgram.Outcome) -> Bool {
        for k in Int(rule.requiredStart)..<Int(rule.requiredEnd)
        where requiredClasses[k].classes & present == 0 {
            // Words folded apart share no bit unfolded either.
            if requiredClasses[k].foldedWords & presentWords == 0 || (requiredWords[k] & signature) == SIMD4(repeating: 0) { return false }
        }
        return true
    }
}
