/// A scripted customer: immutable content authored by a trainer, read from a file in `Personas/`.
///
/// The conversation's changing state lives in `ConversationState`; this value never changes during a
/// session, so the same persona can drive many sessions and be checked exhaustively.
public struct Persona: Sendable, Equatable {
    /// The highest persona file format this build reads and the one `personas migrate` writes.
    /// Format 2 added fact `about` words, must-acknowledge facts, the customer's need, and domain
    /// phrases; a format 1 file reads unchanged.
    public static let formatVersion = 2

    /// How hard the persona is to calm.
    public enum Difficulty: String, Sendable, CaseIterable, Codable { case easy, medium, hard }

    /// Stable identifier, e.g. `late-parcel`; used by `--persona` and in transcripts.
    public var id: String
    /// The persona's own content version, bumped by its author when behaviour changes.
    public var version: Int
    /// The customer's display name.
    public var name: String
    /// Easy, medium or hard.
    public var difficulty: Difficulty
    /// The short scenario card shown to the trainee before the session.
    public var scenario: String
    /// The company the trainee works for in this scenario (placeholder `{company}`).
    public var company: String
    /// What the customer is upset about and the facts they reveal when listened to.
    public var grievance: Grievance
    /// How the customer's frustration starts, calms and boils over.
    public var temperament: Temperament
    /// How strongly each kind of trainee move moves this customer.
    public var reactions: Reactions
    /// Words that set this customer off, with their effect.
    public var triggers: [Trigger]
    /// What the customer will and will not accept.
    public var resolutions: [Resolution]
    /// What the customer says in each situation and mood.
    public var lines: [Situation: LineSet]
    /// After this many trainee turns without resolution the customer escalates.
    public var turnLimit: Int
    /// Phrases of the customer's trade that are neutral in a trainee's line ("make up your
    /// prescription" is not calling anyone a liar): moves read inside them are dropped.
    public var domainPhrases: [String]
    /// Replies the persona's author wrote as models for the trainee, by the situation of the
    /// customer line they answer. Shown beside a reply that missed a step or did harm, quoted as
    /// written; they never change how the customer reacts. (A fact's own are on the fact.)
    public var modelReplies: [Situation: [String]]

    /// Creates a persona.
    public init(id: String, version: Int, name: String, difficulty: Difficulty, scenario: String, company: String,
                grievance: Grievance, temperament: Temperament, reactions: Reactions, triggers: [Trigger],
                resolutions: [Resolution], lines: [Situation: LineSet], turnLimit: Int, domainPhrases: [String] = [],
                modelReplies: [Situation: [String]] = [:]) {
        self.modelReplies = modelReplies
        self.id = id
        self.version = version
        self.name = name
        self.difficulty = difficulty
        self.scenario = scenario
        self.company = company
        self.grievance = grievance
        self.temperament = temperament
        self.reactions = reactions
        self.triggers = triggers
        self.resolutions = resolutions
        self.lines = lines
        self.turnLimit = turnLimit
        self.domainPhrases = domainPhrases
    }

    /// The scenario card with `{company}` and `{customer}` filled in, as shown to trainees.
    public var scenarioCard: String {
        PlaceholderText.fill(scenario, with: ["customer": name, "company": company, "trainee": "you"])
    }

    /// The resolution with `id`, if any.
    public func resolution(id: String) -> Resolution? { resolutions.first { $0.id == id } }
}

/// What the customer is upset about.
public struct Grievance: Sendable, Equatable {
    /// One sentence for the trainer and the report.
    public var summary: String
    /// Facts revealed one at a time as the trainee listens: the one asked about, else the next.
    public var facts: [Fact]
    /// What the customer actually needs, when an offer must meet it to resolve the call.
    public var need: Need?

    /// Creates a grievance.
    public init(summary: String, facts: [Fact], need: Need? = nil) {
        self.summary = summary
        self.facts = facts
        self.need = need
    }
}

/// What an offer must meet for the call to resolve ("her tablets today", not a refund).
public struct Need: Sendable, Equatable {
    /// The need in a few words, for reports and the grade.
    public var summary: String
    /// What the customer says when an acceptable offer does not meet it (variants).
    public var says: [String]

    /// Creates a need.
    public init(summary: String, says: [String]) {
        self.summary = summary
        self.says = says
    }
}

/// Something the customer reveals when the trainee listens.
public struct Fact: Sendable, Equatable {
    /// Identifier, unique within the persona.
    public var id: String
    /// The fact in a few words, for reports and hints.
    public var summary: String
    /// What the customer says when revealing it (variants).
    public let says: [String]
    /// Extra words a trainee might use when asking about it, beyond those of `summary` and `says`.
    public let about: [String]
    /// Whether the trainee must acknowledge it (empathy, an apology or a reflection) on the next turn.
    public var mustAcknowledge: Bool
    /// What the customer says when it was not acknowledged (variants; needed with `mustAcknowledge`).
    public var ifIgnored: [String]
    /// Model replies to the customer telling this fact, written by the persona's author.
    public var modelReplies: [String]
    /// The stems of the fact's own words and `about`, by which a question is matched to it.
    let keywords: Set<Substring>
    /// The stems of `about` alone: an author may list words any question uses ("why") on purpose.
    let aboutStems: Set<Substring>

    /// Creates a fact.
    public init(id: String, summary: String, says: [String], about: [String] = [], mustAcknowledge: Bool = false,
                ifIgnored: [String] = [], modelReplies: [String] = []) {
        self.modelReplies = modelReplies
        self.id = id
        self.summary = summary
        self.says = says
        self.about = about
        self.mustAcknowledge = mustAcknowledge
        self.ifIgnored = ifIgnored
        let text = ([summary] + says).map(PlaceholderText.removingPlaceholders).joined(separator: " ")
        aboutStems = Set(WordStems.stems(of: about.joined(separator: " "), skipping: []))
        keywords = Set(WordStems.stems(of: text, skipping: WordStems.listeningWords)).union(aboutStems)
    }
}

/// A word or phrase that sets this customer off, beyond the general harmful moves.
public struct Trigger: Sendable, Equatable {
    /// Identifier, unique within the persona.
    public var id: String
    /// Words or phrases matched case-insensitively on word boundaries.
    public let words: [String]
    /// Frustration change when triggered (usually positive).
    public var change: Int
    /// What the customer says when triggered (variants).
    public var says: [String]
    /// `words`, tokenised once for matching.
    let matchWords: [[Substring]]

    /// Creates a trigger.
    public init(id: String, words: [String], change: Int, says: [String]) {
        self.id = id
        self.words = words
        matchWords = words.map(PhraseMatcher.words(of:))
        self.change = change
        self.says = says
    }
}

/// An outcome the trainee can offer, acceptable to this customer or not.
public struct Resolution: Sendable, Equatable {
    /// Identifier, unique within the persona.
    public var id: String
    /// Words or phrases that identify the offer in a trainee's solution.
    public let offer: [String]
    /// Whether the customer accepts it (once they feel heard).
    public var acceptable: Bool
    /// Whether it meets the customer's need (always true when the persona declares none). An
    /// acceptable offer that does not is taken as a gesture, but the call cannot resolve on it.
    public var meetsNeed: Bool
    /// What the customer answers to the offer (variants).
    public var says: [String]
    /// `offer` as the words that must appear for a match: stems, without filler words.
    let offerStems: [[Substring]]

    /// Creates a resolution.
    public init(id: String, offer: [String], acceptable: Bool, says: [String], meetsNeed: Bool = true) {
        self.id = id
        self.offer = offer
        offerStems = offer.map(OfferMatcher.stems(ofPhrase:))
        self.acceptable = acceptable
        self.meetsNeed = meetsNeed
        self.says = says
    }
}
