/// The words and classes the whole-line passes of `LineScan` look for, resolved once per process.
/// A scan holds the one instance, so a pass reads them as stored properties: a `static let` read
/// in a per-token loop would pass a lazy-initialisation check every time. A class, so holding it
/// costs a scan one retain; as a struct, every line copied (and then released) its thirty word sets.
final class ScanWords: Sendable {
    static let shared = ScanWords()

    let sureID = Lexicon.shared.id(of: "sure")!
    /// Verbs of saying, judging or doing-to that a negated "I'm not …" / "I won't …" disowns, as the
    /// rule book reads a literal word (its "-ing" form may be a word of its own, as "going" is).
    let disowningVerbIDs = WordSet(ids: ["say", "suggest", "imply", "try", "go", "blame", "accuse", "doubt", "judge",
                                       "question", "rush", "hang", "tell", "ask", "pretend", "call", "think", "mean",
                                       "lecture", "criticise", "criticize", "patronise", "patronize"]
        .flatMap { verb in [verb, verb + "ing"].compactMap(Lexicon.shared.literalID) })
    /// Words that make a sentence's subject nobody: "Nobody is blaming you", "None of this was down to you".
    let negativeSubjectIDs = WordSet(names: ["nobody", "none", "nothing", "noone"])
    let noID = Lexicon.shared.id(of: "no")
    let goIDs = WordSet(literals: ["go", "going"])
    let oneID = Lexicon.shared.id(of: "one")
    let notID = Lexicon.shared.id(of: "not")!
    let neverID = Lexicon.shared.id(of: "never")!
    let excuseWordIDs = WordSet(literals: ["fault", "ours", "responsibility", "responsible", "problem", "control", "hands", "blame",
                                    "busy", "system", "staff", "policy", "rules", "know", "should", "fair", "just", "honestly"])
    let unavailableIDs = WordSet(literals: ["unavailable", "unable", "unsuccessful", "failed", "sold", "full", "fully", "longer", "non"])
    /// Harm words a rule may key on: when one of these is part of a name, the harm is the name's.
    let harmVocabulary: WordClass = [.profane, .insult, .insultAdj, .punitive, .sarcIntro]
    let learnIDs = WordSet(literals: ["hear", "see", "read", "learn"])
    let faultIDs = WordSet(names: ["fault", "mistake", "error", "blame"])
    let needID = Lexicon.shared.id(of: "need")!
    let onlyID = Lexicon.shared.id(of: "only")!
    let callIDs = WordSet(names: ["call", "calling", "called"])
    let meID = Lexicon.shared.id(of: "me") ?? -1
    let limitIDs = WordSet(names: ["need", "only", "stop", "if", "unless", "long", "provided"])
    let conditionIDs = WordSet(names: ["only", "if", "unless", "long", "provided"])
    let stopID = Lexicon.shared.id(of: "stop")!
    let vagueTimeIDs = WordSet(names: ["soon", "shortly", "later", "asap", "eventually"])
    let timeUnitIDs = WordSet(names: ["hour", "hours", "minute", "minutes", "min", "day", "days", "week", "weekend", "weekdays",
                                  "working", "business"])
    let unitQualifierIDs = WordSet(names: ["a", "an", "the", "this", "next", "within", "one", "two", "three", "four", "five", "six",
                                       "seven", "ten", "few", "couple", "coming", "same", "of", "end"])
    let clockPrepositions = WordSet(names: ["by", "at", "before", "until", "till", "from"])
    let timePrepositions = WordSet(names: ["by", "within", "before", "until", "on", "at", "in", "from", "for"])
    let incidentIDs = WordSet(literals: ["did", "was", "were", "happen", "issue", "problem", "error", "wrong", "trouble", "kind", "type",
                                  "sort", "genre", "style", "category", "preference", "mood", "outcome", "result", "resolution",
                                  "missing", "broken", "damaged", "faulty"])
    let planIDs = WordSet(literals: ["want", "like", "prefer", "need", "wish", "leave", "go", "travel", "stay", "arrive",
                              "depart", "should", "shall", "interested", "look", "good", "suit", "sound", "convenient", "work",
                              "fly", "return", "come", "pick", "book", "reserve", "schedule", "send", "transfer", "favorite", "favourite", "locate", "intend"])
    /// "plan" is a plan as the customer's verb ("do you plan to…"); "Which plan are you on?" asks about the setup.
    let planID = Lexicon.shared.literalID("plan") ?? -1
    let yourID = Lexicon.shared.literalID("your") ?? -1
    let slotIDs = WordSet(literals: ["when", "where", "many", "much", "time", "day", "date", "city", "location", "area", "place",
                              "seat", "people", "ticket", "night", "room", "until", "long", "which", "who", "whom", "name", "call"])
    /// What the customer is using: "Which browser?", "What version do you have?" ask about the problem, not a booking.
    let setupIDs = WordSet(literals: ["app", "platform", "device", "browser", "version", "model", "phone", "product", "console",
                              "computer", "laptop", "software", "system", "setting", "screen", "page",
                              "network", "router", "os", "plan", "message", "code"])
    /// A future modal before a participle makes it part of the plan: "Where would you like to be collected?"
    let futureModalIDs = WordSet(literals: ["would", "will", "shall", "should"])
    /// Prepositions that may open a slot question before its question word: "In which suburb?", "For how many guests?"
    let slotPrepositionIDs = WordSet(literals: ["in", "for", "to", "from", "at", "on", "by", "till", "until", "with"])
    let anythingIDs = WordSet(literals: ["anything", "something"])
    let elseID = Lexicon.shared.literalID("else") ?? -1
    let moreID = Lexicon.shared.literalID("more") ?? -1
    let whatID = Lexicon.shared.literalID("what") ?? -1
    let canIDs = WordSet(literals: ["can", "could", "may"])
    let thereID = Lexicon.shared.literalID("there") ?? -1
    let helpIDs = WordSet(literals: ["help", "assist", "need"])
    /// Words that keep the offer to help standing beside a boundary ("happy to help", "keep going").
    let helpOfferIDs = WordSet(literals: ["help", "assist", "sort", "continue", "going"])
    /// "calling me names": abuse named without an abuse word.
    let namesID = Lexicon.shared.literalID("names") ?? -1
    let sorryID = Lexicon.shared.id(of: "sorry")!
    let justID = Lexicon.shared.id(of: "just")!
    let toID = Lexicon.shared.id(of: "to")!
    let whenID = Lexicon.shared.id(of: "when")
    /// Words that name a choice in a line: "a refund or a voucher", "either day".
    let choiceIDs = WordSet(literals: ["or", "either", "both", "options", "option", "choices", "alternatives"])
    let aboutID = Lexicon.shared.literalID("about") ?? -1
    let whichWhatIDs = WordSet(literals: ["which", "what"])
    /// What a choice is asked by: "Which do you prefer?", "What suits you better?"
    let preferenceIDs = WordSet(literals: ["prefer", "suit", "suits", "work", "works", "better", "rather"])
    let ifIDs = WordSet(literals: ["if", "whether"])
    let orID = Lexicon.shared.literalID("or") ?? -1
    /// What a fact is measured in: "74 degrees", "a 26 percent chance", "3 bedrooms", "1 stop".
    let measureIDs = WordSet(literals: ["degree", "percent", "mile", "mph", "kilometer", "fahrenheit", "celsius", "stop", "bedroom",
                                        "bath", "bathroom", "star", "rating", "device", "screen", "user", "inch", "layover"])
    /// What a thing is: "refundable", "open until 9", "operating at limited capacity".
    let stateIDs = WordSet(literals: ["refundable", "open", "closed", "operating", "available", "furnished", "free"])
    /// States that answer whether said or denied: "It's not refundable" answers as much as "It's refundable".
    let eitherWayIDs = WordSet(literals: ["refundable", "furnished"])
    /// What a thing allows: "only allows 3 devices", "includes up to 5 users".
    let allowIDs = WordSet(literals: ["allow", "include", "support", "cover", "fit", "seat", "sleep"])
    let upToIDs = WordSet(literals: ["up", "more", "unlimited"])
    /// Looking something up: "You can find this here", "check that on this page".
    let lookUpIDs = WordSet(literals: ["find", "confirm", "check", "locate", "see", "view", "verify"])
    let thisThatItIDs = WordSet(literals: ["this", "that", "it"])
    /// Asking the customer for something: "Could you confirm the carrier?", "Can you tell us the model?"
    let askForIDs = WordSet(literals: ["confirm", "tell", "share", "provide", "send", "let"])
    /// "find this article", "check these steps": a help page, not the thing asked.
    let stepNounIDs = WordSet(literals: ["article", "guide", "link", "page", "steps", "tips", "help", "troubleshooting", "resource"])
    let likeID = Lexicon.shared.literalID("like") ?? -1
    /// How a list of kinds ends open: "or something else", "or any other", "or a different one".
    let openEndIDs = WordSet(literals: ["else", "other", "different"])
    /// How a list of kinds is given as examples: "such as", "for example", "e.g.".
    let exampleIDs = WordSet(literals: ["such", "example", "eg", "involving"])
    /// "something like", "anything like", "a preference like": the words before a "like" that gives examples.
    let kindAnchorIDs = WordSet(literals: ["something", "anything", "preference", "type", "kind", "category", "genre", "specific", "particular"])
    let confirmID = Lexicon.shared.literalID("confirm") ?? -1
    /// The last word of a confirmation tag: "is that correct?", "…, right?"
    let tagIDs = WordSet(literals: ["correct", "right"])
    /// "please confirm", "kindly confirm", "let's confirm": a request, whatever follows.
    let pleaseIDs = WordSet(literals: ["please", "kindly", "let"])
    let thatID = Lexicon.shared.id(of: "that")
}
