/// Persona test files (`personas test`): a file either fails with located diagnostics or is a suite
/// that runs against a shipped persona, each result naming its test, every failure citing a turn
/// the test has.
enum PersonaTestsTarget {
    static func run(_ bytes: [UInt8]) {
        let (decoded, diagnostics) = PersonaTestSuite.decode(bytes)
        for diagnostic in diagnostics {
            if let location = diagnostic.location { require(location.line >= 1 && location.column >= 1, "diagnostics are 1-based") }
        }
        guard let suite = decoded else { return }
        let persona = FuzzFixtures.personas.first { $0.id == suite.personaID } ?? FuzzFixtures.persona!
        let results = PersonaTestRunner(persona: persona).run(suite)
        require(results.count == suite.tests.count, "one result per test")
        for (result, test) in zip(results, suite.tests) {
            for failure in result.failures {
                if let turn = failure.turn { require(turn >= 0 && turn <= test.lines.count + 1, "a failure cites turn \(turn) of \(test.lines.count)") }
            }
        }
    }
}
