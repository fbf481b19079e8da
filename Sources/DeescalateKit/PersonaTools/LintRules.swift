/// The warnings `personas lint` adds to the decoder's errors: things that load but will surprise the
/// trainer in a session (a line repeated word for word, a trigger that fires on the customer's own
/// resolution, thresholds the customer can never reach).
struct LintRules {
    let persona: Persona
    let root: JSONNode
    let reader: DocumentReader
    /// The file's base name without extension, to compare with the id.
    let fileStem: String?

    /// Situations said at most once per conversation, where one variant is enough.
    static let saidOnce: Set<Situation> = [.opening, .resolved, .escalated]

    func run() {
        checkFileName()
        checkSingleVariants()
        checkTriggerOfferOverlap()
        checkOfferOverlap()
        checkNeed()
        checkDuplicateFactLines()
        checkAboutWords()
        checkTurnLimit()
        checkThresholdsReachable()
        checkAbusiveLines()
        checkModelReplies()
    }

    private func warn(_ message: String, field: String, at offset: Int?, hint: String? = nil) {
        reader.report(.warning, message, field: field, at: offset ?? root.offset, hint: hint)
    }

    private func checkFileName() {
        guard let fileStem, fileStem != persona.id else { return }
        warn("the id \"\(persona.id)\" differs from the file name '\(fileStem)'", field: "id",
             at: NodePath.node(root, ["id"])?.offset, hint: "name the file \(persona.id).json so `personas test` and editors find it")
    }

    private func checkSingleVariants() {
        for situation in Situation.allCases where !Self.saidOnce.contains(situation) {
            guard let set = persona.lines[situation] else { continue }
            let thin = Mood.allCases.filter { set.variants(for: $0).count == 1 }
            guard !thin.isEmpty else { continue }
            let moods = thin.count == Mood.allCases.count ? "" : " when \(thin.map(\.rawValue).joined(separator: ", "))"
            warn("line set 'lines.\(situation.rawValue)' has a single variant\(moods); the customer will repeat it word for word",
                 field: "lines.\(situation.rawValue)", at: NodePath.node(root, ["lines", situation.rawValue])?.offset,
                 hint: "add two or three more ways of saying it")
        }
        for (index, trigger) in persona.triggers.enumerated() where trigger.says.count == 1 {
            warn("trigger '\(trigger.id)' has a single line; the customer will repeat it word for word",
                 field: "triggers[\(index)].says", at: NodePath.node(root, ["triggers", index, "says"])?.offset,
                 hint: "add another variant")
        }
    }

    private func checkTriggerOfferOverlap() {
        for (triggerIndex, trigger) in persona.triggers.enumerated() {
            for word in trigger.words {
                for resolution in persona.resolutions {
                    guard let offer = resolution.offer.first(where: { PhraseMatcher($0).contains(word, allowNegated: true) }) else { continue }
                    let wordIndex = trigger.words.firstIndex(of: word) ?? 0
                    warn("trigger '\(trigger.id)' word \"\(word)\" is also in resolution '\(resolution.id)' offer \"\(offer)\"; offering it will set the customer off",
                         field: "triggers[\(triggerIndex)].words[\(wordIndex)]",
                         at: NodePath.node(root, ["triggers", triggerIndex, "words", wordIndex])?.offset,
                         hint: "make the trigger words more specific, or drop them from the offer")
                }
            }
        }
    }

    /// An acceptable and an unacceptable offer phrase where one holds all the other's words: a line
    /// offering the longer also offers the shorter, and the more specific silently wins.
    private func checkOfferOverlap() {
        let resolutions = persona.resolutions
        for (accepted, good) in resolutions.enumerated() where good.acceptable {
            for (refused, bad) in resolutions.enumerated() where !bad.acceptable {
                for (goodIndex, goodWords) in good.offerStems.enumerated() {
                    for (badIndex, badWords) in bad.offerStems.enumerated() {
                        let a = Set(goodWords), b = Set(badWords)
                        guard a.isSubset(of: b) || b.isSubset(of: a) else { continue }
                        let goodPhrase = good.offer[goodIndex], badPhrase = bad.offer[badIndex]
                        let winner = a == b ? "'\(good.id)' (acceptable), on a tie" : a.count > b.count ? "'\(good.id)' (acceptable)" : "'\(bad.id)' (not acceptable)"
                        let longer = a.count >= b.count ? goodPhrase : badPhrase
                        warn("offers \"\(goodPhrase)\" (resolution '\(good.id)', acceptable) and \"\(badPhrase)\" (resolution '\(bad.id)', not acceptable) overlap: a line offering \"\(longer)\" makes both, and \(winner) wins",
                             field: "resolutions[\(refused)].offer[\(badIndex)]",
                             at: NodePath.node(root, ["resolutions", refused, "offer", badIndex])?.offset
                                 ?? NodePath.node(root, ["resolutions", accepted, "offer", goodIndex])?.offset,
                             hint: "offers match by their words in any order; make the two differ in a word that matters (\"one night\" vs \"both nights\")")
                    }
                }
            }
        }
    }

    /// A declared need with `meetsNeed` on an offer the customer refuses anyway.
    private func checkNeed() {
        guard persona.grievance.need != nil else { return }
        for (index, resolution) in persona.resolutions.enumerated() where !resolution.acceptable && resolution.meetsNeed {
            warn("resolution '\(resolution.id)' is marked meetsNeed but is not acceptable, so it can never meet the need",
                 field: "resolutions[\(index)].meetsNeed", at: NodePath.node(root, ["resolutions", index, "meetsNeed"])?.offset,
                 hint: "make it acceptable, or drop meetsNeed")
        }
    }

    /// An `about` word nearly every question uses ("did", "you") pulls every question to its fact.
    private func checkAboutWords() {
        let questionWords: Set<Substring> = ["who", "why", "when", "where", "how", "which", "whose"]
        for (factIndex, fact) in persona.grievance.facts.enumerated() {
            for (wordIndex, word) in fact.about.enumerated() {
                let words = PhraseMatcher.words(of: word)
                guard !words.isEmpty, words.allSatisfy({ WordStems.functionWords.contains($0) && !questionWords.contains($0) }) else { continue }
                warn("fact '\(fact.id)' lists \"\(word)\" in 'about', a word nearly every question uses, so most questions will draw this fact",
                     field: "grievance.facts[\(factIndex)].about[\(wordIndex)]",
                     at: NodePath.node(root, ["grievance", "facts", factIndex, "about", wordIndex])?.offset,
                     hint: "list words that name this fact's topic (\"bus\", \"travel\"); who/why/when/where/how are fine")
            }
        }
    }

    private func checkDuplicateFactLines() {
        var seen: [String: String] = [:]
        for (factIndex, fact) in persona.grievance.facts.enumerated() {
            for (lineIndex, line) in fact.says.enumerated() {
                let normal = line.lowercased().trimmingWhitespace()
                if let earlier = seen[normal] {
                    warn("fact '\(fact.id)' says the same line as fact '\(earlier)'",
                         field: "grievance.facts[\(factIndex)].says[\(lineIndex)]",
                         at: NodePath.node(root, ["grievance", "facts", factIndex, "says", lineIndex])?.offset,
                         hint: "each fact should reveal something new")
                } else {
                    seen[normal] = fact.id
                }
            }
        }
    }

    private func checkTurnLimit() {
        let needed = persona.temperament.ventingNeeded + 2 + (persona.temperament.needsBoundary ? 1 : 0)
        guard persona.turnLimit < needed else { return }
        warn("turnLimit \(persona.turnLimit) leaves no room for LAST: listening (\(persona.temperament.ventingNeeded) turns)\(persona.temperament.needsBoundary ? ", a boundary" : ""), an apology and a solution need at least \(needed)",
             field: "turnLimit", at: NodePath.node(root, ["turnLimit"])?.offset, hint: "raise turnLimit to \(needed) or more")
    }

    private func checkThresholdsReachable() {
        let reactions = persona.reactions
        let calming = MoveKind.allCases.filter { !$0.isHarmful }.map { reactions.change(for: $0) } + [reactions.change(for: .acceptedOffer)]
        if calming.allSatisfy({ $0 >= 0 }) {
            warn("no move lowers this customer's frustration, so calmAt (\(persona.temperament.calmAt)) can never be reached",
                 field: "reactions", at: NodePath.node(root, ["reactions"])?.offset, hint: "listening, apologies and accepted offers should have negative changes")
        }
        let raising = MoveKind.allCases.filter(\.isHarmful).map { reactions.change(for: $0) }
            + [reactions.change(for: .noProgress), reactions.change(for: .solutionBeforeHeard)] + persona.triggers.map(\.change)
        if raising.allSatisfy({ $0 <= 0 }) {
            warn("no move raises this customer's frustration, so escalateAt (\(persona.temperament.escalateAt)) is reached only by the turn limit",
                 field: "reactions", at: NodePath.node(root, ["reactions"])?.offset, hint: "harmful moves should have positive changes")
        }
    }

    private func checkAbusiveLines() {
        guard !persona.temperament.needsBoundary, persona.lines[.abusive] != nil else { return }
        warn("'lines.abusive' is never said: this customer is not abusive (temperament.needsBoundary is false)",
             field: "lines.abusive", at: NodePath.keyOffset(root, ["lines"], key: "abusive"),
             hint: "remove it, or set \"needsBoundary\": true")
    }
}
