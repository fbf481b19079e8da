/// Chooses the moments of a session that mattered most — the first reply that did harm and the first
/// that missed a step — and, for each, a model reply the persona's author wrote for that moment.
///
/// A moment is the customer line a reply answered. Its model replies are the told fact's own when
/// the customer had just told a fact that has some, else those for the line's situation. A
/// transcript does not store situations, so they are recovered by replaying the session through
/// the engine (same persona version, seed and replies); when the replay does not reproduce the
/// transcript, only the opening and told facts are known. A step counts as missed at a reply when
/// the model reply performs it, no reply so far has, and the grade found the step weak (below
/// `FeedbackWriter.weakBelow`, or with a finding that cost points; solving before listening makes
/// Listen weak).
public struct ModelReplyPicker: Sendable {
    private let persona: Persona
    private let analyzer: Analyzer
    private let filter: DomainPhraseFilter

    /// A picker quoting `persona`'s model replies.
    public init(persona: Persona, analyzer: Analyzer = Analyzer()) {
        self.persona = persona
        self.analyzer = analyzer
        filter = DomainPhraseFilter(phrases: persona.domainPhrases)
    }

    /// Whether the persona has any model reply at all.
    public var hasModelReplies: Bool {
        !persona.modelReplies.isEmpty || persona.grievance.facts.contains { !$0.modelReplies.isEmpty }
    }

    /// Up to `limit` moments of `transcript` (graded as `grade`), in turn order: the first harmful
    /// reply, then the first reply that missed a step. None unless the transcript was played against
    /// this persona, same version.
    public func moments(for transcript: Transcript, grade: Grade, limit: Int = 2) -> [ModelReplyMoment] {
        guard limit > 0, hasModelReplies, let reference = transcript.persona, reference.id == persona.id,
              reference.version == persona.version else { return [] }
        let situations = situationsOfCustomerLines(transcript)
        var weak = Set(Step.allCases.filter { step in
            grade.score(step) < FeedbackWriter.weakBelow || grade.findings.contains { $0.step == step && $0.points < 0 }
        })
        // Solving before listening costs points on the total, but it is Listen that was missed.
        if grade.findings.contains(where: { $0.rule == "listen-before-solve" }) { weak.insert(.listen) }
        var performed = Set<Step>()
        var harm: ModelReplyMoment?
        var missed: ModelReplyMoment?
        var reply = 0
        for (index, turn) in transcript.turns.enumerated() where turn.speaker == .trainee {
            reply += 1
            let analysis = filter.filter(analyzer.analyze(turn.text))
            if !analysis.isHarmful { performed.formUnion(analysis.steps) }
            guard index > 0, transcript.turns[index - 1].speaker == .customer else { continue }
            let candidates = self.candidates(after: transcript.turns[index - 1], situation: situations[index - 1])
            guard !candidates.replies.isEmpty else { continue }
            let readings = candidates.replies.map { (text: $0, steps: modelAnalysis($0).steps) }
            let customerSaid = transcript.turns[index - 1].text
            if harm == nil, analysis.isHarmful, let chosen = readings.max(by: { $0.steps.count < $1.steps.count }) {
                harm = ModelReplyMoment(turn: index + 1, reply: reply, reason: .harm(analysis.harms), customerSaid: customerSaid,
                                        traineeSaid: turn.text, modelReply: fill(chosen.text, trainee: transcript.trainee),
                                        modelSteps: chosen.steps, source: candidates.source)
            } else if missed == nil, !analysis.isHarmful {
                let scored = readings.map { reading in (reading, reading.steps.filter { weak.contains($0) && !performed.contains($0) }) }
                if let best = scored.enumerated().max(by: { ($0.element.1.count, -$0.offset) < ($1.element.1.count, -$1.offset) })?.element,
                   !best.1.isEmpty {
                    missed = ModelReplyMoment(turn: index + 1, reply: reply, reason: .missed(best.1), customerSaid: customerSaid,
                                              traineeSaid: turn.text, modelReply: fill(best.0.text, trainee: transcript.trainee),
                                              modelSteps: best.0.steps, source: candidates.source)
                }
            }
            if harm != nil, missed != nil { break }
        }
        return [harm, missed].compactMap { $0 }.sorted { $0.turn < $1.turn }.prefix(limit).map { $0 }
    }

    /// How the persona's author wrote it, read by the analyzer the way the engine reads a trainee.
    func modelAnalysis(_ text: String) -> Analysis {
        filter.filter(analyzer.analyze(fill(text, trainee: "Alex")))
    }

    // MARK: Private

    /// The model replies for the moment after `customer` said their line in `situation`.
    private func candidates(after customer: Turn, situation: Situation?) -> (replies: [String], source: String) {
        if let factID = customer.revealed, let fact = persona.grievance.facts.first(where: { $0.id == factID }), !fact.modelReplies.isEmpty {
            return (fact.modelReplies, "grievance.facts[\(factID)].modelReplies")
        }
        guard let situation, let replies = persona.modelReplies[situation] else { return ([], "") }
        return (replies, "modelReplies.\(situation.rawValue)")
    }

    /// The situation of each customer line by turn index: from a replay that reproduces the
    /// transcript, else only the opening.
    private func situationsOfCustomerLines(_ transcript: Transcript) -> [Int: Situation] {
        guard transcript.source == .simulator, transcript.seed != nil else { return [0: .opening] }
        let replay = TranscriptReplay(transcript, persona: persona)
        guard replay.firstDifference(from: transcript, count: transcript.turns.count) == nil else {
            return transcript.turns.first?.speaker == .customer ? [0: .opening] : [:]
        }
        return replay.situations
    }

    private func fill(_ text: String, trainee: String?) -> String {
        let values = ["customer": persona.name, "company": persona.company]
        guard let trainee, Conversation.isName(trainee) else {
            return PlaceholderText.fill(PlaceholderText.removingAddress(text), with: values)
        }
        return PlaceholderText.fill(text, with: values.merging(["trainee": trainee]) { $1 })
    }
}
