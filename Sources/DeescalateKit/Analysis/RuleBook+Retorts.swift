/// Harm in the shapes trainees reach for when a customer gets to them: questions that accuse ("Did
/// it not occur to you…", "Who keeps their PIN in their wallet?"), closers that brush the customer
/// off ("Make it quick", "Can we move on?", "Heard it all before"), talk about the customer's
/// feelings or choices instead of the problem, and sarcasm by absurd comparison ("it's a late pizza,
/// not a kidney transplant"). Each needs a target — the customer, what they did, or a known harmful
/// act — so an agent explaining a fee or a setting is left alone.
extension RuleBook {
    static let retorts: [(Cue, UInt8, String)] = accusingQuestions + brushOffs + feelings + comparisons

    private static let accusingQuestions: [(Cue, UInt8, String)] = [
        (.move(.condescension), 3, "occur|occurred to YOU"),
        (.move(.condescension), 3, "did|has nobody|anybody|anyone ever? tell|teach|show|warn|explain YOU"),
        (.move(.condescension), 3, "did|has no one ever? tell|teach|show|warn|explain YOU"),
        (.move(.condescension), 3, "do|does|did YOU know|understand what *4 mean ?"),
        // "Who keeps their PIN in their wallet?": who would do what the customer did.
        (.move(.condescension), 3, "^ who keep|leave|put|write|carry|give|share|post|send|store|lose their|a"),
        (.move(.condescension), 3, "^ who in their right mind"),
        // "If the steak was really that bad, why did you eat it?": the complaint turned on the customer.
        (.move(.condescension), 3, "if *5 really|that|so|truly bad|awful|terrible|broken|important|urgent ,? why"),
        (.move(.blame), 3, "what did|have YOU *3 this time"),
        (.move(.blame), 3, "whose fault BE that|it|this"),
        (.move(.dismissal), 3, "BE that|this|it my|our problem ?"),
        (.move(.condescension), 3, "how many more ways|times"),
    ]

    private static let brushOffs: [(Cue, UInt8, String)] = [
        (.move(.dismissal), 3, "make it quick|snappy|fast|brief"),
        (.move(.dismissal), 3, "queue|line|people *2 behind YOU"),
        (.move(.dismissal), 3, "can|could|shall we|FPS ADV? move on now"),
        (.move(.dismissal), 3, "can|could|shall we|FPS ADV? move on $"),
        (.move(.dismissal), 3, "^ moving on $"),
        (.move(.dismissal), 3, "heard it|that|this one? all? before"),
        (.move(.dismissal), 3, "heard it all"),
        // "Thanks a million, next." calls the next customer; "Next, I'll…" and "next week" do not.
        (.move(.dismissal), 3, "< next ~, $"),
        (.move(.dismissal), 3, "< anyway ~, $"),
        // "Yes yes, …", "Yeah, yeah.": agreement said twice to stop the customer talking.
        (.move(.dismissal), 3, "^ yes yes"),
        (.move(.dismissal), 3, "^ yeah ,? yeah"),
        // Refusals with no subject or no way round: "cant do refunds on that", "no way I can".
        (.move(.refusal), 3, "^ can|will not do|give|offer|help|accept|change|ACT"),
        (.move(.refusal), 3, "no way FP can|could|will"),
        (.move(.refusal), 3, "not much|little FP *2 can|could do"),
        (.move(.refusal), 3, "not something FPS can|could|will ADV? do|offer|change|allow|help|accept"),
        // Threats that say what will happen if the customer carries on ("Keep shouting and you'll never
        // get a table", "Push it and I'll put a note on your file"); the consequence is part of the threat.
        (.move(.threat), 4, "carry|keep|go on like this|that and FPS|YOU will|shall|BE WORD"),
        (.move(.threat), 4, "< keep|carry on? being|ABUSE+ING *3 and FPS|YOU will|shall|BE WORD"),
        (.move(.threat), 4, "keep that|this|it up and FPS|YOU will|shall|BE WORD"),
        (.move(.threat), 4, "< push|try it|me *2 and FPS|YOU will|shall|BE WORD"),
        (.move(.threat), 3, "if YOU *4 again ,? that|then BE? it $"),
        // Calm-down in other words: "Simmer down", "deep breaths", "a little less emotional".
        (.move(.calmDown), 3, "simmer|cool down"),
        (.move(.calmDown), 3, "< cool it $"),
        (.move(.calmDown), 3, "deep breath|breaths"),
        (.move(.calmDown), 3, "< ADV? breathe"),
        (.move(.calmDown), 3, "just relax|chill|breathe"),
        (.move(.calmDown), 3, "let us all? ADV? relax|calm|chill|breathe"),
        (.move(.calmDown), 3, "less emotional|dramatic|angry|upset|hysterical|aggressive|hostile|worked"),
    ]

    private static let feelings: [(Cue, UInt8, String)] = [
        // An apology for the customer's decision or for feelings they "may have" had.
        (.move(.nonApology), 3, "APOL that? YOU have? ADV? decide|choose"),
        (.move(.nonApology), 3, "YOU feel|felt|believe|think|perceive YOU may|might|could have|BE"),
        (.move(.nonApology), 3, "APOL *3 how YOU feel|felt|see|saw|take|took"),
        // Blame through responsibility or choice: "your card, your PIN, your responsibility", "it's a
        // setting you chose", "this stems from you giving us the wrong reading".
        (.move(.blame), 3, "YOU responsibility"),
        (.move(.blame), 3, "that|it|this one BE? on YOU"),
        (.move(.blame), 5, "that|it|this BE ADV? DET|YOU WORD ,? YOUS ADV? choose|pick|select|set|enable|agree|opt|turn|accept|sign"),
        (.move(.blame), 3, "stem|come|result from YOUS ING|PAST"),
        (.move(.blame), 3, "YOUS ADV? give|enter|type|put|pick|choose|order|select|book|use|buy|send *3 the|a wrong|incorrect"),
        (.neutral, 4, "if|whether|case YOUS ADV? give|enter|type|put|pick|choose|order|select|book|use|buy|send"),
        (.move(.blame), 3, "YOUS needed to tell|let|inform|warn|call|ring|contact|check|read|notify|mention|update|give"),
        (.neutral, 4, "APOL *2 YOUS needed"),
        (.move(.blame), 3, "YOUS ADV? used|spent more than YOU"),
        (.move(.blame), 3, "read|check|set|try|remember|plan|keep|leave|double|bring|use|write|fill|maybe|perhaps *5 next time $"),
        (.neutral, 4, "FPS will|can|could|shall|ADV read|check|try|remember|plan|keep|leave|bring|use|write|give"),
        // Doubt: "So you say.", "I'll believe that when I see it", "I very much doubt it".
        (.move(.accusation), 3, "so YOU say|claim $"),
        (.move(.accusation), 3, "believe it|that|this when FPS see"),
        (.move(.accusation), 3, "FPS INTENS|ADV INTENS? much? doubt"),
        (.move(.accusation), 3, "^ apparently ,? it|YOUS|this|that"),
        (.move(.accusation), 3, "dog ate"),
        // Talking down: "in simple terms", "you seem confused", "as I keep saying", "not a mind reader".
        (.move(.condescension), 3, "in simple|simpler|plain|basic|layman terms|words|english"),
        (.move(.condescension), 3, "spell it out"),
        (.move(.condescension), 3, "YOU seem|sound|look|appear ADV|INTENS? confused|lost|muddled"),
        (.move(.condescension), 3, "as|like FPS keep saying|telling|explaining|repeating"),
        (.move(.condescension), 3, "mind reader"),
        (.move(.condescension), 3, "most people|customers|folk ADV? manage|cope|understand|figure|work|get"),
        (.move(.condescension), 3, "that BE how *2 work $"),
        // Insults aimed at the customer or what they did: "a total drama queen", "a daft thing to do".
        (.move(.insult), 3, "drama queen"),
        (.move(.insult), 3, "YOU BE|being|sound|look|act DET INTENS|total|complete|absolute|utter? INSULTADJ|INSULT"),
        (.move(.insult), 3, "INSULTADJ|INSULT thing to do|say|get|worry|complain|moan|fuss"),
    ]

    private static let comparisons: [(Cue, UInt8, String)] = [
        // A small problem set beside a huge one: "five bucks, not a mortgage", "hardly a tragedy".
        (.move(.sarcasm), 3, ", not DET? WORD? HYPER"),
        (.move(.sarcasm), 3, "not|hardly exactly? DET WORD? HYPER"),
        (.move(.sarcasm), 3, "^ oh|wow|gosh ,? what a HYPER"),
        (.move(.sarcasm), 3, "HYPER of the|our century|times|year|decade|age"),
        (.move(.sarcasm), 3, "^ yeah|oh ,? because FPS"),
        (.move(.condescension), 3, "drama|fuss|hysterics over|about"),
        (.move(.dismissal), 3, "load of drama|fuss|nonsense|rubbish|rot"),
        (.mockery, 3, "sherlock|einstein"),
        (.mockery, 3, "laws of physics|nature|gravity"),
        // Mocking the routine itself: "There, I've said sorry", "done all four", "ticked all the boxes".
        (.mockery, 3, "done|ticked all four|the boxes"),
        (.mockery, 3, "^ there , FPS have ADV? APOL|THANK|say+PAST"),
    ]
}
