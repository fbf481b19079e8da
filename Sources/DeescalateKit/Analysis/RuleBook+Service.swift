/// Steps in the forms real service agents write them, beside the training-handout forms of the main
/// rule book: help given as instructions, a link to the steps or a route to the team that can fix it;
/// an action reported done ("your table is booked", "you're all set"); the information asked for
/// (what it costs, where it is, when it starts); options put to the customer ("How about …?");
/// questions that ask what the customer is seeing; apologies as agents say them ("I hate to see
/// this", "Yikes!"). Links, prices and numbers are never evidence: a rule may look at one (`&PRICE`)
/// without taking it into the words it cites.
extension RuleBook {
    static let service: [(Cue, UInt8, String)] = help + done + information + offers + asking + sympathy

    private static let help: [(Cue, UInt8, String)] = [
        // Instructions: a help verb opening a clause ("Try restarting the app", "Please follow the steps").
        (.move(.action), 1, "< also|just|then|simply|now|first? ~ING try|check|visit|follow|review|use|select|download|clear|restart|submit|fill|enable|disable|read|refer"),
        (.move(.action), 1, "< also|just|then|simply|now|first? ~ING reinstall|uninstall|install|update|reset|refresh|delete|remove|tap|click|open|sign|log|appeal|report|start"),
        (.move(.action), 1, "< also|just|then|simply|now|first? ~ING create"),
        (.move(.action), 1, "please|kindly ADV? try|check|visit|follow|review|use|select|download|clear|restart|submit|fill|enable|disable|read|refer"),
        (.move(.action), 1, "please|kindly ADV? reinstall|uninstall|install|update|reset|refresh|delete|tap|click|open|sign|log|appeal|report|start|see"),
        (.move(.action), 1, "please|kindly ADV? create|checkout"),
        (.move(.action), 1, "please|kindly ADV? ACT|CONTACT ~me"),
        (.move(.action), 1, "< find|learn out|more"),
        (.move(.action), 1, "would YOU mind ACT+ING"),
        (.move(.action), 1, "would YOU mind checking|trying|restarting|following"),
        (.move(.action), 2, "< please? give|send|share|submit|leave|post *4 feedback|request|suggestion|idea|ticket"),
        // A link offered on its own: "see LINK", "More info: LINK", "Try: LINK" (the link is context, not evidence).
        (.move(.action), 2, "see|visit|check|try|out|here ,? &LINK"),
        (.move(.action), 2, "info|information|details|tips|help|more ,? &LINK"),
        (.move(.action), 2, "this|these|following|our article|guide|tutorial|link|page|steps|tips|instructions|resources|announcement"),
        (.move(.action), 2, "help|support site|center|centre|page|article"),
        (.move(.action), 1, "< please|kindly|also|just|then|simply? head|navigate|go over? to"),
        // "Please go here so we can help: LINK", "Give it a try: LINK", "This should help: LINK".
        (.move(.action), 1, "please|kindly ADV? go|head here|there|over"),
        (.move(.action), 2, "give this|these|that|it|them DET try|shot|go|look|read"),
        (.move(.action), 2, "< this|these|that|it may|might|should|will|could|can ADV? help ~FP ~narrow"),
        // "If you think it's wrong, you have the option to appeal."
        (.move(.action), 2, "YOU have the option|options|ability|chance to"),
        // "Could you share your details through this form so a colleague can help? LINK": a form to fill in, not a question.
        (.move(.action), 3, "share|send|submit|provide|fill|enter|leave your? details|info|information here|below|through|via|using"),
        // "Please share your page's URL": a bare request for an identifier does nothing yet.
        (.neutral, 3, "please|kindly ADV? share|send|provide|give us|me? your|the *2 url|id|username|handle|email|number|name|link"),
        // "Send us the ID so we can look into it": the purpose of a request promises nothing by itself.
        (.neutral, 3, "so that? FPS|someone|they *2 can|could|may ADV? look|check|investigate|help|assist|take|point"),
        (.move(.action), 1, "< please|kindly? take|have a look|peek"),
        (.move(.action), 1, "< please|kindly? check|look|see *2 here|below|this|these|our|out"),
        // What the customer can do: "You can check your flight status here", "you can request a refund".
        (.move(.action), 1, "YOUS may|might need to ACT|use|try|check|update|verify|reset|contact"),
        // "Could you tell me what you can see?": what the customer can do, inside a question, offers nothing.
        (.neutral, 4, "what|which|where|how|when|whether|whatever YOUS can|could|may|might"),
        (.move(.action), 2, "FPS will|shall be sure|happy|glad to"),
        (.move(.action), 1, "YOUS can|could|may|might ADV? ADV? go|head|try|visit|get &NAME|DET|to"),
        (.move(.action), 1, "YOUS can|could|may|might ADV? ADV? ACT"),
        (.move(.action), 1, "YOUS can|could|may|might ADV? ADV? check|find|view|visit|see|read|submit|request|use|try|track|follow|update|change|reset|download"),
        (.move(.action), 1, "YOUS can|could|may|might ADV? ADV? contact|reach|call|email|dm|message|appeal|report|manage|filter|access|apply"),
        (.move(.action), 1, "YOUS can|could|may|might ADV? ADV? select|clear|uninstall|reinstall|restore|install|enable|disable|cancel|switch"),
        // A link or an article offered for the problem: "Here's how", "More tips here", "these steps should help".
        (.move(.action), 2, "here BE DET? *2 link|article|steps|guide|info|information|instructions|tips|page|how|what|why|more|details|some|everything"),
        (.move(.action), 2, "info|information|details|tips|steps|instructions|guidance|article|advice|more *4 here|below"),
        (.move(.action), 2, "this|these|the|our|following article|link|page|guide|steps|tips|instructions|resource|form|announcement *3 help|explain|show|cover|outline|walk|have|should|will|may|can|with"),
        (.move(.action), 2, "using|through DET? following? article|link|guide|instructions|steps|form|page"),
        (.move(.action), 2, "steps|instructions|info|information|details|tips in|on|at DET? article|link|page|guide|site"),
        // Advice and the way to a fix: "we recommend reaching out", "the best next step is…", "feel free to DM us".
        (.move(.action), 2, "FPS *2 recommend|suggest|encourage|advise ~not ~against"),
        (.move(.action), 2, "best|next|quickest|fastest step|steps|option|bet|way|place *3 BE|would"),
        (.move(.action), 2, "BE DET best|right place|way|team to"),
        (.move(.action), 2, "feel free to ~NEG WORD"),
        (.move(.action), 2, "dm|message|pm us|me"),
        (.move(.action), 2, "send|shoot|drop us|me DET? dm|message|direct|note|line|email|tweet"),
        // "by email" is a route; "confused by the email" is not.
        (.move(.action), 2, "via DET? direct? dm|message|messages|email|chat|phone"),
        (.move(.action), 2, "by direct? dm|message|messages|email|chat|phone"),
        // Routed to the team that can fix it ("reach out to our live support team"); "talk to my
        // supervisor" on its own sends the customer away and is no referral.
        (.move(.referral), 2, "reach out *5 team|teams|support|experts|expert|specialist|specialists|agents|department|developers"),
        (.move(.referral), 2, "contact|connect|speak|talk|chat *5 team|teams|support|experts|expert|specialist|specialists|agents|department|developers"),
        (.move(.referral), 2, "get in touch *5 team|teams|support|experts|expert|specialist|specialists|agents|department|developers"),
        (.move(.referral), 2, "team|experts|specialists|support will|can|should ADV? be able"),
        // "Why don't you check out the market?": a suggestion, not the rhetorical "why don't you just…".
        (.move(.options), 4, "why do not YOU ~just check|try|visit|give|take|head|pop|look|consider|see"),
    ]

    private static let done: [(Cue, UInt8, String)] = [
        // The action reported done: "You're all set", "Here you go", "your repair slot has been booked".
        (.move(.action), 2, "YOU BE all set"),
        (.move(.action), 2, "YOU BE ADV? sorted|booked|confirmed|covered"),
        // "Perfect, you are reserved." (not "reserved about it"): the booking done, at the clause's end.
        (.move(.action), 2, "YOU BE ADV? all? reserved|registered|enrolled $"),
        (.move(.action), 2, "YOU BE good to go"),
        (.move(.action), 2, "^ all done|set"),
        (.move(.action), 2, "^ here|there YOU go|are $"),
        (.move(.action), 2, "< your *3 BE|have been? ADV? successfully? booked|confirmed|reserved|scheduled|placed|completed|processed|made|done|sent|transferred|playing|ready|successful|complete|ACT+PAST"),
        // "The visit is scheduled.", "It has been added to your diary.", "The repair is complete."
        (.move(.action), 2, "< DET|that|it *3 BE|have been? ADV? successfully? scheduled|booked|confirmed|reserved|placed|completed|processed|added|transferred|complete|done|set"),
        (.move(.action), 2, "< DET|your|that|it *3 BE all booked|set|done|sorted|confirmed|reserved"),
        // "Your reservation is set.", "The transfer is finalized.": the state reached, at the clause's end.
        (.move(.action), 2, "< your *3 BE|have been? ADV? set|finalized|finalised $"),
        // "Congrats! You got a table.", "you got yourself a rental": the booking handed over.
        (.move(.action), 2, "YOU got yourself DET|NUM"),
        (.move(.action), 2, "^ YOU got DET|NUM|your SOLN|reservation|table|tickets|seat|seats|room|rooms|car|ride|spot|visit"),
        // "I successfully reserved the room", "I reserved it for you": the action reported done.
        // ("We dropped the ball" stays an apology; "while we sorted this out" is no report of its own.)
        (.move(.action), 1, "< FPS ADV? ADV? ACT+PAST DET|YOU|NUM|it|them"),
        // "The album has started playing", "is started playing".
        (.move(.action), 2, "start+PAST playing|streaming ~up"),
        (.move(.action), 2, "FPS have ADV? ADV? made|got|set *3 SOLN"),
        // "I have made the reservation", "We've placed your order": the booking itself reported done.
        (.move(.action), 2, "FPS have ADV? ADV? made|placed|completed|finalized|finalised|submitted DET|your|the *2 reservation|booking|appointment|order|transfer|payment|purchase|request|claim"),
        // SGD's bare gerund, read as the action being done: "Booking 2 tickets for …", "Playing … on the speaker".
        (.move(.action), 2, "^ booking|reserving|playing|transferring|scheduling|adding|sending|calling|ordering"),
        // What was found for the customer: "I found 3 flights", "There are 10 dentists in …".
        (.move(.action), 2, "FPS have? ADV? found|discovered|located ~YOU NUM|DET|WORD"),
        (.move(.action), 2, "^ found NUM"),
        (.move(.action), 2, "FPS got NUM ~question ~questions ~more"),
        (.move(.action), 2, "there BE NUM"),
        // Options counted and shown: "I have 6 options for you", "I have 4 cars including …",
        // "There is a house at 12 Mill Lane", "… called …", "with a 4.4 rating".
        (.move(.action), 2, "FPS have NUM ~question ~questions ~quick ~more *3 for|including|available|that|which|matching"),
        (.move(.action), 2, "there BE DET|NUM *3 at &NUM"),
        (.move(.action), 2, "there BE DET|NUM *3 called|named|located"),
        (.move(.action), 2, "with DET? NUM rating|ratings|star|stars"),
    ]

    private static let information: [(Cue, UInt8, String)] = [
        // The information asked for, read from its verb: what it costs, where it is, when it runs.
        (.move(.action), 2, "cost|priced|charged|pay|total|fare|price|rent|fee|balance|have *3 &PRICE"),
        (.move(.action), 2, "address|located|location|number|phone BE? at? &NUM|ENTITY"),
        (.move(.action), 2, "start|begin|leave|depart|arrive|take|land *3 at|on|from &TIME|NUM"),
        (.move(.action), 2, "< DET|it|THIRD? NAME? NAME? NAME? leaves|departs|arrives|lands *2 at|from|in|into &NAME"),
        // "The problem started on Monday" is the customer's story, not a start time given.
        (.neutral, 3, "problem|problems|issue|issues|error|errors|trouble|fault|outage ADV? start|begin"),
        (.move(.action), 2, "rating|rated|stars of? &NUM"),
        (.move(.action), 2, "BE located? at &NAME"),
        (.move(.action), 2, "BE located|found|situated in|at|on &NAME|NUM"),
        (.move(.action), 2, "NAME|THIRD will|BE be? performing|happening|showing|playing *3 at|on|in"),
        // "The show takes place at the Roxy", "There's a jazz night at the Blue Room on May 4th".
        (.move(.action), 2, "take place *3 at|on|in|from"),
        (.move(.action), 2, "there BE DET|NUM *4 at|in DET? &NAME"),
    ]

    private static let offers: [(Cue, UInt8, String)] = [
        // Options put to the customer: "How about …?", "Want to try …?", "Would you like to hear …?".
        (.move(.options), 2, "^ how|what about ~YOU ~FPS ~it ~that ~this ~PUNCT"),
        // "What do you think about Harbour House?", "How does Luigi's sound?": an option put up for a verdict.
        (.move(.options), 2, "^ what do YOU think about|of &NAME|DET|NUM"),
        (.move(.options), 2, "^ how does|do|would &NAME *6 sound ?"),
        (.move(.options), 2, "^ want|like to try|get|hear|book|see|watch|go|visit|reserve|play|listen"),
        (.move(.options), 2, "^ would|do|did YOU like|want|wish to try|book|reserve|get|see|watch|listen|play|visit|go|rent|schedule|make|buy|purchase"),
        (.move(.options), 2, "^ would|do YOU like|want to hear ~about"),
        // "… as well?" sells one more thing; it solves nothing.
        (.neutral, 4, "would|do YOU like|want *6 as well|too"),
        // An offer to act, put as a question: "Shall I book it?", "Would you like me to try another?"
        (.move(.options), 2, "^ would|do|did|shall YOU like|want|need me to ~NEG WORD"),
        (.move(.options), 2, "^ shall|should|can|could FPS ~NEG ACT|book|reserve|play|make|try|search|look"),
        (.move(.options), 2, "< would YOU like &NAME"),
        // An offer to act now: "Are you ready to book it?"; "Are you ready?" alone asks nothing.
        (.move(.options), 2, "^ BE YOU ready to ACT|make|book|reserve|schedule|buy|purchase|place|rent|get|go|watch|hear|listen|see"),
        (.admin, 2, "BE YOU ready"),
        // "Do you think you'd like to see …?": the option put more softly.
        (.move(.options), 2, "think YOU would|will like|want|enjoy|love to? try|book|reserve|get|see|watch|listen|play|visit|go|rent|hear"),
        // Whether the option just offered suits: "…, would you like that?", "Would that be all right?"
        (.admin, 2, "would|do YOU like|want that|it|this|them|one ?"),
        (.admin, 2, "would|will|does|is that|this|it be all right|alright|ok|okay|fine|suitable|convenient"),
        (.move(.options), 2, "^ how do|would YOU like|consider &NAME"),
        // "Does 6 pm sound good for you?": whether an option suits.
        (.neutral, 4, "BE|sound|sounds|work|works|seem|seems|look|looks|feel|feels ADV? good|okay|ok|fine|suitable|convenient for YOU"),
    ]

    private static let asking: [(Cue, UInt8, String)] = [
        // Asking what the customer sees: "Could you send a screenshot of the error?", "tell us more".
        (.move(.question), 2, "could|can|would YOU please? send|share|provide|tell|let|give|describe|explain *4 screenshot|error|version|what|which|how|more|details|steps|model|device|browser|platform|plan"),
        (.move(.question), 2, "please share|send|provide|describe|tell *4 screenshot|error|version|what|which|how|more|details|steps|model|device|browser|platform|plan"),
        (.move(.question), 2, "let us|me know what|which|where|when ~THANK"),
        (.move(.question), 2, "< please? tell|walk|talk us *2 through|more|about|what|how|when|which|where|everything|exactly"),
        (.move(.question), 2, "could|can|would YOU please? tell|walk|talk us *2 through|more|about|what|how|when|which|where|everything|exactly"),
        // Reading the request back for the customer to confirm ("Please confirm to book a table…",
        // "Can you confirm the following?"); confirming an identifier is a security check, not a read-back.
        (.move(.reflection), 2, "please|kindly confirm"),
        (.move(.reflection), 2, "do|can|could|would YOU please? ADV? confirm"),
        (.neutral, 3, "please|kindly|YOU please? confirm ~that *4 digits|digit|postcode|zip|birth|dob|password|pin|username|login|surname|name|identity"),
        (.neutral, 3, "please|kindly|YOU please? confirm ~that *6 account|reference|id|address|email|phone|registration"),
        (.neutral, 3, "please|kindly|YOU please? confirm your *2 number"),
        (.move(.reflection), 2, ", correct|right ?"),
        (.move(.reflection), 2, "^ correct ?"),
        // "I need to know if it's a phone or a tablet": a question put as a statement.
        (.move(.question), 2, "FPS need|want|would|will ADV? like|need? to know if|whether|what|which|how|when|where|who"),
        // "Were you trying to sign in with your work account?": what the customer was doing when it went wrong.
        (.move(.question), 2, "^ were|was|are YOU trying|attempting to"),
        (.move(.reflection), 2, "confirm that YOU|it|this"),
        (.move(.reflection), 2, "^ confirm"),
        (.move(.reflection), 2, "let me|us confirm"),
        (.move(.reflection), 2, "^ BE DET|this|that|it|everything *3 correct|accurate ?"),
        (.move(.question), 2, "have|did YOU ADV? tried|try|attempted|attempt|checked|followed"),
        (.move(.acknowledgement), 2, "sounds|BE like? DET great|good|brilliant|interesting|helpful idea|suggestion|point"),
        // "Mind if we jump in?" asks leave to talk, nothing about the problem.
        (.admin, 2, "^ mind if FPS"),
        // "We're here to help" offers presence, not an ear; "we'll work together to find a solution" promises nothing.
        (.neutral, 3, "FPS BE ADV? INTENS? here to|for|if|whenever|anytime"),
        (.neutral, 3, "FPS will|can|could|BE ADV? work|working together|with YOU? *2 to? find|reach|figure"),
        // "We'll see if we can point you…" hedges; it promises nothing.
        (.neutral, 3, "see|check if|whether FPS can|could"),
        (.move(.reflection), 2, "< so? YOU would like|want"),
        (.move(.reflection), 2, "confirm your|the SOLN|reservation|trip|visit|ride"),
        (.move(.reflection), 2, "is|does|will that|this BE? sound? right|correct ?"),
        // "What time shall I book for?" asks for a slot; the booking is not done by asking.
        (.neutral, 3, "what|which|where|when|who|whom WORD? WORD? should|shall FPS"),
    ]

    private static let sympathy: [(Cue, UInt8, String)] = [
        (.move(.empathy), 2, "FPS hate|hated to see|hear|read|learn"),
        // "We're deeply upset to hear what happened", "Sad to hear that", "disappointed to learn …": as "sorry to hear".
        (.move(.empathy), 2, "FPS BE ADV? INTENS? EMO to see|hear|read|learn"),
        (.move(.empathy), 2, "^ INTENS? EMO to see|hear|read|learn"),
        (.move(.empathy), 2, "^ yikes|oof|eek|ouch"),
        (.move(.empathy), 2, "^ uh|oh oh|dear|man|no"),
        (.move(.empathy), 2, "not DET? type|kind|sort? of? *2 experience|service|impression *4 want|deserve|expect|like|hope"),
        (.move(.empathy), 2, "never|not the way FPS want|hope|like *3 feel|experience"),
        (.move(.empathy), 2, "BE no fun"),
        (.move(.empathy), 3, "not what FPS like|want|hope to hear|see|read"),
        (.move(.empathy), 2, "BE not INTENS? fun"),
    ]
}
