/// Turns a trainee's line into moves. The dialogue engine and the grader both use this one type, so
/// the simulator's customers and the grade agree about what the trainee did.
///
/// The line is tokenised once over its UTF-8 bytes (lowercased and interned without building strings),
/// the rule table matches word classes by sentence structure, and `LineScan` then applies the rules
/// that need the whole line: negation and alternatives, "sorry" as a discourse marker, question
/// types, sarcasm, excuses after apologies, boundaries and commitments.
public struct Analyzer: Sendable {
    /// Creates an analyzer. The lexicon and rules are built once per process, on first use.
    public init() {}

    /// Loads the lexicon and the rule table now (from the table image in the binary, or built from
    /// the sources when it is not current) instead of on first use: for a process about to analyse
    /// many lines from several threads (a grading worker), whose threads would otherwise all wait on
    /// the one loading them.
    public static func buildTables() { RuleBook.build() }

    /// The moves in `text`, each with the words that triggered it. A line longer than
    /// `windowBytes` is read in windows (`Analyzer+Windows.swift`), so memory stays bounded.
    public func analyze(_ text: String) -> Analysis { analyze(text, scratch: nil) }

    /// `analyze`, working in `scratch`'s buffers (left there for the next line) when given.
    func analyze(_ text: String, scratch: LineScratch?) -> Analysis {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let moves: [Move] = contiguous.utf8.withContiguousStorageIfAvailable { bytes -> [Move] in
            if bytes.count > Self.windowBytes { return Self.movesInWindows(bytes) }
            var scan = LineScan(bytes: bytes, scratch: scratch)
            let moves = scan.run()
            scratch?.keep(&scan)
            return moves
        } ?? []
        return Analysis(text: text, moves: moves)
    }
}

/// The buffers a line's scan works in, handed from one line to the next by a caller that reads
/// many lines on one thread (the grader, through its `AnalysisMemo`): a line then allocates none
/// of them, where allocating and freeing them was a tenth of grading a real archive.
final class LineScratch {
    fileprivate var tokens: [Token] = []
    fileprivate var sentenceOf: [Int] = []
    fileprivate var sentences: [Range<Int>] = []
    fileprivate var hits: [Hit] = []
    fileprivate var eligible: [UInt8] = []

    /// Takes back the buffers `scan` worked in.
    fileprivate func keep(_ scan: inout LineScan) {
        swap(&tokens, &scan.tokens)
        swap(&sentenceOf, &scan.sentenceOf)
        swap(&sentences, &scan.sentences)
        swap(&hits, &scan.hits)
        swap(&eligible, &scan.eligible)
    }
}

/// One candidate move or cue found by a rule, over tokens `first...last`.
struct Hit {
    var cue: Cue
    var priority: UInt8
    var first: Int
    var last: Int
    var alive = true

    var kind: MoveKind? { if case .move(let k) = cue { k } else if case .mockery = cue { .sarcasm } else { nil } }
    var isStep: Bool { kind.map { $0.category.step != nil } ?? false }
    var isHarm: Bool { kind?.isHarmful ?? false }
    var competes: Bool {
        if case .unlessHelped = cue { return true }
        return kind != nil || cue == .neutral
    }
    /// A question about identifiers, the line or a sale: not about the problem.
    var isAdmin: Bool { cue == .admin || cue == .sale }
}

/// The working state for one line.
struct LineScan {
    static let tokenizer = Tokenizer(lexicon: .shared)

    let bytes: UnsafeBufferPointer<UInt8>
    /// The words the passes look for (see `ScanWords`).
    let vocab = ScanWords.shared
    var tokens: [Token] = []
    /// Sentence index of each token, and each sentence's token range (end exclusive).
    var sentenceOf: [Int] = []
    var sentences: [Range<Int>] = []
    var hits: [Hit] = []
    /// `MatchScan.eligible`'s table, kept between lines by `LineScratch` (empty otherwise): a
    /// byte per rule is more than the allocator's per-thread cache takes, so allocating it for
    /// every line went through malloc's slow path.
    var eligible: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A scan in `scratch`'s buffers, emptied (their capacity kept); a fresh one without.
    init(bytes: UnsafeBufferPointer<UInt8>, scratch: LineScratch?) {
        self.bytes = bytes
        guard let scratch else { return }
        scratch.keep(&self)
        tokens.removeAll(keepingCapacity: true)
        sentenceOf.removeAll(keepingCapacity: true)
        sentences.removeAll(keepingCapacity: true)
        hits.removeAll(keepingCapacity: true)
    }

    mutating func run() -> [Move] {
        tokens.reserveCapacity(bytes.count / 4 + 4)
        Self.tokenizer.tokenize(bytes, into: &tokens)
        Self.tokenizer.finish(&tokens)
        guard isEnglish() else { return [] }
        splitSentences()
        matchRules()
        addTautologies()
        addIdentities()
        dropMovesInNames()
        dropAssent()
        dropDiscourseSorry()
        resolveOverlaps()
        resolveUnlessHelped()
        readDeskTalk()
        addBlamingApologies()
        addSarcasmCues()
        dropQuestionsThatDoNotListen()
        addQuestions()
        addPassOffs()
        dropBlameInReflections()
        dropDisownedHarms()
        dropMockedSteps()
        addExcuses()
        addBoundaries()
        dropRefusalsWithAlternatives()
        addFacts()
        addCommitments()
        return moves()
    }

    /// Sarcasm that uses the step words as the weapon performs no step: stuffing, a mocking emoji or
    /// mockery in a one-sentence line takes every step; elsewhere mockery takes the apologies and
    /// thanks of the line and the steps of its own sentence, so "Fine, I'll refund it. Anything
    /// else, your majesty?" keeps the refund.
    private mutating func dropMockedSteps() {
        let mockery = hits.filter { $0.alive && $0.cue == .mockery }
        guard !mockery.isEmpty else { return }
        let wholeLine = sentences.count == 1 || mockery.contains { h in
            (h.first == 0 && h.last == tokens.count - 1) || tokens[h.first].cls.contains(.sarcEmoji)
        }
        let mocked = Set(mockery.map { sentenceOf[$0.first] })
        for i in hits.indices where hits[i].isStep {
            let politeness = hits[i].kind == .apology || hits[i].kind == .thanks
            if wholeLine || politeness || mocked.contains(sentenceOf[hits[i].first]) { hits[i].alive = false }
        }
    }

    /// Other languages are neutral: a line where fewer than about half the words are known English
    /// words produces no moves, whatever single words happen to match.
    func isEnglish() -> Bool {
        var words = 0, known = 0
        for t in tokens where t.cls.contains(.word) && !t.cls.contains(.num) && !t.cls.contains(.name) {
            words += 1
            if t.cls.contains(.known) { known += 1 }
        }
        return words > 0 && (words < 2 || known * 20 >= words * 9)
    }

    mutating func splitSentences() {
        sentenceOf.reserveCapacity(tokens.count)
        sentences.reserveCapacity(tokens.count / 8 + 2)
        var start = 0
        for (i, t) in tokens.enumerated() {
            sentenceOf.append(sentences.count)
            if !t.cls.isDisjoint(with: .end | .qmark | .emoji) {
                // "??" and "!!" stay with the sentence they close.
                if i + 1 < tokens.count && !tokens[i + 1].cls.isDisjoint(with: .end | .qmark) { continue }
                sentences.append(start..<(i + 1)); start = i + 1
            }
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
    }

    /// Runs only the rules that can start at each token, found through `RuleIndex` by the token's
    /// word id and classes; a rule whose required words are absent from the line is skipped.
    mutating func matchRules() {
        var present: UInt64 = 0, signature = SIMD4<UInt64>(repeating: 0)
        for t in tokens {
            present |= t.cls.rawValue
            if t.id >= 0 { TokenPattern.sign(&signature, t.id) }
        }
        let index = RuleBook.index
        var found: [Hit] = []
        swap(&found, &hits)   // the hits' buffer, reused (a scan from `LineScratch` has one)
        found.removeAll(keepingCapacity: true)
        found.reserveCapacity(16)
        let program = RuleBook.program
        var table: [UInt8] = []
        swap(&table, &eligible)
        defer { swap(&table, &eligible) }
        program.requiredClasses.withUnsafeBufferPointer { requiredClasses in
        program.requiredWords.withUnsafeBufferPointer { requiredWords in
            index.rules.withUnsafeBufferPointer { lists in
                program.heads.withUnsafeBufferPointer { heads in
                program.outcomes.withUnsafeBufferPointer { outcomes in
                program.elements.withUnsafeBufferPointer { elements in
                program.atoms.withUnsafeBufferPointer { atoms in
                    tokens.withUnsafeBufferPointer { toks in
                        Self.withEligibilityTable(&table, count: heads.count) { eligible in
                            let scan = MatchScan(requiredClasses: requiredClasses, requiredWords: requiredWords, heads: heads, outcomes: outcomes,
                                                 elements: elements, atoms: atoms, lists: lists, toks: toks, eligible: eligible,
                                                 present: present, signature: signature, presentWords: RuleProgram.folded(signature))
                            let always = index.alwaysList
                            for j in 0..<toks.count {
                                let t = toks[j]
                                if t.id >= 0 && Int(t.id) < index.vocabularySize { scan.attempt(index.wordList(t.id), j, &found) }
                                var bits = t.cls.rawValue & index.indexedClasses
                                while bits != 0 {
                                    scan.attempt(index.classList(bits.trailingZeroBitCount), j, &found)
                                    bits &= bits - 1
                                }
                                if !always.isEmpty { scan.attempt(always, j, &found) }
                            }
                        }
                    }
                }
                }
                }
            }
        }
        }
        }
        hits = found
        Self.sortByPosition(&hits)
    }

    /// Sorts hits by first token, then last, keeping the order of equal ones: what the library's
    /// stable sort does, without the scratch space it allocates for every line. Hits come nearly in
    /// order (they are found token by token), so insertion is about linear; a long paste's many
    /// hits go to the library.
    static func sortByPosition(_ hits: inout [Hit]) {
        guard hits.count <= 64 else {
            hits.sort { ($0.first, $0.last) < ($1.first, $1.last) }
            return
        }
        for i in hits.indices.dropFirst() {
            let hit = hits[i]
            var j = i
            while j > 0, (hit.first, hit.last) < (hits[j - 1].first, hits[j - 1].last) {
                hits[j] = hits[j - 1]
                j -= 1
            }
            hits[j] = hit
        }
    }

    /// Runs `body` with `table` made `count` zero bytes (0 unknown, 1 yes, 2 no), reusing its
    /// buffer when it has one.
    private static func withEligibilityTable(_ table: inout [UInt8], count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
        if table.count == count {
            table.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        } else {
            table = [UInt8](repeating: 0, count: count)
        }
        table.withUnsafeMutableBufferPointer { body($0) }
    }

    /// A higher-priority match hides lower-priority ones it overlaps ("sorry you feel that way" hides
    /// "sorry"); overlapping matches of one kind merge into one.
    private mutating func resolveOverlaps() {
        for i in hits.indices where hits[i].alive {
            var j = i + 1
            while j < hits.count && hits[j].first <= hits[i].last {
                // Cues (admin, alternative, excuse) inform the resolver; they never hide a move.
                if hits[j].alive && hits[i].competes && hits[j].competes {
                    if hits[j].priority < hits[i].priority { hits[j].alive = false }
                    else if hits[i].priority < hits[j].priority { hits[i].alive = false; break }
                    else if hits[j].cue == hits[i].cue {
                        hits[i].last = max(hits[i].last, hits[j].last); hits[j].alive = false
                    }
                }
                j += 1
            }
        }
    }

    func alive(_ kinds: (MoveKind) -> Bool, in range: Range<Int>? = nil) -> Bool {
        hits.contains { h in
            h.alive && h.kind.map(kinds) == true && range.map { $0.contains(h.first) } != false
        }
    }

    /// Indices of the hits that start in each sentence. A line has a handful of hits and sentences,
    /// so a lazy filter per sentence is cheaper than building an array of arrays.
    func hitsBySentence() -> HitsBySentence {
        // A long paste has many sentences: group once rather than scan every hit per sentence.
        var groups: [[Int]] = []
        if hits.count * sentences.count > 512 {
            groups = Array(repeating: [], count: sentences.count)
            for (i, h) in hits.enumerated() { groups[sentenceOf[h.first]].append(i) }
        }
        return HitsBySentence(hits: hits, sentenceOf: sentenceOf, groups: groups, count: sentences.count)
    }

    private func moves() -> [Move] {
        struct Key: Hashable { var kind: MoveKind, first: Int, last: Int }
        var out: [Move] = [], seen = Set<Key>()
        out.reserveCapacity(hits.count)
        // A few hits per line: a linear look back beats hashing; a long paste hashes.
        let hashing = hits.count > 32
        for (i, h) in hits.enumerated() where h.alive {
            guard let kind = h.kind else { continue }
            if hashing {
                guard seen.insert(Key(kind: kind, first: h.first, last: h.last)).inserted else { continue }
            } else if hits[..<i].contains(where: { $0.alive && $0.kind == kind && $0.first == h.first && $0.last == h.last }) {
                continue
            }
            let a = tokens[h.first], b = tokens[h.last]
            let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(a.byteStart)..<Int(b.byteEnd)]), as: UTF8.self)
            let move = Move(kind: kind, evidence: Evidence(start: Int(a.start), end: Int(b.end), words: words))
            out.append(move)
        }
        return out
    }
}
