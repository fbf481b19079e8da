import DeescalateKit
#if canImport(Glibc)
import Glibc
#endif

/// Words the engine's events for the terminal: the customer's lines, the frustration meter, the
/// reasons frustration moved. All user-influenced text is made safe before it is shown. On a terminal
/// the customer's lines are word-wrapped to the window's width at each turn (so a resize is
/// followed); piped output keeps one line per turn for tools.
struct EventRenderer {
    let console: Console
    let persona: Persona
    var showMeter: Bool

    /// Renders a turn's events; `frustration` is the level after them, for the meter.
    func render(_ events: [DialogueEvent], frustration: Int) {
        var pendingMood: Mood?
        var reasons: [FrustrationChange] = []
        for event in events {
            switch event {
            case .frustrationChanged(_, _, let changes):
                reasons = changes
            case .customerSaid(let text, _, let mood):
                if showMeter, !reasons.isEmpty {
                    let reasonLines = wrapped("(" + reasons.map(\.description).joined(separator: ", ") + ")", label: "  ", indent: 3)
                    console.line(console.styled("  " + reasonLines[0], .dim))
                    for line in reasonLines.dropFirst() { console.line(console.styled(line, .dim)) }
                }
                let label = SafeText.sanitized(persona.name) + ": "
                let lines = wrapped(SafeText.sanitized(text), label: label, indent: 2)
                console.line(console.styled(label, .bold) + lines[0])
                for line in lines.dropFirst() { console.line(line) }
                pendingMood = mood
            case .lineShortened(let length, let kept):
                console.line(console.styled("  (your reply was \(length) characters; only the first \(kept) were read)", .dim))
            case .factRevealed, .offerAnswered, .ended:
                break
            }
        }
        if showMeter, pendingMood != nil { meter(frustration) }
    }

    /// Prints the meter for `frustration`.
    func meter(_ frustration: Int) {
        console.line(meterText(frustration))
    }

    /// `text` as it follows `label`: one line when not on a terminal, else wrapped to the window
    /// with later lines indented by `indent`.
    private func wrapped(_ text: String, label: String, indent: Int) -> [String] {
        guard let columns = terminalColumns else { return [text] }
        let width = columns - 1
        return TextWrap.lines(text, width: width - indent, firstWidth: width - DisplayWidth.of(label))
            .enumerated().map { $0.offset == 0 ? $0.element : String(repeating: " ", count: indent) + $0.element }
    }

    /// The window's width, asked each time so a resize is followed; `nil` when output is not a terminal.
    private var terminalColumns: Int? {
        console.outputIsTerminal ? TerminalSize.of(fd: STDOUT_FILENO)?.columns : nil
    }

    /// `frustration [████████░░░░] 72 angry`, coloured by mood; the bar shortens in a narrow
    /// window so the line still fits.
    func meterText(_ level: Int) -> String {
        let feeling = persona.temperament.mood(at: level)
        let width = min(20, max(5, (terminalColumns ?? 80) - 32))
        let filled = min(width, max(0, (level * width + 50) / 100))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let style: Style = switch feeling {
        case .calm: .green
        case .irritated: .yellow
        case .angry: .red
        case .furious: .boldRed
        }
        let number = String(level)
        let padded = String(repeating: " ", count: max(0, 3 - number.count)) + number
        return "  frustration " + console.styled("[\(bar)]", style) + " \(padded) " + console.styled(feeling.rawValue, style)
    }
}
