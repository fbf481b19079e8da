/// Runs persona tests through the real engine and scorer: each script is played with its seed,
/// and every expectation is compared with what happened.
public struct PersonaTestRunner: Sendable {
    /// The persona under test.
    public let persona: Persona
    private let analyzer: Analyzer
    private let scorer: Scorer

    /// A runner for `persona`.
    public init(persona: Persona, analyzer: Analyzer = Analyzer(), scorer: Scorer = Scorer()) {
        self.persona = persona
        self.analyzer = analyzer
        self.scorer = scorer
    }

    /// Runs every test in `suite`, in order.
    public func run(_ suite: PersonaTestSuite) -> [PersonaTestResult] {
        suite.tests.map { run($0, seed: $0.seed ?? suite.seed) }
    }

    /// Runs one test.
    public func run(_ test: PersonaTestCase, seed: UInt64) -> PersonaTestResult {
        var conversation = Conversation(persona: persona, seed: seed, trainee: "Trainee", analyzer: analyzer)
        _ = conversation.start()
        var frustrationAfter: [Int] = []
        var situationTurns: [Situation: Int] = [:]
        var failures: [PersonaTestResult.Failure] = []
        for line in test.lines {
            guard !conversation.state.isEnded else { break }
            let (_, parts) = conversation.submit(line, analysis: analyzer.analyze(line))
            frustrationAfter.append(conversation.state.frustration)
            for case .situation(let situation) in parts where situationTurns[situation] == nil {
                situationTurns[situation] = frustrationAfter.count
            }
        }
        let played = frustrationAfter.count
        if played < test.lines.count {
            failures.append(.init(what: "every line played", expected: "\(test.lines.count) trainee lines",
                                  actual: "the conversation ended (\(conversation.outcome?.rawValue ?? "?")) after line \(played); \(test.lines.count - played) unused",
                                  turn: played))
        }
        let expect = test.expect
        if let outcome = expect.outcome {
            let actual = conversation.outcome?.rawValue ?? "open"
            if actual != outcome.rawValue {
                failures.append(.init(what: "outcome", expected: outcome.rawValue, actual: "\(actual) after \(played) trainee turn\(played == 1 ? "" : "s")", turn: played))
            }
        }
        for bound in expect.frustrationAtMost {
            failures += compare(bound, frustrationAfter, atMost: true)
        }
        for bound in expect.frustrationAtLeast {
            failures += compare(bound, frustrationAfter, atMost: false)
        }
        let customerLines = conversation.turns.filter { $0.speaker == .customer }.map(\.text)
        for text in expect.says where !customerLines.contains(where: { $0.lowercased().contains(text.lowercased()) }) {
            failures.append(.init(what: "customer says", expected: "a line containing \"\(text)\"", actual: "no customer line contains it", turn: nil))
        }
        for situation in expect.situations where situationTurns[situation] == nil && !(situation == .opening) {
            let reached = situationTurns.sorted { $0.value < $1.value }.map { "\($0.key.rawValue) (turn \($0.value))" }
            failures.append(.init(what: "situation", expected: situation.rawValue,
                                  actual: reached.isEmpty ? "no situation" : reached.joined(separator: ", "), turn: nil))
        }
        if let accepted = expect.accepted, conversation.state.acceptedResolution != accepted {
            failures.append(.init(what: "accepted resolution", expected: accepted, actual: conversation.state.acceptedResolution ?? "none", turn: nil))
        }
        let revealed = conversation.state.revealedFacts.map { persona.grievance.facts[$0].id }
        for fact in expect.revealed where !revealed.contains(fact) {
            failures.append(.init(what: "fact revealed", expected: fact,
                                  actual: revealed.isEmpty ? "no fact revealed" : "revealed: \(revealed.joined(separator: ", "))", turn: nil))
        }
        if expect.gradeMin != nil || expect.gradeMax != nil {
            let grade = scorer.grade(conversation.transcript(startedAt: nil, endedAt: nil))
            let low = expect.gradeMin ?? 0, high = expect.gradeMax ?? 100
            if !(low...max(low, high)).contains(grade.total) {
                failures.append(.init(what: "grade", expected: "between \(low) and \(high)",
                                      actual: "\(grade.total) (listen \(grade.score(.listen)), apologize \(grade.score(.apologize)), solve \(grade.score(.solve)), thank \(grade.score(.thank)))",
                                      turn: nil))
            }
        }
        let focus = failures.compactMap(\.turn).first ?? played
        return PersonaTestResult(name: test.name, failures: failures,
                                 excerpt: failures.isEmpty ? [] : Self.excerpt(conversation.turns, around: focus))
    }

    private func compare(_ bound: PersonaTestExpectation.TurnValue, _ after: [Int], atMost: Bool) -> [PersonaTestResult.Failure] {
        let what = "frustration \(atMost ? "at most" : "at least") \(bound.value)" + (bound.turn.map { " at turn \($0)" } ?? " at the end")
        let turn = bound.turn ?? after.count
        guard turn >= 1, turn <= after.count else {
            return [.init(what: what, expected: "turn \(turn) to be played", actual: "the conversation ended after turn \(after.count)", turn: after.count)]
        }
        let actual = after[turn - 1]
        let holds = atMost ? actual <= bound.value : actual >= bound.value
        return holds ? [] : [.init(what: what, expected: "\(atMost ? "≤" : "≥") \(bound.value)", actual: "\(actual)", turn: turn)]
    }

    /// The trainee turn `turn` with the one before it and the customer's answers (the opening for turn 0).
    static func excerpt(_ turns: [Turn], around turn: Int) -> [String] {
        let last = min(turns.count - 1, 2 * turn)
        let first = max(0, last - 3)
        guard first <= last else { return [] }
        return turns[first...last].enumerated().map { offset, entry in
            let index = first + offset
            let number = (index + 1) / 2
            switch entry.speaker {
            case .trainee: return "T\(number) trainee:  \(entry.text)"
            default: return "T\(number) customer [\(entry.frustration.map(String.init) ?? "-")]: \(entry.text)"
            }
        }
    }
}

/// How one persona test went.
public struct PersonaTestResult: Sendable, Equatable {
    /// One expectation that did not hold.
    public struct Failure: Sendable, Equatable {
        /// What was checked, e.g. "frustration at most 40 at turn 3".
        public var what: String
        /// The expected value, in words.
        public var expected: String
        /// What happened.
        public var actual: String
        /// The trainee turn it concerns, when it has one.
        public var turn: Int?
    }

    /// The test's name.
    public var name: String
    /// The expectations that failed; empty when the test passed.
    public var failures: [Failure]
    /// The transcript around the first failure (empty when passed).
    public var excerpt: [String]
    /// Whether every expectation held.
    public var passed: Bool { failures.isEmpty }
}
