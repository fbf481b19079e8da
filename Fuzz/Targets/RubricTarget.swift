/// Rubric files (`grade --rubric`): a file either fails with located diagnostics or is a rubric
/// that round-trips through its JSON and grades a transcript within range.
enum RubricTarget {
    static func run(_ bytes: [UInt8]) {
        let rubric: Rubric
        do {
            rubric = try Rubric(parsing: bytes, file: "fuzz.json")
        } catch {
            for diagnostic in error.diagnostics {
                if let location = diagnostic.location { require(location.line >= 1 && location.column >= 1, "diagnostics are 1-based") }
            }
            return
        }
        require((0...100).contains(rubric.passMark), "pass mark \(rubric.passMark) in 0...100")
        let written = Array(rubric.jsonValue().serialized(pretty: true).utf8)
        guard let reread = try? Rubric(parsing: written, file: "round-trip") else {
            require(false, "a rubric written by Deescalate reads back")
            return
        }
        require(reread == rubric, "a rubric round-trips unchanged")
        GradeChecks.check(FuzzFixtures.transcript, scorer: Scorer(rubric: rubric))
    }
}
