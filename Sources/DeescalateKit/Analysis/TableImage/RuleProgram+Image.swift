/// The rule program in a table image. The program holds an atom for every atom item of every rule
/// (seven thousand), but under two thousand differ: the image keeps each distinct atom once and
/// the program's list as references to them. Every reference and offset is checked on reading,
/// since the matcher follows them unchecked.
extension RuleProgram {
    func write(to out: inout ImageWriter) {
        var distinct: [[UInt8]] = [], position: [[UInt8]: Int] = [:], references: [Int] = []
        for atom in atoms {
            var one = ImageWriter()
            atom.write(to: &one)
            if let known = position[one.bytes] { references.append(known); continue }
            position[one.bytes] = distinct.count
            references.append(distinct.count)
            distinct.append(one.bytes)
        }
        out.count(distinct.count)
        for bytes in distinct { for byte in bytes { out.byte(byte) } }
        out.count(references.count)
        for reference in references { out.count(reference) }
        out.count(elements.count)
        for element in elements {
            out.byte(element.kind.rawValue)
            out.count(Int(element.gap))
            out.int(Int(element.atom))
        }
        out.count(requiredClasses.count)
        for (required, words) in zip(requiredClasses, requiredWords) {
            out.bits(required.classes)
            for k in 0..<4 { out.bits(words[k]) }
        }
        out.count(heads.count)
        for (head, outcome) in zip(heads, outcomes) {
            out.count(Int(head.start)); out.count(Int(head.end))
            out.int(Int(head.leading)); out.int(Int(head.second))
            out.byte(UInt8(head.keyOffset))
            outcome.cue.write(to: &out)
            out.byte(outcome.priority)
            out.count(Int(outcome.requiredStart)); out.count(Int(outcome.requiredEnd))
        }
    }

    /// The widest gap (`*N`) and the most elements in a rule that an image may hold.
    static let widestGap = 32
    static let longestRule = 64

    init(reading input: inout ImageReader, vocabularySize: Int) throws(ImageReader.Damaged) {
        let distinctCount = try input.count(atMost: 1 << 20)
        var distinct: [TokenPattern.Atom] = []
        distinct.reserveCapacity(input.room(for: distinctCount))
        for _ in 0..<distinctCount { distinct.append(try TokenPattern.Atom(reading: &input, vocabularySize: vocabularySize)) }
        let atomCount = try input.count(atMost: 1 << 22)
        var atoms: [TokenPattern.Atom] = []
        atoms.reserveCapacity(input.room(for: atomCount))
        for _ in 0..<atomCount { atoms.append(distinct[try input.count(atMost: distinctCount - 1)]) }
        let elementCount = try input.count(atMost: 1 << 22)
        var elements: [Element] = []
        elements.reserveCapacity(input.room(for: elementCount))
        for _ in 0..<elementCount {
            guard let kind = TokenPattern.Kind(rawValue: try input.byte()) else { throw ImageReader.Damaged() }
            // A gap skips at most a few words (the rules' widest is ten): a wider one would make
            // matching a line slow, not wrong.
            let gap = Int16(try input.count(atMost: Self.widestGap))
            let atom = try input.int32(in: -1...Int32(atomCount - 1))
            // The matcher reads the atom of these kinds without a check.
            let needsAtom = kind == .atom || kind == .optional || kind == .notAhead || kind == .ahead
            guard needsAtom == (atom >= 0) else { throw ImageReader.Damaged() }
            elements.append(Element(kind: kind, gap: gap, atom: atom))
        }
        let requiredCount = try input.count(atMost: 1 << 22)
        var requiredClasses: [Required] = [], requiredWords: [SIMD4<UInt64>] = []
        requiredClasses.reserveCapacity(input.room(for: requiredCount))
        requiredWords.reserveCapacity(input.room(for: requiredCount))
        for _ in 0..<requiredCount {
            let classes = try input.bits()
            var words = SIMD4<UInt64>(repeating: 0)
            for k in 0..<4 { words[k] = try input.bits() }
            requiredClasses.append(Required(classes: classes, foldedWords: Self.folded(words)))
            requiredWords.append(words)
        }
        let ruleCount = try input.count(atMost: 1 << 20)
        var heads: [Head] = [], outcomes: [Outcome] = []
        heads.reserveCapacity(input.room(for: ruleCount))
        outcomes.reserveCapacity(input.room(for: ruleCount))
        for _ in 0..<ruleCount {
            let start = try input.count(atMost: elementCount), end = try input.count(atMost: elementCount)
            let leading = try input.int32(in: -1...Int32(atomCount - 1)), second = try input.int32(in: -1...Int32(atomCount - 1))
            let keyOffset = try input.byte()
            // The matcher recurses once per element: a rule is a few words long (the longest about twenty).
            guard start <= end, end - start <= Self.longestRule, keyOffset <= 1, keyOffset == 0 || leading >= 0 else {
                throw ImageReader.Damaged()
            }
            let cue = try Cue(reading: &input)
            let priority = try input.byte()
            let requiredStart = try input.count(atMost: requiredCount), requiredEnd = try input.count(atMost: requiredCount)
            guard requiredStart <= requiredEnd else { throw ImageReader.Damaged() }
            heads.append(Head(start: Int32(start), end: Int32(end), leading: leading, second: second, keyOffset: Int8(keyOffset)))
            outcomes.append(Outcome(cue: cue, priority: priority, requiredStart: Int32(requiredStart), requiredEnd: Int32(requiredEnd)))
        }
        self.elements = elements
        self.atoms = atoms
        self.heads = heads
        self.outcomes = outcomes
        self.requiredClasses = requiredClasses
        self.requiredWords = requiredWords
    }
}

extension TokenPattern.Atom {
    /// The literal lists as their used prefix (the compiler fills each from the front; the rest is -3).
    func write(to out: inout ImageWriter) {
        out.byte(literalKinds)
        out.int(Int(markedWord))
        out.bits(markedClasses)
        for mask in [classes.0, classes.1, classes.2, classes.3] { out.bits(mask) }
        func list(_ ids: [Int32]) {
            let used = ids.prefix { $0 >= 0 }
            out.count(used.count)
            for id in used { out.count(Int(id)) }
        }
        list((0..<16).map { words[$0] })
        list((0..<16).map { pastWords[$0] })
        list((0..<8).map { ingWords[$0] })
    }

    init(reading input: inout ImageReader, vocabularySize: Int) throws(ImageReader.Damaged) {
        guard vocabularySize > 0 else { throw ImageReader.Damaged() }
        self.init()
        literalKinds = try input.byte()
        markedWord = try input.int32(in: -3...Int32(vocabularySize - 1))
        markedClasses = try input.bits()
        classes = (try input.bits(), try input.bits(), try input.bits(), try input.bits())
        for k in 0..<(try input.count(atMost: 16)) { words[k] = Int32(try input.count(atMost: vocabularySize - 1)) }
        for k in 0..<(try input.count(atMost: 16)) { pastWords[k] = Int32(try input.count(atMost: vocabularySize - 1)) }
        for k in 0..<(try input.count(atMost: 8)) { ingWords[k] = Int32(try input.count(atMost: vocabularySize - 1)) }
    }
}

extension Cue {
    /// The case's position, and for a case about a move, the move's position in `MoveKind.allCases`.
    func write(to out: inout ImageWriter) {
        func move(_ kind: MoveKind) { out.count(MoveKind.allCases.firstIndex(of: kind)!) }
        switch self {
        case .move(let kind): out.byte(0); move(kind)
        case .admin: out.byte(1)
        case .sale: out.byte(2)
        case .excuse: out.byte(3)
        case .alternative: out.byte(4)
        case .neutral: out.byte(5)
        case .mockery: out.byte(6)
        case .passOff: out.byte(7)
        case .unlessHelped(let kind): out.byte(8); move(kind)
        }
    }

    init(reading input: inout ImageReader) throws(ImageReader.Damaged) {
        let all = MoveKind.allCases
        switch try input.byte() {
        case 0: self = .move(all[try input.count(atMost: all.count - 1)])
        case 1: self = .admin
        case 2: self = .sale
        case 3: self = .excuse
        case 4: self = .alternative
        case 5: self = .neutral
        case 6: self = .mockery
        case 7: self = .passOff
        case 8: self = .unlessHelped(all[try input.count(atMost: all.count - 1)])
        default: throw ImageReader.Damaged()
        }
    }
}
