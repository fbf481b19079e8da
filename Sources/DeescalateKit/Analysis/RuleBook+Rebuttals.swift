/// Harm without a rude word: the record quoted against the customer ("the scan history says
/// otherwise"), the loss made small ("it's only a fiver"), surprise put on to mock ("what a
/// coincidence"), a lecture on what "everyone knows", and point-scoring about the agent's patience.
/// Each needs a target: the customer's claim, their loss, or what they are supposed to know. The
/// record and the small loss are harms only when the line does nothing for the customer
/// (`Cue.unlessHelped`, `resolveUnlessHelped`): "our system shows it was delivered — I'll open a
/// trace now" investigates; it does not argue.
extension RuleBook {
    static let rebuttals: [(Cue, UInt8, String)] = record + minimising + mockSurprise + lecturing + pointScoring

    private static let record: [(Cue, UInt8, String)] = [
        // "The scan history says otherwise", "our notes suggest otherwise"; not "unless told otherwise".
        (.unlessHelped(.accusation), 3, "say|says|said|show|shows|showed|suggest|suggests|indicate|indicates|tell|tells|prove|proves otherwise"),
        (.neutral, 4, "unless|until|if *6 otherwise"),
        (.unlessHelped(.accusation), 3, "< that|this BE not what FP|DET RECORD *2 say|says|show|shows|showed|suggest|suggests|indicate|indicates"),
        // The record read as a verdict on what the customer did or on the disputed event:
        // "our records show you collected it", "the system shows it was delivered", "…the engineer did turn up".
        // Only the acts a customer disputes: "our records show you paid twice" agrees with them.
        (.unlessHelped(.accusation), 3, "RECORD *2 show|shows|showed|say|says|said|confirm|confirms YOUS ADV? did|collected|signed|logged|used|cancelled|agreed|accepted|declined|opted|chose|received|picked|ordered|booked|selected|renewed"),
        (.unlessHelped(.accusation), 3, "RECORD *2 show|shows|showed|say|says|said|confirm|confirms it|DET WORD? WORD? did ~NEG"),
        (.unlessHelped(.accusation), 3, "RECORD *2 show|shows|showed|say|says|said|confirm|confirms it|DET WORD? WORD? was|were|has|had ADV? been? delivered|collected|emptied|attended|signed|received|left|scanned|used|accepted|opened|cancelled|fitted|installed|repaired|fixed"),
        // A conclusion drawn from the record against the customer: "…, so it must be at your address".
        (.unlessHelped(.accusation), 3, "RECORD *8 , so YOU ADV? PAST|did|must|clearly|obviously"),
        (.unlessHelped(.accusation), 3, "RECORD *8 , so DET|THIRD|it|that *2 must|clearly|obviously|definitely|did"),
        // "…he was in class, actually": the record as a correction.
        (.unlessHelped(.accusation), 3, "RECORD *2 show|shows|showed|say|says|said *8 ,? actually $"),
        (.unlessHelped(.accusation), 3, "^ actually ,? FP|DET? RECORD *2 show|shows|showed|say|says"),
        // "Interesting, because the garage says you collected it": the record sprung on the customer.
        (.move(.accusation), 3, "^ interesting|funny|strange|odd|curious|convenient|amazing ,? because|since ~FPS"),
        (.move(.accusation), 3, "^ because FP|DET RECORD *2 show|shows|showed|say|says"),
        // "That's not quite true": the customer's account corrected; bare "that's not right" is empathy.
        (.unlessHelped(.accusation), 3, "< that|which BE not ADV|INTENS|quite|strictly|entirely|exactly|completely|totally? true|accurate|correct"),
        (.unlessHelped(.accusation), 3, "< that|which BE not quite|strictly|entirely|exactly right"),
        (.unlessHelped(.accusation), 3, "< that|which BE not quite|strictly|entirely|exactly the case"),
        (.move(.accusation), 3, "what YOU would? want|wish|choose|prefer|like to believe|think"),
        (.move(.accusation), 3, "< YOU would say that|so"),
        // "I'm sure you did.", "Oh, is that right?": belief put on.
        (.move(.accusation), 3, "FPS BE sure YOU|it|they|he|she did|were|was|had|do $"),
        (.move(.accusation), 3, "^ oh ,? is that right|so ?"),
        // "You're not the first to try that one"; not "You're not the first to tell us about this".
        (.move(.accusation), 3, "not the first *3 try|claim"),
        (.move(.accusation), 3, "not the first *3 say|tell that|this|me"),
    ]

    private static let minimising: [(Cue, UInt8, String)] = [
        // The loss made small: "it's only a fiver", "it's just a bin", "it's only been two days".
        (.unlessHelped(.dismissal), 3, "it|its|that BE only|just|merely a|an|been|some|few|couple"),
        // A count is the loss only as the sentence's point: "It's only one missed lesson", not
        // "…and it's just 1 passenger" in a booking read-back.
        (.unlessHelped(.dismissal), 3, "^ it|its|that BE only|just|merely NUM|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred"),
        // Others have it worse: "plenty of people wait longer than that for a repair".
        (.unlessHelped(.dismissal), 3, "people|customers|others|passengers|patients|parents|families|households|members|students|tenants|residents|drivers|callers *3 longer|worse"),
        (.move(.dismissal), 3, "< not that it|this|that BE *2 much|worth|big|serious|important"),
        (.move(.dismissal), 3, "much|nothing|anything to get|be upset|angry|annoyed|stressed|excited|cross|worked about|up"),
        (.move(.dismissal), 3, "so no real? harm|damage done"),
        // Silver linings and shrugs: "at least it arrived", "it could have been worse", "one of those things".
        (.unlessHelped(.dismissal), 3, "^ at least ~FPS ~FP ~NUM ~once ~twice"),
        (.unlessHelped(.dismissal), 3, "it|that|things could|might have? be|been ADV|INTENS? worse"),
        (.move(.dismissal), 3, "worse things happen"),
        (.move(.dismissal), 3, "one of those things"),
        (.move(.dismissal), 3, "small price to pay"),
        (.move(.dismissal), 3, "hardly a big? deal|problem|issue|drama"),
        (.move(.dismissal), 3, "< it BE not like it|YOU|THIRD"),
        (.move(.dismissal), 3, "take YOU business|custom|money elsewhere|somewhere"),
    ]

    private static let mockSurprise: [(Cue, UInt8, String)] = [
        (.move(.sarcasm), 3, "surprise ,? surprise"),
        (.move(.sarcasm), 3, "shock ,? horror"),
        (.move(.sarcasm), 3, "^ imagine that"),
        (.move(.sarcasm), 3, "what a coincidence|mystery"),
        (.move(.sarcasm), 3, "who would|could have thought|guessed|known|believed"),
        (.move(.accusation), 3, "^ amazing|remarkable|incredible|weird|extraordinary how|that"),
        // "Funnily enough, the router works fine…": mock surprise at the customer's claim; an anecdote
        // of the agent's own ("Funnily enough, my router did the same") is not, nor a line that helps.
        (.unlessHelped(.sarcasm), 3, "funnily|conveniently enough , ~FP ~FPS"),
        (.unlessHelped(.sarcasm), 3, "funnily|conveniently enough ~, ~FP ~FPS"),
        // "It works fine when it's actually plugged in."
        (.move(.condescension), 3, "fine|perfectly|properly|normally when|if|once *3 actually"),
        // A disbelieving tag on a story: "So the form just filled itself in wrong, did it?"
        (.move(.accusation), 3, "just|somehow|magically|suddenly|mysteriously *6 , did|does|was|is|has|had it|they|he|she ?"),
    ]

    private static let lecturing: [(Cue, UInt8, String)] = [
        // What "everyone knows": "as any customer knows", "as anyone with a contract knows".
        (.move(.condescension), 3, "as|like any|every|most WORD *3 know|knows|realise|realises|realize|realizes|understand|understands"),
        (.move(.condescension), 3, "as|like anyone|anybody|everyone|everybody *4 know|knows|realise|realises|realize|realizes|understand|understands"),
        (.move(.condescension), 3, "< everyone|everybody knows|realises|realizes|understands"),
        (.move(.condescension), 3, "most|any adults|parents|drivers|owners|users|grown|sensible *2 know|manage|cope|read|understand|realise|realize|check"),
        (.move(.condescension), 3, "common knowledge"),
        (.move(.condescension), 3, "as YOU should|ought|must know|be|realise|realize"),
        (.unlessHelped(.condescension), 3, "< it|this|that BE not INTENS? complicated|difficult|hard $"),
        // "It's not hard to see why you're upset" validates the feeling.
        (.neutral, 4, "not hard|difficult to see|understand why|how"),
        // Blame announced as not meant: "Not to point fingers, but…", "If only you had…".
        (.move(.blame), 3, "not to point fingers|the"),
        (.move(.blame), 3, "if only YOU"),
        (.move(.condescension), 3, "no offence|offense ,? but"),
        (.move(.sarcasm), 3, "that would be a first"),
        (.move(.condescension), 3, "surely YOU ADV? know|knew|realise|realised|realize|realized|understand|understood|read|saw|noticed|remember|must|can|did|have"),
    ]

    private static let pointScoring: [(Cue, UInt8, String)] = [
        // "I've been more than patient with you."
        (.move(.condescension), 3, "FPS have been more than ADV|INTENS? WORD"),
        (.move(.condescension), 3, "FPS have been nothing but WORD"),
        (.move(.condescension), 3, "FPS have been INTENS? ADV? accommodating|reasonable|generous|flexible|understanding|fair with|to YOU"),
    ]
}
