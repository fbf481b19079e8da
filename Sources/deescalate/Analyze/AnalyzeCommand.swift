import DeescalateKit
import Foundation

/// `deescalate analyze`: what the analyzer makes of trainee lines, with the words behind each move.
struct AnalyzeCommand: Command {
    static let spec = CommandSpec(
        name: "analyze",
        abstract: "Show the LAST moves and harms the analyzer finds in trainee lines.",
        usage: "[TEXT...] [--format text|json|jsonl] | --evaluate FILE.tsv [--format text|json]",
        discussion: """
        With no TEXT, reads one utterance per line from standard input and answers as it goes.
        text (the default on a terminal) highlights the words behind each move; json prints one array;
        jsonl (the default otherwise) one object per line: text, steps, harmful, harms, moves.

        --evaluate reads a labelled file, one utterance a line: id<TAB>labels<TAB>text, labels
        comma-separated from listen, apologize, solve, thank, harmful, neutral (blank lines and lines
        starting with # are skipped; a first line naming the columns id, labels and text is a header,
        and further columns such as a source are ignored). It prints precision, recall and F1 per label, macro-F1, and every
        misclassified line: a way for trainers to check the analyzer on their own phrases.

        EXAMPLES:
          deescalate analyze "I'm so sorry, but the system was down."
          deescalate analyze --format jsonl < lines.txt
        """,
        options: [
            .init(name: "format", short: "f", value: "FORMAT", help: "text, json or jsonl."),
            .init(name: "color", value: "WHEN", help: "auto (default), always or never."),
            .init(name: "evaluate", value: "FILE", help: "Score the analyzer on a labelled TSV file."),
        ],
        positionals: "TEXT...")

    let console: Console
    let texts: [String]
    let format: String
    let evaluateFile: String?

    init(arguments: ParsedArguments, console: Console, environment: [String: String]) throws {
        self.console = console
        texts = arguments.positionals
        format = try arguments.choice("format", among: ["text", "json", "jsonl"],
                                      default: console.outputIsTerminal ? "text" : "jsonl", command: Self.spec.name)!
        let color = try arguments.choice("color", among: ["auto", "always", "never"], default: "auto", command: Self.spec.name)!
        console.colorEnabled = console.resolveColor(color)
        evaluateFile = arguments.value("evaluate")
        if evaluateFile != nil {
            guard texts.isEmpty else { throw UsageError(message: "--evaluate takes no TEXT arguments", command: Self.spec.name) }
            guard format != "jsonl" || arguments.value("format") == nil else {
                throw UsageError(message: "--evaluate prints text or json", command: Self.spec.name)
            }
        }
    }

    func run() -> ExitCode {
        if let evaluateFile { return evaluate(evaluateFile) }
        let analyzer = Analyzer()
        var collected: [JSONValue] = []
        let handle: (String) -> Void = { text in
            let analysis = analyzer.analyze(text)
            switch format {
            case "json": collected.append(analysis.jsonValue())
            case "jsonl": console.line(analysis.jsonValue().serialized())
            default: renderText(analysis)
            }
        }
        if texts.isEmpty {
            while let line = Swift.readLine(strippingNewline: true) { handle(line.hasSuffix("\r") ? String(line.dropLast()) : line) }
        } else {
            texts.forEach(handle)
        }
        if format == "json" { console.line(JSONValue.array(collected).serialized(pretty: true)) }
        return .success
    }

    private func evaluate(_ path: String) -> ExitCode {
        let data: Data
        do {
            data = Data(path == "-" ? try RegularFileReader.readStream(STDIN_FILENO, name: "<stdin>") : try RegularFileReader.read(path))
        } catch {
            console.error("error: cannot read \(error.path): \(error.reason)")
            return .failure
        }
        let evaluation: AnalyzerEvaluation
        do {
            evaluation = try AnalyzerEvaluation(parsing: data)
        } catch let error as LabelledSetError {
            var message = "\(path):\(error.line): error: \(error.errorDescription ?? "bad line")"
            if let hint = error.recoverySuggestion { message += "\n  hint: \(hint)" }
            console.error(message)
            return .failure
        } catch {
            console.error("\(path): error: \(error.localizedDescription)")
            return .failure
        }
        if format == "json" {
            console.line(EvaluationReport(evaluation).jsonValue().serialized(pretty: true))
        } else {
            for line in EvaluationReport(evaluation).textLines() { console.line(line) }
        }
        return .success
    }

    private func renderText(_ analysis: Analysis) {
        console.line(highlighted(analysis))
        let verdict = analysis.isHarmful ? console.styled("harmful", .boldRed)
            : analysis.steps.isEmpty ? console.styled("neutral", .dim)
            : console.styled(analysis.steps.map(\.title).joined(separator: ", "), .boldGreen)
        console.line("  → \(verdict)")
        for move in analysis.moves {
            let category = move.category.rawValue
            let style: Style = move.kind.isHarmful ? .red : move.category == .boundary ? .cyan : .green
            console.line("    " + console.styled("\(category)/\(move.kind.rawValue)", style) + "  “\(SafeText.sanitized(move.evidence.words))” [\(move.evidence.start)–\(move.evidence.end)]")
        }
    }

    /// The line with each move's words underlined (colour) or bracketed (no colour).
    private func highlighted(_ analysis: Analysis) -> String {
        let scalars = Array(analysis.text.unicodeScalars)
        var marked = [Bool](repeating: false, count: scalars.count)
        for move in analysis.moves {
            // Clamped both ways, so a span the analyzer got wrong marks less rather than trapping.
            let lower = min(scalars.count, max(0, move.evidence.start))
            let upper = min(scalars.count, max(lower, move.evidence.end))
            for index in lower..<upper { marked[index] = true }
        }
        var result = ""
        var index = 0
        while index < scalars.count {
            let inside = marked[index]
            var run = String.UnicodeScalarView()
            while index < scalars.count, marked[index] == inside { run.append(scalars[index]); index += 1 }
            let text = SafeText.sanitized(String(run))
            result += inside ? (console.colorEnabled ? "\u{1B}[4;1m\(text)\u{1B}[0m" : "[\(text)]") : text
        }
        return "  " + result
    }
}
