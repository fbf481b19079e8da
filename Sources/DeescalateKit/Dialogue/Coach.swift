/// Hints for `/hint`: which LAST step the conversation is missing, in a sentence, without giving
/// away the persona's answers.
public enum Coach {
    /// The most useful next step for `conversation`, in a sentence.
    public static func hint(for conversation: Conversation) -> String {
        let persona = conversation.persona
        let state = conversation.state
        let used = { (kinds: [MoveKind]) in kinds.contains { state.uses[$0, default: 0] > 0 } }
        if persona.temperament.needsBoundary, !state.boundarySet {
            return "Boundary: the customer is abusive. Say calmly that you want to help and can't continue while they swear at you."
        }
        if let index = persona.grievance.facts.indices.first(where: { state.unacknowledged & FrustrationModel.bit($0) != 0 }) {
            return "Acknowledge: the customer told you something that matters to them (\(persona.grievance.facts[index].summary.lowercased())). Say you're sorry, or name how it must feel, before anything else."
        }
        if state.heard < persona.temperament.ventingNeeded {
            let remaining = persona.temperament.ventingNeeded - state.heard
            return "Listen: the customer doesn't feel heard yet. Ask what happened, or reflect back what you heard (about \(remaining) more turn\(remaining == 1 ? "" : "s"))."
        }
        if !used([.apology, .empathy]) {
            return "Apologize: you haven't apologised for their experience or named how they feel. Do it plainly, with no \"but\"."
        }
        if state.acceptedResolution == nil, state.gestureAccepted {
            return "Solve: that helped, but it isn't what they need. Listen to what they said they need, and offer that."
        }
        if state.acceptedResolution == nil {
            return "Solve: offer something concrete — what you will do, who will do it and by when. Options help if there are several."
        }
        if state.frustration > persona.temperament.calmAt {
            return "They've accepted a solution but aren't calm yet: acknowledge the hassle once more, and confirm the next step."
        }
        return "Thank: close by thanking the customer for their patience or for raising it."
    }
}
