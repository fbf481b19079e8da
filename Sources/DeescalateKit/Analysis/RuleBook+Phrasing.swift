/// Shapes trainees reach for that the older tables name in other words: surprise put on to mock
/// ("Shockingly, the parcel needed signing for"), questions asked at the customer's expense ("Did you
/// try reading it?"), the customer's choice read back as the cause ("So you threw the box away."),
/// the loss made small ("a couple of quid", "Nobody died."), the lecture on how things work ("That's
/// what a deposit is for."); and on the other side, a fix offered as an attempt ("I can try the
/// payment again"), fixes joined by "and", and the small talk and desk logistics that ask nothing
/// about the problem ("Did you find parking okay?", "Are you calling from a mobile?").
extension RuleBook {
    static let phrasing: [(Cue, UInt8, String)] = surprise + expense + choices + smallLoss + howThingsWork + attempts + feeling + chitChat

    private static let surprise: [(Cue, UInt8, String)] = [
        // An astonished adverb opening a sentence that tells the customer the obvious; a line that
        // helps ("Amazingly, the engineer has a slot free, so I've booked you in") is good news.
        (.unlessHelped(.sarcasm), 3, "^ shockingly|astonishingly|unbelievably|amazingly|incredibly|staggeringly|remarkably|stunningly|miraculously|predictably|unsurprisingly ,"),
        (.move(.sarcasm), 3, "< imagine|fancy that $"),
        (.move(.sarcasm), 3, "^ well ,? what do YOU know ,|.|!"),
        (.move(.sarcasm), 3, "^ what do YOU know ,|!"),
        (.move(.sarcasm), 3, "who saw that|this coming"),
        (.move(.sarcasm), 3, "who could|would have predicted|foreseen|seen"),
        (.move(.sarcasm), 3, "quelle surprise"),
        (.unlessHelped(.sarcasm), 3, "mystery solved"),
        (.move(.sarcasm), 3, "^ well ,? there BE a surprise $"),
        (.unlessHelped(.sarcasm), 3, "would YOU believe it ,|!"),
        (.unlessHelped(.sarcasm), 3, "^ oh look ,|!"),
        (.move(.sarcasm), 3, "big shock|surprise"),
        (.move(.sarcasm), 3, "what are the odds"),
        (.move(.sarcasm), 3, "lo and behold"),
        (.move(.sarcasm), 3, "^ well ,? well ~done"),
        (.move(.sarcasm), 3, "and YOU BE surprised|shocked|amazed"),
        (.move(.sarcasm), 3, "of course it BE ADV? FP fault"),
        (.move(.sarcasm), 3, "ah|oh yes ,? the classic|old"),
        (.move(.sarcasm), 3, "whatever next"),
        // "…, though funny how these things always happen to you."
        (.move(.accusation), 3, "CONTRAST ,? funny|convenient|interesting|strange how|that"),
    ]

    private static let expense: [(Cue, UInt8, String)] = [
        // "Did you try reading it?", "Have you tried turning it on first?" — not "Have you tried restarting it?".
        (.move(.condescension), 3, "did|have YOU try|tried reading|rereading|actually"),
        (.move(.condescension), 3, "did|have YOU try|tried plugging|switching|turning it|them in|on ?|first"),
        (.move(.condescension), 3, "BE that|it|this ADV|INTENS? so|that hard|difficult|complicated|tricky ?"),
        (.move(.condescension), 3, "did|do YOU think *4 would|will just|magically|somehow"),
        (.move(.condescension), 3, "read YOU mind|thoughts"),
        (.move(.condescension), 3, "BE it ADV|INTENS? our|my job|responsibility to"),
        (.move(.condescension), 3, "have YOU ever heard of a|an"),
        (.move(.condescension), 3, "do|did YOU read|open anything"),
        (.move(.condescension), 3, "YOU read|get past|beyond the"),
        (.move(.condescension), 3, "BE *4 too much to ask ?"),
        (.move(.condescension), 3, "YOU considered|thought reading|checking|looking|opening"),
        (.move(.condescension), 3, "BE YOU telling me YOU did|never"),
        (.move(.condescension), 3, "why would|should FPS refund|pay|compensate|replace|give|waive|cover"),
        (.move(.condescension), 3, "what exactly|else|honestly did|do YOU expect"),
        (.move(.condescension), 3, "what did|do YOU honestly|really|exactly expect"),
        (.move(.condescension), 3, "what YOU expected|expect from a|an"),
        // "…, like it says." — pointing at what the page already says.
        (.move(.condescension), 3, "like|as it|the WORD? says|said|states $"),
        // "How did you cope?" after a wait of minutes; "How did you ever survive?".
        (.move(.sarcasm), 3, "^ how did|do YOU ever? cope|survive ?"),
        (.move(.sarcasm), 3, "how did|do|will YOU ever|possibly cope|survive|manage"),
        (.move(.sarcasm), 3, "however did|do YOU cope|survive|manage"),
        // "Did the big red banner not give it away?", "Was the slot not clear enough for you?"
        (.move(.condescension), 3, "not give it away"),
        (.move(.condescension), 3, "clear|obvious|big|plain enough for YOU"),
        (.move(.condescension), 3, "would be a clue|hint|giveaway"),
        (.move(.condescension), 3, "any reason YOU did|never"),
        (.move(.condescension), 3, "BE FPS reading|looking at the same"),
        // "Did it never cross your mind to check?" — the customer's oversight put as a question; not
        // "It never crossed my mind".
        (.move(.blame), 3, "never|not cross|crossed YOU mind"),
        (.move(.blame), 3, "did|does|has it ADV? cross|crossed YOU mind to|that"),
        // "Brace yourself: the sale price was for members only." — bad news made a joke.
        (.move(.sarcasm), 3, "brace yourself|yourselves"),
        // "The kettle wasn't going to fill itself."
        (.move(.condescension), 3, "going to WORD itself|themselves"),
        // The negation is part of the retort, not a frame that disowns it.
        (.move(.condescension), 3, "not going to WORD itself|themselves"),
    ]

    private static let choices: [(Cue, UInt8, String)] = [
        // A statement, not a check: "So you threw the box away." (A question — "…away?" — sums up.)
        (.move(.blame), 3, "^ so YOU ADV? threw|ignored|binned|deleted|skipped|ditched|tossed|chose|choose+PAST *10 ."),
        (.move(.blame), 3, "^ so YOU ADV? gave|handed|shared|posted|assumed|presumed|figured *10 ."),
        (.move(.blame), 3, "the risk YOU take|took|run"),
        (.move(.blame), 3, "^ so YOU ADV? PAST *3 the|a wrong"),
        // One rule each for "did not" and "never": a pattern's items are single words.
        (.move(.blame), 3, "^ so YOU ADV? did not bother|read|check|look|think|keep"),
        (.move(.blame), 3, "^ so YOU ADV? never bother|read|check|look|think|keep"),
        (.move(.blame), 3, "^ so YOU ADV? did not turn|show|come|pay|call|ring|tell|follow|listen|book|cancel|return|update *10 ."),
        (.move(.blame), 3, "^ so YOU ADV? never turn|show|come|pay|call|ring|tell|follow|listen|book|cancel|return|update *10 ."),
        (.move(.blame), 3, "YOUS ADV? tick+PAST"),
        (.move(.blame), 3, "please|just ADV? actually *4 this|next time"),
        (.move(.blame), 3, "BE ADV what happen when|if"),
        // "You went with the basic cover, so…": the cheaper choice as the cause.
        (.move(.blame), 3, "YOUS ADV? went|opted|go+PAST with|for the|a basic|cheapest|cheaper|budget|lowest"),
    ]

    private static let smallLoss: [(Cue, UInt8, String)] = [
        (.move(.sarcasm), 3, "not|hardly DET matter of life"),
        (.move(.sarcasm), 3, "not|hardly DET life sentence"),
        (.move(.dismissal), 3, "talking about NUM|one|two|three|four|five|six|ten|twenty|couple|few of? TIME|minutes|days|hours|weeks|quid|pounds|pence|bucks|dollars here"),
        // "It's one parcel." — the count as the whole point of the sentence.
        (.unlessHelped(.dismissal), 3, "^ it|its|that BE one ~of WORD ."),
        (.unlessHelped(.dismissal), 3, "^ it|its|that BE a single WORD ."),
        (.move(.dismissal), 3, "talking about a|DET? fiver|tenner|quid|couple|few"),
        (.unlessHelped(.dismissal), 3, "it|its|that BE ADV? a|DET? couple|few of? quid|pounds|bucks|dollars|pence|quid"),
        (.move(.dismissal), 3, "nobody|noone died"),
        (.unlessHelped(.dismissal), 3, "^ it|its|that BE ADV? NUM|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty quid|pounds|bucks|pence ."),
        (.move(.dismissal), 3, "keep|get|put *2 perspective"),
        // "One missed call, hardly worth a complaint"; not "not worth getting a new one".
        (.move(.dismissal), 3, "hardly|barely|scarcely|not worth DET? complaint|complaining|fuss|fussing|moaning"),
        (.move(.dismissal), 3, "worse things than|in"),
        (.move(.dismissal), 3, "^ all this|that fuss|noise|drama? over|for a|an|one"),
        (.move(.dismissal), 3, "worked up over|about a|an|one"),
        (.move(.dismissal), 3, "simple as that"),
        (.move(.dismissal), 3, "everyone|everybody ADV? pay|pays"),
        (.move(.policyWall), 3, "POLICY apply|applies to everyone|everybody|all"),
        (.move(.dismissal), 3, "BE the breaks"),
        // "You're not the first person whose train was late" — unless an apology follows.
        (.unlessHelped(.dismissal), 3, "YOU BE not the first person|customer|one whose|who"),
        (.move(.dismissal), 3, "no one died"),
        (.move(.dismissal), 3, "not like anyone|anybody died|got|was"),
        // "It's a parcel. It'll turn up." — with no time and nothing done, a shrug.
        (.unlessHelped(.dismissal), 3, "< it|they will turn|show up $"),
    ]

    private static let howThingsWork: [(Cue, UInt8, String)] = [
        // "That's what a deposit is for", "That's what the terms are there for"; not "that's what we're here for".
        (.unlessHelped(.condescension), 3, "that BE what DET WORD *3 BE ADV? there? for .|!"),
        (.unlessHelped(.condescension), 3, "that BE what THIRD do|does .|!"),
        (.unlessHelped(.condescension), 3, "that BE literally|just|simply|exactly how *3 work $"),
        (.unlessHelped(.condescension), 3, "that BE DET whole point of"),
        (.unlessHelped(.condescension), 3, "that BE what happen with|if|on"),
        (.unlessHelped(.condescension), 3, "every|all WORD work|works like that|this $"),
        (.unlessHelped(.condescension), 3, "for a reason $"),
        // "That's what 'non-refundable' means." — not "That's what pending means: the bank…".
        (.unlessHelped(.condescension), 3, "that BE ADV|literally|exactly|precisely? what ~FP ~YOU ~THIRD DET? WORD? WORD mean|means .|!"),
        (.move(.policyWall), 3, "BE ADV? standard practice|procedure ADV? everywhere|anywhere|.|!"),
        (.move(.policyWall), 3, "that BE ADV? why FPS have|send|set DET? WORD? POLICY|deadline|deadlines|reminder|reminders|cutoff"),
        (.unlessHelped(.condescension), 3, "that BE ADV? the deal with"),
        (.unlessHelped(.condescension), 3, "that BE DET whole idea|point $"),
        (.unlessHelped(.condescension), 3, "sort|kind of the point $"),
    ]

    private static let attempts: [(Cue, UInt8, String)] = [
        // "I can try resetting it from my end", "Let me try putting it through manually": an attempt
        // at a fix is offered; "I'll try to be quick" and "I'll try to explain" are not fixes.
        (.move(.action), 2, "FPS will|can|could|shall ADV? try ADV? re? ACT+ING|CONTACT+ING|putting|pushing|getting|sending|calling|ringing"),
        (.move(.action), 2, "FPS will|can|could|shall ADV? try ADV? to ACT|CONTACT|push|get|put|hurry|speed|move"),
        // "I'll do it now while you're on the line": "do" promises with a time.
        (.move(.action), 2, "FPS will|can do it|that|this *2 now|today|straight|immediately|tonight|tomorrow"),
        (.move(.action), 2, "FPS will|can|could|shall ADV? try DET|the WORD? SOLN|ACT|payment|booking|depot|branch|system|card"),
        (.move(.action), 2, "let me|us ADV? try re? ACT+ING|CONTACT+ING|putting|pushing|getting|sending|calling|ringing"),
        (.move(.action), 2, "let me|us ADV? try DET|the WORD? SOLN|payment|booking|depot|branch|system|card"),
        (.move(.action), 2, "FPS will|can|could|shall ADV? have|give *2 another go|try|attempt"),
        // Fixes joined by "and": "I've re-run the payment and waived the late fee".
        (.move(.action), 1, "FPS have *8 and ADV? ACT+PAST"),
        (.neutral, 3, "< try to stay|keep|remain|hold|be"),
        (.neutral, 3, "< check in|out BE|from|until|time|times"),
        // An offer of something new is a sale, not a fix: "We've got a new loyalty scheme starting next month".
        (.neutral, 3, "FPS have got|have a|DET new|latest WORD? app|scheme|card|plan|offer|range|programme|program|bundle|deal|membership|service"),
        (.neutral, 3, "FPS have got|have a|DET new|latest WORD? branch|store|shop|office|website|site|portal"),
    ]

    private static let feeling: [(Cue, UInt8, String)] = [
        // "Naturally you're upset — I would be too."
        (.move(.empathy), 2, "FPS would be|feel too $"),
        (.move(.empathy), 2, "FPS would be|feel as well $"),
    ]

    private static let chitChat: [(Cue, UInt8, String)] = [
        (.admin, 2, "calling|ringing|phoning from|on a|DET? mobile|landline|abroad|home|work|speaker|speakerphone"),
        (.admin, 2, "have|had DET nice|good|lovely|relaxing weekend|holiday|break|christmas|easter|day|trip|journey|flight|drive"),
        (.admin, 2, "somewhere|anywhere YOU can talk|speak|chat"),
        (.admin, 2, "good time to talk|chat|speak"),
        (.admin, 2, "pen|paper|pencil handy|nearby"),
        (.admin, 2, "YOU see DET|FP chat|screen|window|box|page|cursor|button"),
        (.admin, 2, "far to travel|come|drive"),
        (.admin, 2, "find us|parking|somewhere|space ok|okay|alright|easily"),
        (.admin, 2, "find parking"),
        (.admin, 2, "on speaker|speakerphone"),
        (.admin, 2, "BE it ok|okay|alright if FPS"),
        (.admin, 2, "ok|okay|alright on YOU side|end"),
        (.admin, 2, "get here|there ok|okay|alright|safely"),
        (.admin, 2, "caught in the rain|traffic|snow|storm"),
        // "…on the way in?" is the customer's journey, not a parcel on its way.
        (.neutral, 3, "on the way in|home|over"),
        (.admin, 2, "on the way in|home|over ?"),
        (.admin, 2, "find the|DET car|place|building|office|shop|store|entrance|way *1 ok|okay|alright|easily"),
        // The record read out: "The account shows a balance of £212.40" tells, it does nothing.
        (.neutral, 3, "RECORD shows|says DET? balance|amount|total|reading|figure"),
        (.admin, 2, "headphones|earphones|earbuds|microphone|mic|webcam|speakerphone"),
        (.admin, 2, "YOU see DET|FP link|message"),
    ]
}
