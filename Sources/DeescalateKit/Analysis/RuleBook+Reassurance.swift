/// Lines that carry harm words but do the opposite of harm: an insult or a threat negated to reassure
/// ("That's not a silly question", "I won't be hanging up on you"), validation put through a
/// negation or a hypothetical ("I can't fault you for being cross", "I'd have been livid too"), a
/// policy quoted in the customer's favour, praise set against what others would have done. And step
/// shapes the main tables miss: ownership ("we really let you down"), options put as a question
/// ("Monday or Friday?"), an action under way ("I'm stopping the payment"), and what is no step
/// (feedback passed on, a process described in general, a hold or small talk put as a question).
/// The overrides are priority 4, so they hide the harm reading of the same words.
extension RuleBook {
    static let reassurance: [(Cue, UInt8, String)] = negatedHarm + boundaries + validation + favour + stepShapes + notSteps

    private static let negatedHarm: [(Cue, UInt8, String)] = [
        // "That's not a silly question (at all)", "It isn't a daft thing to ask".
        (.neutral, 4, "BE not DET? INTENS? INSULTADJ|INSULT|silly|daft question|thing|request|point|ask"),
        // Coercion disowned: "I won't make you send it back", "Nobody's going to force you to pay".
        (.neutral, 4, "FPS will|would|shall|BE not|never ADV? going? to? make|force YOU"),
        (.move(.action), 4, "FPS will|would|shall|BE not|never ADV? going? to? make|force YOU pay"),
        // The threat disowned: "I won't be hanging up on you", "we're not going to cut you off".
        (.neutral, 4, "FPS will|would|shall|BE not|never ADV? be? going? to? hang|hanging|cut|cutting|ban|banning|block|blocking *1 up|off|on? YOU"),
        // A topic conceded, not a conversation closed: "I'm not going to argue with you about the fee".
        (.neutral, 4, "FPS will|would|BE not|never ADV? going? to? argue|quibble *2 about|over the|your|that WORD"),
    ]

    private static let boundaries: [(Cue, UInt8, String)] = [
        // A limit, not a dismissal: "stop calling me names", "if we're going to carry on", "I won't be spoken to like that".
        (.neutral, 4, "stop calling|call me names"),
        (.neutral, 3, "if|when|unless FPS BE|will? going? to? ADV? go|carry|keep on|going"),
        (.neutral, 4, "FPS will|BE not|never be spoken|talked|sworn|shouted to|at like that|this"),
    ]

    private static let validation: [(Cue, UInt8, String)] = [
        // "I can't fault you for being angry", "I couldn't blame you".
        (.move(.empathy), 4, "FPS can|could not|never ADV? fault|blame YOU"),
        // The agent in the customer's place: "I wouldn't have stayed calm either", "I'd have been livid too".
        (.move(.empathy), 4, "FPS would|could not|never have *4 either"),
        (.move(.empathy), 4, "FPS would|could have been|felt ADV|INTENS? ADV|INTENS? EMO|cross|livid|angry|furious|upset|mad"),
        (.move(.empathy), 2, "YOU have? every|good reason|right"),
        (.move(.empathy), 2, "YOU have? all the reason|right"),
        // "I hate that this happened on your birthday", "I hate how long you've waited".
        (.move(.empathy), 2, "FPS INTENS? hate|hated that|how|it this|that|it|YOU|THIRD|DET|long|much"),
        (.move(.empathy), 2, "the last thing YOU need|needed|want|wanted"),
    ]

    private static let favour: [(Cue, UInt8, String)] = [
        // Policy in the customer's favour is no wall: "Our terms say the deposit is refundable up to…".
        (.neutral, 4, "POLICY say|says|state|states *5 refundable|returnable|transferable|eligible|entitled|covered|free|allowed|included|guaranteed"),
        (.neutral, 4, "POLICY say|says|state|states *3 YOU can|may|are|get ~not"),
        // Praise against what others would have done: "Plenty of people wouldn't have."
        (.neutral, 4, "plenty|lots|loads|many|most|not of? people|customers|others|folk|everyone|everybody would|might not|never? have $"),
    ]

    private static let stepShapes: [(Cue, UInt8, String)] = [
        (.move(.apology), 2, "FPS ADV|INTENS ADV|INTENS? let YOU down"),
        // A summary of what everyone told the customer: "It sounds like everyone you spoke to said something different."
        (.move(.reflection), 2, "sounds|seems like every|everyone|everybody|each|all"),
        // Options put as a question: "Tuesday or Thursday for the engineer?", "I can do mornings either day."
        (.move(.options), 2, "^ TIME|NUM or TIME|NUM"),
        (.move(.options), 2, "FPS can|could do *3 either|any|both day|days|one|time|slot"),
        // An action under way for this customer: "I'm stopping the direct debit".
        (.move(.action), 2, "FPS BE ADV? stopping|halting|blocking|freezing|cancelling|canceling the|your|that|this|DET|YOU"),
        (.move(.action), 2, "SOLN BE? have? ADV ADV? go+PAST through|out|off|ahead"),
        // Being prepared: "Your prescription is being made up now" is no accusation.
        (.move(.action), 4, "being|been made|put up|together"),
    ]

    private static let notSteps: [(Cue, UInt8, String)] = [
        // Looking, not fixing: "I've got your booking up on the screen", "Just pulling up your account".
        (.neutral, 3, "FPS have ADV? got YOU|DET WORD? SOLN|account|details|file|record|records|notes|history|reservation up|here|open|onscreen"),
        (.neutral, 3, "opening|pulling|bringing|loading|getting up? YOU|DET WORD? file|account|booking|details|record|records|notes|order|reservation|history up|now|here"),
        // Feedback passed on fixes nothing for this customer.
        (.neutral, 3, "pass|passed|passing|feed|fed|forward|forwarded|share|shared YOU|the|DET feedback|comments|compliments|thoughts|suggestion|suggestions|views|remarks"),
        // A process in general, no one acting for this customer: "Reports of missing items are investigated within…".
        (.neutral, 3, "< reports|claims|complaints|refunds|returns|cases|requests|queries|applications|enquiries|inquiries *4 are ADV? usually|normally|typically|generally|always? ACT+PAST|PAST|investigated|reviewed|handled|assessed"),
        // A hold or small talk put as a question: "Is it alright if I pop you on hold?", "Work or fun?"
        (.admin, 2, "on hold"),
        (.admin, 2, "put|place|pop|keep YOU on *2 hold"),
        (.admin, 2, "for work|business *2 or|and for? fun|pleasure|leisure|holiday"),
    ]
}
