import Foundation
import Testing
@testable import DeescalateKit

@Suite("Analyzer evaluation")
struct AnalyzerEvaluationTests {
    @Test("parses ids, labels and text; skips blank lines and comments")
    func parses() throws {
        let tsv = "# header\n\nd1\tlisten,apologize\tI'm sorry. What happened?\r\nd2\tneutral\tOk\tstill text\n"
        let examples = try AnalyzerEvaluation.parse(tsv)
        #expect(examples.map(\.id) == ["d1", "d2"])
        #expect(examples[0].labels == [.listen, .apologize])
        #expect(examples[1].text == "Ok\tstill text")
        #expect(examples[1].line == 4)
    }

    @Test("a header row names the columns; columns beyond them are ignored")
    func header() throws {
        let tsv = "id\tlabels\ttext\tsource\nr1\tsolve\tYour table is booked.\tsgd/x.txt\nr2\tthank,solve\tThanks! See the FAQ.\t\n"
        let examples = try AnalyzerEvaluation.parse(tsv)
        #expect(examples.map(\.id) == ["r1", "r2"])
        #expect(examples[0].text == "Your table is booked.")
        #expect(examples[1].labels == [.thank, .solve])
        #expect(examples[1].line == 3)
        let reordered = try AnalyzerEvaluation.parse("text\tid\tlabels\nHello\tx1\tneutral\n")
        #expect(reordered.map(\.id) == ["x1"] && reordered[0].text == "Hello")
        #expect(throws: LabelledSetError.missingField(line: 2, field: "text")) {
            try AnalyzerEvaluation.parse("id\tlabels\ttext\nr1\tsolve\n")
        }
    }

    @Test("a missing field names the line and the field")
    func missingField() {
        #expect(throws: LabelledSetError.missingField(line: 2, field: "text")) {
            try AnalyzerEvaluation.parse("d1\tthank\tThanks\nd2\tthank\n")
        }
        #expect(throws: LabelledSetError.missingField(line: 1, field: "labels")) {
            try AnalyzerEvaluation.parse("just some text")
        }
    }

    @Test("an unknown label suggests the closest one")
    func unknownLabel() throws {
        do {
            _ = try AnalyzerEvaluation.parse("d1\tlisten,apologise\tSorry")
            Issue.record("expected an error")
        } catch let error as LabelledSetError {
            #expect(error == .unknownLabel(line: 1, label: "apologise", suggestion: "apologize"))
            #expect(error.recoverySuggestion == "did you mean 'apologize'?")
        }
        #expect(throws: LabelledSetError.unknownLabel(line: 1, label: "lsten", suggestion: "listen")) {
            try AnalyzerEvaluation.parse("d1\tlsten\tWhat happened?")
        }
        #expect(throws: LabelledSetError.unknownLabel(line: 1, label: "zzzzzzzz", suggestion: nil)) {
            try AnalyzerEvaluation.parse("d1\tzzzzzzzz\tWhat happened?")
        }
    }

    @Test("neutral cannot be combined")
    func neutralCombined() {
        #expect(throws: LabelledSetError.neutralCombined(line: 1, labels: ["neutral", "thank"])) {
            try AnalyzerEvaluation.parse("d1\tneutral,thank\tThanks")
        }
    }

    @Test("scores, macro-F1 and misses")
    func scores() throws {
        let tsv = "a\tthank\tThank you for your patience.\nb\tharmful\tCalm down.\nc\tlisten\tOne moment please.\n"
        let evaluation = try AnalyzerEvaluation(parsing: Data(tsv.utf8))
        #expect(evaluation.count == 3)
        #expect(evaluation.score(for: .thank).f1 == 1)
        #expect(evaluation.score(for: .listen).recall == 0)
        #expect(evaluation.score(for: .neutral).falsePositives == 1)
        #expect(evaluation.misses.map(\.id) == ["c"])
        #expect(evaluation.misses.first?.predicted == [.neutral])
        #expect(evaluation.macroF1 > 0 && evaluation.macroF1 < 1)
    }
}
