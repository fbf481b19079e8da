import Testing
@testable import DeescalateKit

/// The crashes and blow-ups issue 14 found, each as found, with the refusal or the sane result that
/// replaced it. Files are refused with a located error; values built in code (which skip decoding)
/// are graded and drawn without trapping.
@Suite("Issue 14: numbers at the edge of their type")
struct IssueFourteenCrashTests {
    static let weights = #"{"name": "huge", "version": 1, "passMark": 60, "weights": {"listen": 1e308, "apologize": 1e308, "solve": 1e308, "thank": 1e308}}"#

    @Test("a rubric weighing every step 1e308 is refused, located")
    func rubricWeightsRefused() {
        #expect(throws: RubricError.self) { try Rubric(parsing: Array(Self.weights.utf8), file: "huge.json") }
        do {
            _ = try Rubric(parsing: Array(Self.weights.utf8), file: "huge.json")
        } catch {
            #expect(error.diagnostics.count == 4)
            #expect(error.diagnostics.first?.formatted(file: "huge.json")
                    == "huge.json:1:70: error: 'weights.listen' is 1e308, but must be between 0 and 100")
        }
    }

    @Test("a rubric built in code with weights of 1e308 grades as equal weights do (the total once overflowed to NaN)")
    func rubricWeightsInCode() throws {
        let transcript = try ReportFixtures.session()
        var huge = Rubric.standard, equal = Rubric.standard
        huge.weights = [.listen: 1e308, .apologize: 1e308, .solve: 1e308, .thank: 1e308]
        equal.weights = [.listen: 1, .apologize: 1, .solve: 1, .thank: 1]
        #expect(Scorer(rubric: huge).grade(transcript).total == Scorer(rubric: equal).grade(transcript).total)
        var odd = Rubric.standard
        odd.weights = [.listen: .infinity, .apologize: .nan, .solve: -5, .thank: .greatestFiniteMagnitude]
        odd.points = Dictionary(uniqueKeysWithValues: Rubric.pointKeys.map { ($0, Int.max) })
        odd.passMark = Int.min
        let grade = Scorer(rubric: odd).grade(transcript)
        #expect((0...100).contains(grade.total))
        odd.points = Dictionary(uniqueKeysWithValues: Rubric.pointKeys.map { ($0, Int.min) })
        odd.passMark = Int.max
        #expect(!Scorer(rubric: odd).grade(transcript).passed)
    }

    @Test("a turn with frustration Int.min is refused, naming the turn, line and column")
    func frustrationIntMinRefused() throws {
        var text = String(decoding: try Fixtures.bytes("reports/session.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: #""frustration": 65,"#, with: #""frustration": -9223372036854775808,"#)
        do {
            _ = try Transcript(parsing: Array(text.utf8), file: "session.json")
            Issue.record("accepted")
        } catch {
            #expect(error.formatted == "session.json:25:22: error: 'turns[1].frustration' is -9223372036854775808, but must be between 0 and 100")
        }
    }

    @Test("frustration Int.min and Int.max built in code are graded (FrustrationRule once overflowed)", arguments: [
        (Int.min, Int.max), (Int.max, Int.min), (0, Int.max), (Int.min, 100),
    ])
    func frustrationExtremesInCode(start: Int, end: Int) {
        let transcript = Transcript(source: .simulator, persona: PersonaReference(id: "x", version: 1, name: "X", calmAt: 30, escalateAt: 95),
                                    turns: [Turn(speaker: .customer, text: "Where is it?", frustration: start),
                                            Turn(speaker: .trainee, text: "I'm sorry. What happened?", frustration: end)])
        var rubric = Rubric.standard
        rubric.points["frustration.per-10"] = Int.max
        let grade = Scorer(rubric: rubric).grade(transcript)
        let finding = grade.findings.first { $0.rule == "frustration" }
        #expect(finding.map { (-5...5).contains($0.points) } ?? true)
        #expect((0...100).contains(grade.total))
    }

    @Test("a persona calmAt of 4.2e17 in a transcript is refused, located")
    func calmAtRefused() throws {
        var text = String(decoding: try Fixtures.bytes("reports/session.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: #""calmAt": 35,"#, with: #""calmAt": 420000000000000000,"#)
        do {
            _ = try Transcript(parsing: Array(text.utf8), file: "session.json")
            Issue.record("accepted")
        } catch {
            #expect(error.formatted == "session.json:8:15: error: 'persona.calmAt' is 420000000000000000, but must be between 0 and 100")
        }
    }

    @Test("the session report draws thresholds of 4.2e17, Int.max and Int.min built in code (the chart once trapped)",
          arguments: [420_000_000_000_000_000, Int.max, Int.min, 100_000_000])
    func extremeThresholdsInCode(value: Int) throws {
        var transcript = try ReportFixtures.session()
        transcript.persona?.calmAt = value
        transcript.persona?.escalateAt = value
        transcript.turns[0].frustration = value
        let html = SessionReport(transcript: transcript, grade: Scorer().grade(transcript)).html()
        #expect(html.utf8.count < 100_000)
        #expect(html.contains("calm \(value)"))
    }

    @Test("a chart of levels up to 1e8 or Int.max is bounded: a handful of grid lines, not one per 20 units",
          arguments: [100_000_000, Int.max])
    func chartSizeIsBounded(level: Int) {
        let chart = FrustrationChart(points: [.init(turn: 1, level: 70), .init(turn: 2, level: level), .init(turn: 3, level: 40)],
                                     calmAt: 35, escalateAt: level)
        let svg = chart.svg()
        let gridLines = svg.components(separatedBy: "class=\"grid\"").count - 1
        #expect((2...8).contains(gridLines))
        #expect(svg.utf8.count < 8_000)
        #expect(svg.contains(">\(level)</text>"))
    }

    @Test("every real chart keeps its 0–100 axis by 20s")
    func ordinaryAxis() {
        #expect(FrustrationChart.axis(highest: 100) == (100, 20))
        #expect(FrustrationChart.axis(highest: 101) == (150, 50))
        #expect(FrustrationChart.axis(highest: 1_000_000_000) == (1_000_000_000, 200_000_000))
        #expect(FrustrationChart.axis(highest: Int.max) == (1_000_000_000, 200_000_000))
    }

    @Test("a cohort of grades built with Int.max and Int.min scores summarises without overflowing")
    func cohortExtremes() throws {
        let transcript = try ReportFixtures.session()
        let grades = [Int.max, Int.min, Int.max].map { total in
            Grade(scorer: "x", rubric: "y", total: total, passed: true, steps: [.listen: total, .apologize: total, .solve: total, .thank: total],
                  findings: [], feedback: [])
        }
        let rows = grades.map { GradedTranscript(source: "s.json", transcript: transcript, grade: $0) }
        let html = CohortReport(rows: rows).html()
        #expect(html.contains("66.7<small> mean total</small>"))
        var summary = GradeSummary()
        for grade in grades { summary.add(grade) }
        #expect(summary.lines().contains("Mean total: 66.7"))
    }

    @Test("a chat log of more than 100,000 turns is refused at the line where the 100,001st begins")
    func tooManyTurns() {
        let log = String(repeating: "Customer: a\nAgent: b\n", count: TranscriptLimits.maximumTurns / 2 + 1)
        do {
            _ = try ChatLogImporter.transcript(parsing: Array(log.utf8), file: "long.txt")
            Issue.record("accepted")
        } catch {
            #expect(error.formatted == "long.txt:100001:1: error: the chat log holds more than 100000 turns, the most one transcript may hold")
        }
    }

    @Test("an analysis of a 200 KB line full of quotes serialises to JSON that reads back exactly")
    func longLineJSON() throws {
        let line = String(repeating: "\"sorry\" \\ what happened? \u{1B} ", count: 200_000 / 30)
        let analysis = Analyzer().analyze(line)
        let json = JSONValue.array([analysis.jsonValue(), analysis.jsonValue()]).serialized(pretty: true)
        let root = try JSONParser.parse(json)
        #expect(root.array?.count == 2)
        #expect(root.array?.first?["text"]?.string == line)
        #expect(root.array?.first?["moves"]?.array?.count == analysis.moves.count)
    }
}
