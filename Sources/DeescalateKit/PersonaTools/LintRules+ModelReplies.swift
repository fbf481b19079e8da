/// Lint of the persona author's model replies: each is read by the analyzer as a trainee's reply
/// would be. One that does harm, or performs no LAST step, would teach the wrong thing: an error.
/// One that would set the customer off (a trigger) or offers what they refuse: a warning.
extension LintRules {
    func checkModelReplies() {
        let picker = ModelReplyPicker(persona: persona)
        for situation in Situation.allCases {
            for (index, reply) in (persona.modelReplies[situation] ?? []).enumerated() {
                check(reply, picker: picker, field: "modelReplies.\(situation.rawValue)[\(index)]",
                      path: ["modelReplies", situation.rawValue, index])
            }
        }
        for (factIndex, fact) in persona.grievance.facts.enumerated() {
            for (index, reply) in fact.modelReplies.enumerated() {
                check(reply, picker: picker, field: "grievance.facts[\(factIndex)].modelReplies[\(index)]",
                      path: ["grievance", "facts", factIndex, "modelReplies", index])
            }
        }
    }

    private func check(_ reply: String, picker: ModelReplyPicker, field: String, path: [Any]) {
        let offset = NodePath.node(root, path)?.offset ?? root.offset
        let analysis = picker.modelAnalysis(reply)
        if analysis.isHarmful {
            let words = analysis.moves.filter(\.kind.isHarmful).map { "\($0.kind.label) (\"\($0.evidence.words)\")" }
            reader.report(.error, "model reply '\(field)' itself does harm: \(words.joined(separator: ", "))", field: field, at: offset,
                          hint: "a model reply is shown to trainees as what to say; rephrase it (`deescalate analyze \"...\"` shows what the analyzer reads)")
        } else if analysis.steps.isEmpty {
            reader.report(.error, "model reply '\(field)' performs no LAST step (the analyzer finds no listening, apology, solution or thanks in it)",
                          field: field, at: offset,
                          hint: "a model reply should show a step: ask or reflect, apologise or name the feeling, offer something concrete, or thank")
        }
        let input = TurnInput(analysis: analysis, text: analysis.text, persona: persona)
        for trigger in input.triggers {
            reader.report(.warning, "model reply '\(field)' sets off trigger '\(trigger.id)'; the customer would react badly to it",
                          field: field, at: offset)
        }
        if let offer = input.offer, !offer.resolution.acceptable {
            reader.report(.warning, "model reply '\(field)' offers resolution '\(offer.resolution.id)', which this customer does not accept",
                          field: field, at: offset)
        }
    }
}
