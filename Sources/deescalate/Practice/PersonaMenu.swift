import DeescalateKit
#if canImport(Glibc)
import Glibc
#endif

/// The persona menu and the scenario card, word-wrapped to the terminal's width (80 columns when
/// there is no terminal), so nothing is cut at a fixed column or split mid-word.
struct PersonaMenu {
    let console: Console
    /// Cells a printed line may use: the terminal's width less its last column, which is left
    /// empty so a terminal that draws some character wider than expected does not wrap the line.
    var width: Int = TerminalSize.columns(fd: STDOUT_FILENO) - 1

    /// Indent of a menu entry's description lines after its first.
    private static let indent = 5
    /// Description lines per menu entry: a summary; the full card follows the choice.
    private static let summaryLines = 2

    /// Prints "Choose a customer:" and one numbered entry per persona.
    func list(_ personas: [Persona]) {
        console.line(console.styled("Choose a customer:", .bold))
        for line in personas.enumerated().flatMap({ entry(number: $0.offset + 1, persona: $0.element) }) {
            console.line(line)
        }
    }

    /// `  1. Name [difficulty] — summary…`, wrapped with a hanging indent. In a window too narrow
    /// to hold the label and some words beside it, the summary goes under the label.
    func entry(number: Int, persona: Persona) -> [String] {
        let label = "\(number). \(SafeText.sanitized(persona.name)) [\(persona.difficulty.rawValue)]"
        let summary = SafeText.sanitized(persona.scenarioCard.replacingNewlines())
        let pad = String(repeating: " ", count: Self.indent)
        let room = width - 2 - DisplayWidth.of(label) - 3
        if room >= 20 {
            let lines = TextWrap.lines(summary, width: width - Self.indent, firstWidth: room, maxLines: Self.summaryLines)
            return ["  " + label + " — " + lines[0]] + lines.dropFirst().map { pad + $0 }
        }
        return TextWrap.lines(label, width: width - 2).map { "  " + $0 }
            + TextWrap.lines(summary, width: width - Self.indent, maxLines: Self.summaryLines).map { pad + $0 }
    }

    /// The persona's title line (with the seed and a pointer to /help) and the whole scenario card.
    func card(_ persona: Persona, seed: UInt64) {
        let title = "\(SafeText.sanitized(persona.name)) — \(persona.difficulty.rawValue)"
        let hint = "(seed \(seed); /help for commands)"
        if DisplayWidth.of(title) + 2 + DisplayWidth.of(hint) <= width {
            console.line(console.styled(title, .bold) + "  " + console.styled(hint, .dim))
        } else {
            for line in TextWrap.lines(title, width: width) { console.line(console.styled(line, .bold)) }
            for line in TextWrap.lines(hint, width: width) { console.line(console.styled(line, .dim)) }
        }
        for line in TextWrap.lines(SafeText.sanitized(persona.scenarioCard, keepNewlines: true), width: width) {
            console.line(line)
        }
    }
}

private extension String {
    /// Line breaks as spaces: a menu summary is one run of prose.
    func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }
}
