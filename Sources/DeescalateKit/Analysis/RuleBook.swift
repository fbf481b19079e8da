/// What a rule reports: a move, or a cue the resolver needs (a question about identifiers, an offered
/// alternative, an excuse-shaped clause).
enum Cue: Equatable {
    case move(MoveKind)
    /// The question asks for an identifier or about the line, not about the problem.
    case admin
    /// The question offers something for sale ("our new app", "the newsletter").
    case sale
    /// A clause that explains the failure away; an excuse after an apology, else dismissal.
    case excuse
    /// "but I can", "what I can do": a refusal followed by this is not a refusal.
    case alternative
    /// Words that look like a step but are not one ("I'd appreciate it if you...").
    case neutral
    /// Sarcasm that uses the step words as the weapon: no step in the line counts.
    case mockery
    /// The problem placed outside the agent's reach ("out of my hands", "not up to me"): dismissal
    /// unless the line offers something else; an excuse after an apology.
    case passOff
    /// A harm only if the line does nothing for the customer: the record quoted, the loss made small
    /// ("it's only a fiver") — unless a first-person fix or a later "but" turns it into context
    /// ("…it's only a small amount, but it's your money and I'll put it back today").
    case unlessHelped(MoveKind)
}

/// One compiled rule. Where matches overlap, a higher `priority` wins over a lower one: specific
/// structures ("sorry if you...") override the general word they contain ("sorry").
struct Rule {
    let cue: Cue
    let priority: UInt8
    let pattern: TokenPattern
}

/// The rule table: word classes combined by sentence structure. Harms are priority 3, specific step
/// structures 2, bare step words 1.
enum RuleBook {
    /// The rules compiled against the shared lexicon, as `TableImage.builtFromSource` compiles them
    /// (for tests that look at rules one by one; the analyzer reads `index` and `program`).
    static let rules: [Rule] = compile(lexicon: Lexicon.shared)

    /// Every rule of `source` compiled against `lexicon`.
    static func compile(lexicon: Lexicon) -> [Rule] {
        // Two halves compiled at once, each with its own memo, and joined in order: a run without
        // a current table image (and every test run) builds the table before its first line.
        let middle = source.count / 2
        let (first, second) = BothAtOnce.run({ compile(source[..<middle], lexicon: lexicon) },
                                             { compile(source[middle...], lexicon: lexicon) })
        return first + second
    }

    private static func compile(_ part: ArraySlice<(Cue, UInt8, String)>, lexicon: Lexicon) -> [Rule] {
        let memo = AtomMemo()
        var rules: [Rule] = []
        rules.reserveCapacity(part.count + part.count / 8)
        for rule in part {
            for pattern in openingsExpanded(rule.2) {
                rules.append(Rule(cue: rule.0, priority: rule.1, pattern: TokenPattern(pattern, lexicon: lexicon, memo: memo)))
            }
        }
        return rules
    }

    /// Loads (or builds) the lexicon and the rule table now rather than on first use: for a process
    /// about to analyse many lines at once (a grading worker), whose every thread would otherwise
    /// wait on the one loading them.
    static func build() {
        _ = TableImage.current
        _ = ScanWords.shared
    }

    /// A pattern opening with an optional item ("please? try") as two patterns, one with the item and
    /// one without, so each has a required opening atom to be indexed by; otherwise the rule would be
    /// tried at every token of every line.
    static func openingsExpanded(_ source: String) -> [String] {
        // The test on bytes, through the pattern splitter: every rule is asked at start-up and few
        // open so, and splitting each into Strings first cost a tenth of building the table.
        var text = source
        let opensWithOptional = text.withUTF8 { bytes -> Bool in
            // The first item that is not "^" or "<", and whether another item follows it.
            var opening: Range<Int>?, followed = false
            TokenPattern.forEachPiece(of: bytes, in: 0..<bytes.count, separator: 0x20) { item in
                if opening != nil { followed = true } else if !(item.count == 1 && (bytes[item.lowerBound] == 0x5E || bytes[item.lowerBound] == 0x3C)) { opening = item }
            }
            guard let item = opening, followed else { return false }
            let first = bytes[item.lowerBound]
            return item.count > 1 && bytes[item.upperBound - 1] == 0x3F && first != 0x7E && first != 0x26
        }
        guard opensWithOptional else { return [source] }
        var items = source.split(separator: " ").map(String.init)
        let k = items.firstIndex { $0 != "^" && $0 != "<" }!
        let with = items
        items.remove(at: k)
        var required = with
        required[k].removeLast()
        return [required.joined(separator: " ")] + openingsExpanded(items.joined(separator: " "))
    }

    /// The rule index and program the analyzer matches with (see `TableImage.current`).
    static let index = TableImage.current.index
    static let program = TableImage.current.program

    /// Every lowercase literal the patterns use, so the lexicon can intern it: each alternative of
    /// each item (without "~"/"&" prefixes), up to any "+CLASS", without a closing optional "?".
    /// (Read on bytes with the pattern splitter: this runs for every rule at start-up, before the
    /// first line is read, and the library's generic `split` made it a sixth of the start-up.)
    static let literalWords: [String] = {
        var words: [String] = []
        words.reserveCapacity(source.count * 4)
        for rule in source {
            var text = rule.2
            text.withUTF8 { bytes in
                TokenPattern.forEachPiece(of: bytes, in: 0..<bytes.count, separator: 0x20) { item in
                    var item = item
                    while let first = item.first, bytes[first] == 0x7E || bytes[first] == 0x26 { item = item.dropFirst() }
                    TokenPattern.forEachPiece(of: bytes, in: item, separator: 0x7C) { alt in
                        var word = alt.lowerBound..<(alt.first { bytes[$0] == 0x2B } ?? alt.upperBound)
                        if word.count > 1 && bytes[word.upperBound - 1] == 0x3F { word = word.dropLast() }
                        if let first = word.first, bytes[first] >= 0x61 && bytes[first] <= 0x7A { words.append(TokenPattern.string(bytes, word)) }
                    }
                }
            }
        }
        return words
    }()

    /// Every rule as written: cue, priority, pattern.
    static let source: [(Cue, UInt8, String)] = listen + apologize + solve + thank + harms + cues + service + reassurance + veiled + rebuttals + phrasing

    private static let listen: [(Cue, UInt8, String)] = [
        (.move(.question), 2, "tell|walk|talk|take me *2 through|more|about|what|how|when|which|who|where|everything|exactly"),
        (.move(.question), 2, "help me understand"),
        (.move(.question), 2, "^ WH *2 happen"),
        (.move(.reflection), 2, "^ so ~INTENS ~APOL ~THANK ~EMO ~much ~many ~glad ~happy ~FPS ~what ~long ~far"),
        (.move(.reflection), 2, "YOU say+PAST|mentioned|explained ~not"),
        (.move(.reflection), 2, "if FPS *2 understand|understood|follow|hear|heard|get"),
        (.move(.reflection), 2, "just so FPS"),
        (.move(.reflection), 2, "just to confirm|check|clarify|recap|play|make|be"),
        (.move(.reflection), 2, "let me *2 recap|summarise|summarize|play|repeat|read"),
        (.move(.reflection), 2, "let me *2 make|check|see *1 FPS *2 understood|understand|follow|got|heard"),
        (.move(.reflection), 2, "^ to recap|summarise|summarize|confirm"),
        (.move(.reflection), 2, "sounds|seems like YOU|there|nobody|the|they|your|no|someone|it"),
        // "It doesn't sound like you reached our team" corrects; it sums nothing up.
        (.neutral, 3, "not sound|sounds|seem|seems like"),
        // "So you're telling me / saying ...": a summary frame; doubt in it ("by itself", "Sure.") is its own harm.
        (.move(.reflection), 2, "so YOU BE tell+ING"),
        (.move(.reflection), 2, "so YOU BE say+ING"),
        (.move(.reflection), 2, "^ YOU BE say+ING"),
        (.move(.reflection), 2, "from what YOU BE? telling|saying|said|describe|describing"),
        (.move(.reflection), 2, "what FPS BE hearing"),
        (.move(.reflection), 2, "what YOU BE saying|telling|describing"),
        (.move(.reflection), 2, "have FPS got that|this|it|everything right"),
        (.move(.reflection), 2, "FPS have got that|this|it|everything right"),
        (.move(.reflection), 2, "BE that|this|it right|correct ?"),
        (.move(.reflection), 2, "correct me if"),
        (.move(.reflection), 2, "in other words"),
        // Naming what the problem cost the customer sums up their facts ("That's a wasted day off",
        // "That's a long time to wait", "That's three weeks without a phone"): a reflection.
        (.move(.reflection), 2, "^ that|this BE DET? wasted|lost|ruined TIME|trip|journey|holiday"),
        (.move(.reflection), 2, "^ that|this BE DET INTENS? long time|wait|while ~ago"),
        (.move(.reflection), 2, "^ that|this BE way|far|much too long"),
        (.move(.reflection), 2, "^ that|this BE DET lot to deal|cope|handle|go|put"),
        (.move(.reflection), 2, "^ that|this BE NUM|two|three|four|five|six|seven|eight|nine|ten|several TIME|weeks|months without|waiting|gone|lost|wasted"),
        (.move(.acknowledgement), 2, "FPS hear YOU"),
        (.move(.acknowledgement), 2, "FPS BE listening|here|with"),
        (.move(.acknowledgement), 2, "FPS BE all ears"),
        (.move(.acknowledgement), 2, "go|carry|keep on|going"),
        // "if you carry on like this" is a condition, not an invitation to go on.
        (.neutral, 3, "if|when|unless YOU|THIRD go|carry|keep on|going"),
        (.neutral, 3, "carry|keep|go on|going like this|that"),
        (.neutral, 3, "carry|keep|go on ING *5 like this|that"),
        (.move(.acknowledgement), 2, "tell me more"),
        (.move(.acknowledgement), 2, "take your time"),
        (.move(.acknowledgement), 2, "mm|mhm|uh hm|huh"),
        (.move(.acknowledgement), 2, "FPS want|like to hear"),
        (.move(.acknowledgement), 2, "FPS want the full|whole story"),
        (.move(.acknowledgement), 2, "^ FPS see $"),
        (.move(.acknowledgement), 2, "and then what"),
        (.move(.acknowledgement), 2, "please continue"),
    ]

    private static let apologize: [(Cue, UInt8, String)] = [
        (.move(.apology), 1, "APOL"),
        (.move(.apology), 2, "FPS let YOU down"),
        (.move(.apology), 2, "FPS dropped the ball"),
        (.move(.apology), 2, "FPS messed|screwed up"),
        (.move(.apology), 2, "that|this|it one? BE on us|me"),
        (.move(.apology), 2, "my bad"),
        (.move(.apology), 2, "FPS got *3 wrong"),
        (.move(.apology), 2, "FPS made a|an mistake|error|mess"),
        (.move(.apology), 2, "FPS have ADV? made a|an mistake|error|mess"),
        (.move(.apology), 2, "should never have happened|happen"),
        // "I regret to inform you that..." announces bad news; "I regret the delay" apologises.
        (.neutral, 2, "regret to inform|say|tell|advise|confirm|announce|report"),
        // "We should have kept you updated": the agent's side owning a failure.
        (.move(.apology), 3, "FPS should|ought to? INTENS|ADV? have PAST"),
        (.move(.apology), 2, "should not have happened|happen"),
        (.move(.apology), 2, "not the service|experience *2 YOU|FPS|anyone deserve|want|expect"),
        (.move(.nonApology), 3, "APOL if"),
        (.move(.nonApology), 3, "APOL that? YOU feel|felt|see|think|thought|believe|take|took|perceive"),
        (.move(.nonApology), 3, "APOL that? YOU BE INTENS? upset|offended|unhappy"),
        (.move(.nonApology), 3, "mistakes were|have|BE been? made"),
        (.move(.nonApology), 3, "APOL *2 how it came|comes|come across"),
        (.move(.nonApology), 3, "if FPS *2 offended|upset"),
        (.move(.nonApology), 3, "if anyone|anybody|someone BE|feel|felt *2 PAST|upset|offended|inconvenienced"),
        (.move(.nonApology), 3, "FPS suppose|guess *3 regrettable|unfortunate"),
        (.move(.nonApology), 3, "FPS BE not INTENS? APOL"),
        (.move(.nonApology), 3, "not going to APOL"),
        (.move(.nonApology), 3, "FPS will|do not|never APOL"),
        (.move(.empathy), 2, "that|it|this|which|what|its BE|must|would|sounds|seems|looks|feels|has *4 EMO"),
        (.move(.empathy), 2, "that|it|this|its BE INTENS? not ok|okay|acceptable|right|fair|good|on"),
        (.move(.empathy), 2, "FPS *2 understand|imagine|know why|how|what"),
        (.move(.empathy), 2, "FPS *2 see|get|appreciate why|how"),
        (.move(.empathy), 2, "FPS *2 hear|tell|sense|feel how|why *4 EMO|much"),
        // "I'm gutted for you": the agent sharing the feeling about the customer's situation.
        (.move(.empathy), 2, "FPS BE ADV|INTENS? ADV|INTENS? EMO for|about YOU"),
        (.move(.empathy), 2, "FPS would|could feel|be *3 same"),
        (.move(.empathy), 2, "in YOU position|shoes"),
        (.move(.empathy), 2, "FPS INTENS? understand $"),
        (.move(.empathy), 2, "FPS ADV|INTENS? understand|appreciate|get|know|see YOUS BE|feel|must ADV? INTENS? EMO"),
        (.move(.empathy), 2, "FPS INTENS? understand that|your"),
        (.move(.empathy), 2, "FPS would|could be|feel *2 EMO"),
        (.move(.empathy), 2, "EMO me too"),
        (.move(.empathy), 2, "FPS can not imagine|blame"),
        (.move(.empathy), 2, "FPS do not blame YOU"),
        (.move(.empathy), 2, "YOU have every right"),
        (.move(.empathy), 2, "YOU BE INTENS? right to|that"),
        (.move(.empathy), 2, "no wonder"),
        (.move(.empathy), 2, "understandable"),
        (.move(.empathy), 2, "makes *2 sense"),
        (.move(.empathy), 2, "anyone would"),
        (.move(.empathy), 2, "YOU must BE|feel *3 EMO"),
        (.move(.empathy), 2, "must have been *2 EMO"),
        (.move(.empathy), 2, "nobody should have to"),
        (.move(.empathy), 2, "no one should have to"),
        (.move(.empathy), 2, "YOU should not have had to"),
        (.move(.empathy), 2, "oh no"),
        (.move(.empathy), 2, "ugh PUNCT"),
        (.move(.empathy), 2, "what a nightmare|pain|mess|hassle"),
        (.move(.empathy), 2, "YOU deserve better"),
        (.move(.empathy), 4, "not YOU fault"),
        (.move(.empathy), 2, "that BE not how|what *3 want|deserve|should"),
        (.move(.empathy), 2, "appreciate how|why|what"),
        (.move(.empathy), 2, "FPS would hate"),
        (.move(.acknowledgement), 2, "fill me in"),
        (.move(.acknowledgement), 2, "FPS want|would like to understand"),
    ]

    private static let solve: [(Cue, UInt8, String)] = [
        (.move(.action), 1, "FPS will|can|could|would|shall ADV? ADV? ~NONACT ~NEG ~EMO ~INTENS ~APOL ~THANK WORD"),
        (.move(.action), 1, "FPS BE going to ADV? ~NONACT ~NEG WORD"),
        (.move(.action), 1, "FPS BE ADV? ACT+ING"),
        (.move(.action), 1, "FPS have ADV? ADV? ~NONACT PAST"),
        (.move(.action), 1, "let me|us ADV? ~NONACT ~NEG WORD"),
        (.move(.action), 2, "FPS will|can|could|would|BE ADV? ADV? get|have *4 PAST|out|sorted|done|fixed|there|round|over|with|up|down|ACT+PAST"),
        // "Let me get that sorted for you": "get" is no action on its own, the state it brings about is.
        (.move(.action), 2, "let me|us ADV? get|have DET|it|this|that|everything *2 sorted|fixed|done|resolved|ACT+PAST"),
        (.move(.action), 2, "FPS will|can|could|would ADV? make sure|certain"),
        (.move(.action), 2, "FPS will|can|could|would|BE ADV? ensure"),
        (.move(.action), 2, "FPS will|can|could|would|BE ADV? take care"),
        (.move(.action), 2, "FPS will|can|could|would|BE ADV? look|looking into"),
        (.move(.action), 2, "FPS will|can|could|would|BE ADV? check|look|see|checking *5 TIME"),
        (.move(.action), 2, "put|add|leave|make a note"),
        // Placing a remedy somewhere: "I've put a credit on your account", "I'll pop a new one in the post".
        (.move(.action), 2, "FPS will|can|have|BE? ADV? ADV? put|place|pop|add|apply|issue|raise|log DET? *2 SOLN"),
        // "I've gone ahead and rebooked you": the verb after "go ahead and" is the action.
        (.move(.action), 2, "FPS *2 go ahead and ~NONACT ~NEG WORD"),
        // "We'll be crediting your account", "I'll be sending an engineer".
        (.move(.action), 1, "FPS will|shall ADV? be ADV? ACT+ING|CONTACT+ING"),
        (.move(.action), 1, "SOLN BE? have? go+PAST through|out|off|ahead"),
        (.move(.action), 1, "SOLN have|BE? been ACT+PAST|PAST"),
        (.neutral, 3, "FPS will get there $"),
        (.move(.action), 2, "FPS will|can|could|would ADV? put|get YOU on|onto|in|into ~hold"),
        (.move(.action), 1, "SOLN|THIRD will|should|can|shall ADV? ~NONACT ~NEG ~take ~YOU ~FP WORD"),
        // "…to work as they should": a comparison, not a promise.
        (.neutral, 3, "as THIRD should|would|will|can|does|do"),
        // "My supervisor can approve that": a superior who can do what the trainee cannot is a referral.
        (.move(.referral), 1, "SUPER will|can|could|shall ADV? ~NONACT ~NEG ~take WORD"),
        (.move(.action), 1, "will|should|shall|can be with|back|there|delivered|sent|ready|fixed|sorted|done|PAST"),
        (.move(.action), 1, "on its|the|their|his|her way"),
        (.move(.action), 1, "SOLN BE going through"),
        (.move(.action), 1, "SOLN is|are being PAST"),
        (.move(.action), 1, "SOLN BE? being re? ACT+PAST"),
        (.move(.action), 1, "SOLN is|are ACT+PAST"),
        (.move(.action), 1, "< DET? SOLN ACT+PAST|done|sorted|complete $"),
        (.move(.action), 1, "SOLN have been PAST"),
        (.move(.action), 1, "SOLN ship|arrive|land|leave|dispatch|go *4 TIME"),
        (.move(.action), 1, "SUPER|he|she|they have ADV? ~NONACT PAST"),
        (.move(.action), 1, "have|BE ADV? agree|approve|authorise|authorize to?"),
        (.move(.action), 1, "YOU will|should ADV? get|have|receive|see|hear *4 TIME|email|confirmation|text|call|back|number|code|SOLN"),
        (.move(.action), 2, "YOU will not need|have to"),
        (.move(.action), 2, "FPS will|do not|never ADV? COST"),
        (.move(.action), 2, "at no extra? cost|charge"),
        (.move(.action), 2, "free of charge"),
        (.move(.options), 2, "ACT *6 or ADV? ACT"),
        // "We can do a swap in store or a full refund": two remedies offered by the agent.
        (.move(.options), 2, "FPS can|could|will *4 ACT|SOLN *6 or DET? *1 ACT|SOLN"),
        (.move(.options), 2, "< BE? up to YOU $"),
        (.move(.options), 2, "options|choices|alternatives"),
        (.move(.options), 2, "alternatively"),
        (.move(.options), 2, "whichever YOU|works|suits"),
        (.move(.options), 2, "or if YOU would? prefer|rather"),
        (.move(.options), 2, "either *8 or"),
        (.move(.options), 2, "which|what *3 prefer|suits|suit|works|work|better"),
        (.move(.options), 2, "would YOU prefer|rather"),
        (.move(.options), 2, "YOU can choose|pick|decide"),
        (.move(.options), 2, "YOU can|could have|get|choose|pick"),
        (.move(.options), 2, "YOU choice"),
        (.move(.followUp), 2, "FPS will|can|could|would|BE ADV? ADV? CONTACT *2 YOU"),
        (.move(.followUp), 2, "FPS will|can|could|would|BE ADV? ADV? CONTACT back"),
        (.move(.followUp), 2, "FPS will|can|could|would|shall|BE ADV? get|getting back to YOU"),
        // Arranging someone else's call: "I'll ask her to call you", "I'll have someone ring you back".
        (.move(.followUp), 2, "FPS will|can|shall ADV? ask|get|have THIRD|someone|somebody|SUPER|DET *2 to? CONTACT YOU|back"),
        (.move(.followUp), 2, "let YOU know"),
        (.move(.followUp), 2, "keep YOU posted|updated|informed|in"),
        (.move(.followUp), 2, "follow up|followup"),
        (.move(.followUp), 2, "check in with YOU"),
        (.move(.followUp), 2, "YOU will hear from"),
        (.move(.referral), 2, "FPS *4 bring|get|pass|transfer|escalate|refer|involve|loop|hand|ask|speak|talk|put|share *4 SUPER"),
        (.move(.referral), 2, "escalate this|it|your"),
        (.move(.referral), 2, "SUPER ,? who can|will"),
        (.move(.referral), 2, "let me|us *3 transfer|pass|put|get|bring|hand *4 SUPER"),
        (.move(.action), 2, "what FPS can|could do BE|for"),
        (.move(.action), 2, "FPS will|BE|can ADV? keep working|chasing|pushing"),
        (.move(.action), 2, "FPS will|BE|can ADV? stay on the line|call|phone"),
        (.move(.action), 1, "BE ready for YOU to collect|pick"),
        (.move(.action), 1, "ready to collect|pick"),
        (.move(.action), 2, "here BE what FPS can|could|will"),
    ]

    private static let thank: [(Cue, UInt8, String)] = [
        (.move(.thanks), 1, "THANK"),
        (.neutral, 2, "FPS would THANK it if"),
        (.neutral, 3, "just to let YOU know"),
    ]
}
