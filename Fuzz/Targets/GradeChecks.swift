/// Checks shared by the targets that end in a grade: the grade's numbers in range and citing real
/// turns, and every rendering of it (and of the transcript) well formed, safe and bounded.
enum GradeChecks {
    /// Grades `transcript` with `scorer` and checks the grade and its renderings.
    @discardableResult
    static func check(_ transcript: Transcript, scorer: Scorer = Scorer(), source: String = "fuzz") -> Grade {
        let grade = scorer.grade(transcript)
        check(grade, of: transcript, passMark: scorer.rubric.passMark)
        require(scorer.grade(transcript) == grade, "grading is deterministic")
        let graded = GradedTranscript(source: source, transcript: transcript, grade: grade)
        let row = GradeRow(graded)
        let inputSize = transcript.turns.reduce(0) { $0 + $1.text.utf8.count } + source.utf8.count + 64

        let jsonLine = GradeJSONLines.line(row)
        require(jsonLine.hasSuffix("\n") && !jsonLine.dropLast().contains("\n"), "a JSON Lines row is one line")
        require((try? JSONParser.parse(String(jsonLine.dropLast()))) != nil, "a JSON Lines row parses: \(jsonLine.prefix(200))")
        let statement = XAPIStatement(row: graded, actor: .account(homePage: "https://lms.example.com")).jsonLine()
        require((try? JSONParser.parse(statement.trimmingCharacters(in: .newlines))) != nil, "an xAPI statement parses")

        let csv = GradeCSV.row(row)
        require(csv.hasSuffix("\r\n") || csv.hasSuffix("\n"), "a CSV row ends its record")
        let table = GradeTable(fitting: [source]).row(row)
        require(table.hasSuffix("\n") && !table.dropLast().contains("\n"), "a table row is one line")
        require(!containsControl(table.dropLast()), "a table row prints no control character or escape")
        let markdown = GradeMarkdown.row(row)
        require(!containsControl(markdown.trimmingCharacters(in: .newlines)), "a Markdown row holds no control character")
        for text in [jsonLine, statement, csv, table, markdown] {
            require(text.utf8.count <= 40 * inputSize + 20_000, "a row's size is bounded by its input (\(text.utf8.count) for \(inputSize))")
        }

        let page = SessionReport(transcript: transcript, grade: grade).html()
        require(!page.contains("<script"), "a session page runs no script")
        require(page.utf8.count <= 60 * inputSize + 200_000, "a session page's size is bounded by its input")
        let transcriptMarkdown = TranscriptMarkdown(transcript).render()
        require(transcriptMarkdown.utf8.count <= 20 * inputSize + 20_000, "a transcript's Markdown is bounded by its input")
        return grade
    }

    /// A grade's numbers in range, and every finding and piece of feedback citing a real turn.
    static func check(_ grade: Grade, of transcript: Transcript, passMark: Int) {
        require((0...100).contains(grade.total), "total \(grade.total) in 0...100")
        for step in Step.allCases { require((0...100).contains(grade.score(step)), "\(step) score \(grade.score(step)) in 0...100") }
        require(!grade.passed || (grade.total >= passMark && grade.failedBecause == nil), "a pass reaches the pass mark with nothing failed")
        for finding in grade.findings {
            require((0...transcript.turns.count).contains(finding.turn), "finding '\(finding.rule)' cites turn \(finding.turn) of \(transcript.turns.count)")
        }
        for advice in grade.feedback {
            require((0...transcript.turns.count).contains(advice.turn), "feedback cites turn \(advice.turn) of \(transcript.turns.count)")
        }
    }

    /// Whether `text` holds a C0 or C1 control character or DEL (an escape sequence starts with one).
    static func containsControl<Text: StringProtocol>(_ text: Text) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || (0x7F...0x9F).contains($0.value) }
    }
}
