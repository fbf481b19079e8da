/// Analyzer lines: what a trainee types, as the simulator and the grader read it. Every move's
/// evidence lies inside the line and is the words at its span; the moves come in order; the same
/// line always gives the same analysis; its JSON parses.
enum AnalyzerTarget {
    static let analyzer = Analyzer()

    static func run(_ bytes: [UInt8]) {
        let line = String(decoding: bytes, as: UTF8.self)
        let analysis = analyzer.analyze(line)
        let scalars = Array(line.unicodeScalars)
        var previous = (start: 0, end: 0)
        for move in analysis.moves {
            let evidence = move.evidence
            require(evidence.start >= 0 && evidence.start <= evidence.end && evidence.end <= scalars.count,
                    "\(move.kind) evidence \(evidence.start)..<\(evidence.end) inside a line of \(scalars.count) scalars")
            let words = String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end]))
            require(words == evidence.words, "\(move.kind) evidence words '\(evidence.words)' are the span's '\(words)'")
            require((previous.start, previous.end) <= (evidence.start, evidence.end), "moves in order of their evidence")
            previous = (evidence.start, evidence.end)
        }
        require(analyzer.analyze(line) == analysis, "analysis is deterministic")
        require((try? JSONParser.parse(analysis.jsonValue().serialized())) != nil, "an analysis's JSON parses")
        let memo = AnalysisMemo()
        require(memo.analysis(of: line, by: analyzer).moves.map(\.kind) == analysis.moves.map(\.kind), "the memo gives the analyzer's answer")
    }
}
