/// Reads a persona test file, collecting every problem with its line and column.
struct PersonaTestSuiteDecoder {
    let reader: DocumentReader

    func decode(_ root: JSONNode) -> PersonaTestSuite? {
        guard let object = reader.object(root, path: "") else { return nil }
        object.ignore("$schema")
        let persona = object.string("persona")
        let seed = seedValue(object, "seed") ?? 1
        var offsets: [String: Int] = [:]
        offsets["persona"] = object.node("persona", required: false)?.offset
        var tests: [PersonaTestCase] = []
        if let nodes = object.array("tests") {
            if nodes.isEmpty {
                reader.report(.error, "'tests' is empty; give at least one test", field: "tests", at: object.node("tests")?.offset)
            }
            for (index, node) in nodes.enumerated() {
                guard let test = reader.object(node, path: "tests[\(index)]") else { continue }
                if let decoded = decodeTest(test, offsets: &offsets) { tests.append(decoded) }
            }
        }
        object.finish()
        var names = Set<String>()
        for (index, test) in tests.enumerated() where !names.insert(test.name).inserted {
            reader.report(.warning, "two tests are named \"\(test.name)\"", field: "tests[\(index)].name",
                          at: root["tests"]?.array?[index]["name"]?.offset)
        }
        guard let persona else { return nil }
        return PersonaTestSuite(personaID: persona, seed: seed, tests: tests, offsets: offsets)
    }

    private func seedValue(_ object: ObjectReader, _ key: String) -> UInt64? {
        guard let node = object.node(key, required: false) else { return nil }
        return reader.uint64(node, path: object.fieldPath(key))
    }

    private func decodeTest(_ object: ObjectReader, offsets: inout [String: Int]) -> PersonaTestCase? {
        let name = object.string("name")
        let seed = seedValue(object, "seed")
        let lines = object.strings("lines")
        let expect = object.object("expect").flatMap { decodeExpectation($0, offsets: &offsets) }
        object.finish()
        guard let name, let lines, let expect else { return nil }
        return PersonaTestCase(name: name, seed: seed, lines: lines, expect: expect)
    }

    private func decodeExpectation(_ object: ObjectReader, offsets: inout [String: Int]) -> PersonaTestExpectation? {
        var expect = PersonaTestExpectation()
        if let outcome = object.choice("outcome", among: PersonaTestExpectation.OutcomeExpectation.allCases.map(\.rawValue), required: false) {
            expect.outcome = PersonaTestExpectation.OutcomeExpectation(rawValue: outcome)
        }
        expect.frustrationAtMost = turnValues(object, "frustrationAtMost")
        expect.frustrationAtLeast = turnValues(object, "frustrationAtLeast")
        expect.says = object.strings("says", required: false) ?? []
        if let node = object.node("situation", required: false) {
            let path = object.fieldPath("situation")
            for (index, text) in (object.strings(in: node, path: path) ?? []).enumerated() {
                if let situation = Situation(rawValue: text) {
                    expect.situations.append(situation)
                } else {
                    let names = Situation.allCases.map(\.rawValue)
                    reader.report(.error, "'\(path)' names no situation \"\(text)\"", field: path,
                                  at: node.array?[index].offset ?? node.offset,
                                  hint: "situations: \(names.joined(separator: ", "))",
                                  suggestion: SpellingSuggestion.closest(to: text, among: names))
                }
            }
        }
        expect.accepted = object.string("accepted", required: false)
        offsets[object.fieldPath("accepted")] = object.node("accepted", required: false)?.offset
        if let node = object.node("revealed", required: false) {
            expect.revealed = object.strings(in: node, path: object.fieldPath("revealed")) ?? []
            for index in expect.revealed.indices {
                offsets[object.fieldPath("revealed[\(index)]")] = node.array?[index].offset ?? node.offset
            }
        }
        if let grade = object.object("grade", required: false) {
            expect.gradeMin = grade.int("min", in: 0...100, required: false)
            expect.gradeMax = grade.int("max", in: 0...100, required: false)
            grade.finish()
            if expect.gradeMin == nil, expect.gradeMax == nil {
                reader.report(.warning, "'\(object.fieldPath("grade"))' gives neither min nor max", field: object.fieldPath("grade"), at: grade.offset)
            }
        }
        object.finish()
        return expect
    }

    /// `{turn, value}` or a list of them.
    private func turnValues(_ object: ObjectReader, _ key: String) -> [PersonaTestExpectation.TurnValue] {
        guard let node = object.node(key, required: false) else { return [] }
        let path = object.fieldPath(key)
        let items: [(JSONNode, String)] = node.array.map { $0.enumerated().map { ($1, "\(path)[\($0)]") } } ?? [(node, path)]
        return items.compactMap { item, itemPath in
            guard let pair = reader.object(item, path: itemPath) else { return nil }
            let turn = pair.int("turn", in: 1...200, required: false)
            let value = pair.int("value", in: 0...100)
            pair.finish()
            return value.map { PersonaTestExpectation.TurnValue(turn: turn, value: $0) }
        }
    }
}
