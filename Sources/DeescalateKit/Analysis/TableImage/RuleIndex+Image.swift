/// The rule index in a table image: what each rule needs of a line (once per rule, though the
/// index repeats it beside every listing), then the lists as rule numbers, then where each starts.
extension RuleIndex {
    func write(to out: inout ImageWriter, ruleCount: Int) {
        var needs = Array(repeating: RuleProgram.Needs(), count: ruleCount)
        for entry in rules { needs[Int(entry.rule)] = entry.needs }
        for need in needs {
            out.bits(need.classes); out.bits(need.words); out.bits(need.anyWord)
        }
        out.count(vocabularySize)
        out.bits(indexedClasses)
        out.count(rules.count)
        for entry in rules { out.count(Int(entry.rule)) }
        var previous: Int32 = 0
        for position in start {
            out.count(Int(position - previous))
            previous = position
        }
    }

    /// The index of `ruleCount` rules over a vocabulary of `vocabularySize` words.
    init(reading input: inout ImageReader, ruleCount: Int, vocabularySize expected: Int) throws(ImageReader.Damaged) {
        var needs: [RuleProgram.Needs] = []
        needs.reserveCapacity(input.room(for: ruleCount))
        for _ in 0..<ruleCount {
            needs.append(RuleProgram.Needs(classes: try input.bits(), words: try input.bits(), anyWord: try input.bits()))
        }
        let vocabularySize = try input.count(atMost: 1 << 20)
        guard vocabularySize == expected else { throw ImageReader.Damaged() }
        let indexedClasses = try input.bits()
        let entryCount = try input.count(atMost: 1 << 22)
        var rules: [Entry] = []
        rules.reserveCapacity(input.room(for: entryCount))
        for _ in 0..<entryCount {
            let rule = try input.count(atMost: ruleCount - 1)
            rules.append(Entry(rule: Int32(rule), needs: needs[rule]))
        }
        // A list start per word, per class bit, and the rules tried everywhere, then the end.
        var start: [Int32] = []
        start.reserveCapacity(input.room(for: vocabularySize + 66))
        var position = 0
        for _ in 0..<(vocabularySize + 66) {
            position += try input.count(atMost: entryCount - position)
            start.append(Int32(position))
        }
        guard position == entryCount else { throw ImageReader.Damaged() }
        self.rules = rules
        self.start = start
        self.vocabularySize = vocabularySize
        self.indexedClasses = indexedClasses
    }
}
