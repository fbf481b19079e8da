/// Turns a trainee's line into moves. The dialogue engine and the grader both use this one type, so
/// the simulator's customers and the grade agree about what the trainee did.
public struct Analyzer: Sendable {
    /// Creates an analyzer.
    public init() {}

    /// The moves in `text`, each with the words that triggered it.
    public func analyze(_ text: String) -> Analysis {
        let lowered = text.lowercased()
        var moves: [Move] = []
        for (kind, phrases) in Self.phrases {
            for phrase in phrases {
                guard let range = lowered.range(of: phrase) else { continue }
                let start = lowered.unicodeScalars.distance(from: lowered.startIndex, to: range.lowerBound)
                let end = start + phrase.unicodeScalars.count
                moves.append(Move(kind: kind, evidence: Evidence(start: start, end: end, words: phrase)))
                break
            }
        }
        return Analysis(text: text, moves: moves)
    }

    private static let phrases: [(MoveKind, [String])] = [
        (.question, ["what happened", "can you tell me", "could you tell me", "when did"]),
        (.reflection, ["so you", "if i understand"]),
        (.acknowledgement, ["i hear you", "go on", "tell me more"]),
        (.apology, ["i'm sorry", "i am sorry", "i apologize", "i apologise"]),
        (.empathy, ["frustrating", "i understand", "upsetting"]),
        (.action, ["i will", "i'll", "let me"]),
        (.thanks, ["thank you", "thanks"]),
        (.blame, ["your fault", "you should have"]),
        (.dismissal, ["not my problem", "whatever"]),
        (.policyWall, ["policy"]),
        (.calmDown, ["calm down"]),
        (.insult, ["idiot", "stupid"]),
    ]
}
