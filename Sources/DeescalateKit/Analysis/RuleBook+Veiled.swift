/// Harm in polite clothes: explaining the obvious as if to a child ("It's a switch. You flip it
/// up."), a wall the agent joins ("…and neither do I"), busy-ness or a third party's failings after
/// an apology, thanks taken back in a concessive clause ("…though you haven't shown much of it"),
/// lectures tacked onto a fix, doubt about the customer's story, and the LAST routine recited to
/// mock it. Excuse-shaped clauses are cues: they are harm only after an apology (`addExcuses`).
extension RuleBook {
    static let veiled: [(Cue, UInt8, String)] = simplifying + walls + busy + concessive + lectures + doubting + routine

    private static let simplifying: [(Cue, UInt8, String)] = [
        (.move(.condescension), 3, "in INTENS simple|simpler|plain|basic terms|words|english"),
        (.move(.condescension), 3, "slowly|slower this time"),
        (.move(.condescension), 3, "since|as|because YOU seem|sound|appear ADV|INTENS? confused|lost|muddled"),
        // A thing defined, then worked for the customer: "It's a tap. You turn it to the left."
        (.move(.condescension), 3, "^ it|this|that BE a|an WORD? WORD . YOU ADV? turn|press|push|click|pull|twist|flip|tap|plug|switch|put|open|lift|hold it|them|that|this"),
    ]

    private static let walls: [(Cue, UInt8, String)] = [
        // The agent joining the wall: "The system doesn't make exceptions and neither do I."
        (.move(.policyWall), 3, "exception|exceptions|budge|bend|flexible|move and? neither|nor do|will|would|can|am FPS"),
    ]

    private static let busy: [(Cue, UInt8, String)] = [
        (.excuse, 2, "run|rushed|ran off our|my|their feet"),
        (.excuse, 2, "snowed|swamped|drowning under|with"),
        (.excuse, 2, "FPS BE INTENS? swamped|slammed|overwhelmed|overloaded|stretched|inundated"),
        (.excuse, 2, "short staffed|handed"),
        (.excuse, 2, "short of staff"),
        // A third party's quality, right after an apology: "the courier we're using this month is hopeless".
        (.excuse, 2, "PARTY|firm|carrier|company|provider *6 BE ADV? INTENS? hopeless|useless|rubbish|terrible|awful|shocking|unreliable|incompetent|dreadful|pants"),
    ]

    private static let concessive: [(Cue, UInt8, String)] = [
        // Thanks or praise taken back: "I appreciate your patience, though you haven't shown much of it."
        (.mockery, 3, "CONTRAST *2 YOU have|did not|never *2 show|shown|showed|had|got|seen *2 much|any|lot|it"),
        (.mockery, 3, "CONTRAST *2 YOU BE not|never ADV? INTENS? exactly|very|particularly|overly patient|polite|understanding|kind|civil"),
    ]

    private static let lectures: [(Cue, UInt8, String)] = [
        // "Shouting isn't going to get your parcel here any faster."
        (.move(.dismissal), 3, "complaining|shouting|moaning|arguing|yelling|screaming|swearing|ABUSE+ING *3 BE not going to|gonna"),
        (.move(.dismissal), 3, "not|never going to|will *4 any faster|quicker|sooner"),
        // Advice that blames, tacked onto a fix: "Do try to check your statements more often, though."
        (.move(.condescension), 3, "< CONTRAST do try|remember"),
        (.move(.condescension), 3, "try to *3 YOU WORD *2 more often|carefully|closely|regularly|properly"),
    ]

    private static let doubting: [(Cue, UInt8, String)] = [
        // "I'm not sure what you're trying to tell me": the customer's account treated as a ploy.
        (.move(.accusation), 3, "not sure what YOU BE trying to say|tell|claim|suggest|imply|pull|get"),
        // "We get a lot of people trying it on with 'lost' parcels."
        (.move(.accusation), 3, "people|customers|folk|folks|plenty|lot|YOU *3 trying|try it on ~in ~at ~for ~first ~before ~PUNCT"),
        (.move(.accusation), 3, "trying|try it on with"),
    ]

    private static let routine: [(Cue, UInt8, String)] = [
        // The routine recited to mock it: "Listen, apologise, solve, thank. There, all four done."
        (.mockery, 3, "listen ,|and APOL"),
        (.mockery, 3, "APOL ,|and solve ,|and"),
        (.mockery, 3, "solve ,|and THANK"),
        (.mockery, 3, "all four *2 done|ticked|covered|sorted"),
        (.mockery, 3, "tick|ticked|ticking *2 box|boxes"),
    ]
}
