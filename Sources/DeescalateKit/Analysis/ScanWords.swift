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
                                       "seven", "ten", "few", "couple", "coming", "same", "of"])
    let clockPrepositions = WordSet(names: ["by", "at", "before", "until", "till", "from"])
    let timePrepositions = WordSet(names: ["by", "within", "before", "until", "on", "at", "in", "from", "for"])
    let incidentIDs = WordSet(literals: ["did", "was", "were", "happen", "issue", "problem", "error", "wrong", "trouble", "kind", "type",
                                  "sort", "genre", "style", "category", "preference", "mood"])
    let planIDs = WordSet(literals: ["want", "like", "prefer", "need", "wish", "plan", "leave", "go", "travel", "stay", "arrive",
                              "depart", "should", "shall", "interested", "look", "good", "suit", "sound", "convenient", "work"])
    let slotIDs = WordSet(literals: ["when", "where", "many", "much", "time", "day", "date", "city", "location", "area", "place",
                              "seat", "people", "ticket", "night", "room", "until", "long", "which"])
    let anythingIDs = WordSet(literals: ["anything", "something"])
    let elseID = Lexicon.shared.literalID("else") ?? -1
    let whatID = Lexicon.shared.literalID("what") ?? -1
    let canIDs = WordSet(literals: ["can", "could"])
    let thereID = Lexicon.shared.literalID("there") ?? -1
    let helpIDs = WordSet(literals: ["help", "assist", "need"])
    let sorryID = Lexicon.shared.id(of: "sorry")!
    let justID = Lexicon.shared.id(of: "just")!
    let toID = Lexicon.shared.id(of: "to")!
    let whenID = Lexicon.shared.id(of: "when")
    let thatID = Lexicon.shared.id(of: "that")
}
