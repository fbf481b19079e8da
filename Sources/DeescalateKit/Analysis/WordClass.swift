/// A set of word classes a token belongs to, one bit per class, so that a rule can test a token
/// against several classes with one `&`. Punctuation and positional facts are classes too, which lets
/// the pattern matcher treat "a comma", "sentence start" and "an apology word" alike.
struct WordClass: OptionSet, Hashable {
    let rawValue: UInt64

    // Persons and function words
    static var fp: WordClass { .init(rawValue: 1 << 0) }          // i we me us my our myself
    static var fpSubj: WordClass { .init(rawValue: 1 << 1) }      // i we (the one who acts)
    static var you: WordClass { .init(rawValue: 1 << 2) }
    static var neg: WordClass { .init(rawValue: 1 << 3) }         // not no never nothing...
    static var modal: WordClass { .init(rawValue: 1 << 4) }
    static var be: WordClass { .init(rawValue: 1 << 5) }
    static var have: WordClass { .init(rawValue: 1 << 6) }
    static var doVerb: WordClass { .init(rawValue: 1 << 7) }
    static var wh: WordClass { .init(rawValue: 1 << 8) }
    static var det: WordClass { .init(rawValue: 1 << 9) }
    static var third: WordClass { .init(rawValue: 1 << 10) }      // he she they it someone
    static var function: WordClass { .init(rawValue: 1 << 11) }   // prepositions, conjunctions: English glue
    static var contrast: WordClass { .init(rawValue: 1 << 12) }   // but though however
    static var disc: WordClass { .init(rawValue: 1 << 13) }       // ok right well oh: discourse openers
    static var adv: WordClass { .init(rawValue: 1 << 14) }        // just also personally now
    static var intens: WordClass { .init(rawValue: 1 << 15) }     // so really truly
    // Step vocabulary
    static var apol: WordClass { .init(rawValue: 1 << 16) }
    static var thank: WordClass { .init(rawValue: 1 << 17) }
    static var emo: WordClass { .init(rawValue: 1 << 18) }        // feelings and what causes them
    static var act: WordClass { .init(rawValue: 1 << 19) }        // verbs that fix things
    static var nonAct: WordClass { .init(rawValue: 1 << 20) }     // verbs that never make a promise
    static var verb: WordClass { .init(rawValue: 1 << 21) }       // other common verbs
    static var soln: WordClass { .init(rawValue: 1 << 22) }       // refund, replacement, engineer
    static var time: WordClass { .init(rawValue: 1 << 23) }
    static var owner: WordClass { .init(rawValue: 1 << 24) }      // myself, personally
    static var superv: WordClass { .init(rawValue: 1 << 25) }
    static var contact: WordClass { .init(rawValue: 1 << 26) }    // call ring email text
    static var cost: WordClass { .init(rawValue: 1 << 27) }       // charge bill: negated = a favour
    // Harm vocabulary
    static var abuse: WordClass { .init(rawValue: 1 << 28) }      // swearing, shouting
    static var profane: WordClass { .init(rawValue: 1 << 29) }
    static var insult: WordClass { .init(rawValue: 1 << 30) }     // always an insult
    static var insultAdj: WordClass { .init(rawValue: 1 << 31) }  // an insult when aimed at "you"
    static var policy: WordClass { .init(rawValue: 1 << 32) }
    static var punitive: WordClass { .init(rawValue: 1 << 33) }
    static var sarcIntro: WordClass { .init(rawValue: 1 << 34) }  // wow great brilliant
    // Questions that are not listening
    static var comms: WordClass { .init(rawValue: 1 << 35) }      // the line, hearing, repeating
    static var admin: WordClass { .init(rawValue: 1 << 36) }      // identifiers
    // Shape of the token
    static var past: WordClass { .init(rawValue: 1 << 37) }
    static var ing: WordClass { .init(rawValue: 1 << 38) }
    static var num: WordClass { .init(rawValue: 1 << 39) }
    static var caps: WordClass { .init(rawValue: 1 << 40) }
    static var word: WordClass { .init(rawValue: 1 << 41) }
    static var known: WordClass { .init(rawValue: 1 << 42) }      // in the English vocabulary
    static var comma: WordClass { .init(rawValue: 1 << 43) }      // , : — and a spaced hyphen
    static var end: WordClass { .init(rawValue: 1 << 44) }        // . ! ; newline
    static var qmark: WordClass { .init(rawValue: 1 << 45) }
    static var emoji: WordClass { .init(rawValue: 1 << 46) }
    static var sarcEmoji: WordClass { .init(rawValue: 1 << 47) }  // eye-roll, upside-down face
    static var sentStart: WordClass { .init(rawValue: 1 << 48) }  // first word after openers
    static var clauseStart: WordClass { .init(rawValue: 1 << 49) }
    static var youSubject: WordClass { .init(rawValue: 1 << 50) } // "you" that can do a verb; not "your"
    // Things that are not words (see `Tokenizer.entity`): never English, never evidence for a move.
    static var entity: WordClass { .init(rawValue: 1 << 51) }     // link, handle, #tag, number, sign-off
    static var link: WordClass { .init(rawValue: 1 << 52) }       // URL or e-mail address
    static var price: WordClass { .init(rawValue: 1 << 53) }      // $56, £3.50
    static var signoff: WordClass { .init(rawValue: 1 << 54) }    // ^AB, "~ Olivia" at the end
    static var escape: WordClass { .init(rawValue: 1 << 55) }     // &amp;: read as nothing
    // Names and quotations: words that are not said to the customer.
    static var title: WordClass { .init(rawValue: 1 << 56) }      // written with a capital first letter
    static var name: WordClass { .init(rawValue: 1 << 57) }       // part of a name or title ("Bloody Mary", "Ann Darling Apartments")
    static var quoted: WordClass { .init(rawValue: 1 << 58) }     // inside quotation marks
    static var exclaim: WordClass { .init(rawValue: 1 << 59) }    // "!", an end that exclaims
    // Who else a failure can be pinned on, and what sarcasm compares a small problem with.
    static var party: WordClass { .init(rawValue: 1 << 60) }      // courier, chef, housekeeping, the system
    static var hyperbole: WordClass { .init(rawValue: 1 << 61) }  // tragedy, mortgage, kidney transplant
    static var record: WordClass { .init(rawValue: 1 << 62) }     // records, notes, logs: what can be quoted against a claim

    /// Any token that ends a clause.
    static var punct: WordClass { [.comma, .end, .qmark, .emoji] }

    /// Class names as written in rule patterns.
    static let byName: [String: WordClass] = [
        "FP": .fp, "FPS": .fpSubj, "YOU": .you, "NEG": .neg, "MODAL": .modal, "BE": .be, "HAVE": .have,
        "DO": .doVerb, "WH": .wh, "DET": .det, "THIRD": .third, "CONTRAST": .contrast, "DISC": .disc,
        "ADV": .adv, "INTENS": .intens, "APOL": .apol, "THANK": .thank, "EMO": .emo, "ACT": .act,
        "NONACT": .nonAct, "VERB": .verb, "SOLN": .soln, "TIME": .time, "OWNER": .owner, "SUPER": .superv,
        "CONTACT": .contact, "COST": .cost, "ABUSE": .abuse, "PROFANE": .profane, "INSULT": .insult,
        "INSULTADJ": .insultAdj, "POLICY": .policy, "PUNITIVE": .punitive, "SARCINTRO": .sarcIntro,
        "COMMS": .comms, "ADMIN": .admin, "PAST": .past, "ING": .ing, "NUM": .num, "CAPS": .caps,
        "WORD": .word, "YOUS": .youSubject, "EMOJI": .emoji, "SARCEMOJI": .sarcEmoji, "PUNCT": .punct,
        "ENTITY": .entity, "LINK": .link, "PRICE": .price, "NAME": .name, "QUOTED": .quoted,
        "PARTY": .party, "HYPER": .hyperbole, "RECORD": .record,
    ]
}
