import DeescalateKit

/// Words the engine's events for the terminal: the customer's lines, the frustration meter, the
/// reasons frustration moved. All user-influenced text is made safe before it is shown.
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
                    console.line(console.styled("  (" + reasons.map(\.description).joined(separator: ", ") + ")", .dim))
                }
                console.line(console.styled("\(persona.name): ", .bold) + SafeText.sanitized(text))
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

    /// `frustration [████████░░░░] 72 angry`, coloured by mood.
    func meterText(_ level: Int) -> String {
        let feeling = persona.temperament.mood(at: level)
        let width = 20
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
