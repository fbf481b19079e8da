/// The word lists behind the analyzer's word classes, and the spelling map that turns text-speak,
/// typos and contractions into canonical words. Lists name word *classes* (apology verbs, feelings,
/// fixing verbs, times...), not phrases: the rules combine classes by sentence structure.
enum LexiconWords {
    /// Base forms only; regular -s/-ed/-ing forms are found by the stemmer.
    static let classes: [(WordClass, String)] = [
        (.fp, "i we me us my our mine ours myself ourselves"),
        (.fpSubj, "i we"),
        (.you, "you your yours yourself yourselves ya"),
        (.youSubject, "you ya"),
        (.neg, "not no never nothing nobody none cannot nope nah neither nor"),
        (.modal, "will would can could shall should may might must gonna"),
        (.be, "am is are was were be been being"),
        (.have, "have has had"),
        (.doVerb, "do does did"),
        (.wh, "what when where which who whom whose why how"),
        (.det, "the a an this that these those his her their its some any every each another"),
        (.third, "he she they it them him someone somebody this that"),
        (.function, """
            to of in on for with at by from about as into like through after over between out up down \
            off and or if then than because so while until before since also just only too very here there \
            please yes yeah ok okay oh hi hello all more most other same such own back again still even \
            good great bad new first last long little right left best well much many few one two three \
            four five six seven eight nine ten way thing things time day days week lot bit kind sure help \
            know think want need get go got make made take took come came see look give tell say said \
            problem issue order account money people person customer number name email phone call store \
            anything everything something nothing everyone everybody anyone happen \
            wrong fault whole full thank wait understand let mean idea ill stop couple coming till unless provided within
            """),
        (.contrast, "but though however although yet unfortunately"),
        (.disc, "ok okay right well oh ah ahh look um umm hmm mm hm yes yeah yep alright and honestly anyway fine sir madam hi hello hey so now sure"),
        (.adv, "just also personally then now definitely happily gladly immediately quickly straight first actually certainly absolutely still now already right go ahead and also successfully"),
        (.intens, "so sooo soo really truly very terribly deeply incredibly extremely completely totally genuinely sincerely awfully super quite absolutely most"),
        (.apol, "sorry apologize apology apologies apologetic regret"),
        (.thank, "thank thanks appreciate grateful thankful cheers obliged"),
        (.emo, """
            frustrating frustrated frustrate frustration upsetting upset stressful stressed stress annoying \
            annoyed annoy annoyance disappointing disappointed disappoint disappointment worrying worried worry \
            awful horrible terrible exhausting exhausted embarrassing embarrassed angry furious fed infuriating \
            maddening confusing confused scary scared distressing distressed painful hard difficult tough \
            nightmare hassle rough miserable unfair irritating irritated livid mad hurt hurtful inconvenient \
            inconvenience unacceptable anxious nerve nervous overwhelming overwhelmed heartbreaking devastating \
            devastated shocking shocked unpleasant dreadful worst sad horrid stressy feel feeling feelings \
            fuming gutted gutting unsettling unsettled unnerving alarming alarmed galling humiliating humiliated \
            disheartening disheartened exasperating exasperated aggravating infuriated panicked panicking \
            frightening frightened terrifying heartbroken crushed mortified gutted rubbish disruptive saddened saddening
            """),
        (.act, """
            refund reissue send resend replace fix sort book rebook cancel arrange credit move waive reset \
            process update upgrade remove add raise escalate reverse repair swap exchange deliver ship \
            organise organize schedule reschedule issue lift unblock correct reimburse compensate change \
            restore reconnect expedite prioritise prioritize approve authorise authorize void adjust discount \
            cover honour honor extend open log note investigate chase handle trace amend clear return \
            collect reserve assign dispatch post courier convert apply pass bring drop email text call ring \
            phone contact refunding order mark flag share cancel install activate unlock release pay offer \
            guarantee arrange upgrade deal stay fill sort freeze unfreeze pause \
            reinstate reactivate reopen redeliver reinstall rearrange resubmit reprocess backdate override \
            reorder refit rerun rebuild play
            """),
        (.nonAct, "be need have try look see hear imagine understand know tell ask wait put transfer help think feel say talk continue keep just only like love want pull check listen get go do let make double explain describe"),
        (.verb, "get make do go take give tell say come keep find bring leave check look see help try speak talk happen try"),
        (.soln, """
            refund replacement credit voucher engineer technician courier plumber electrician discount \
            compensation exchange repair label ticket tracking upgrade card delivery booking appointment \
            slot parcel package cheque code money payment order new one item bag letter confirmation \
            reference rebate callback call-back replacement voucher credit
            """),
        (.time, """
            today tonight tomorrow now immediately asap monday tuesday wednesday thursday friday saturday \
            sunday morning afternoon evening hour hours minute minutes min noon midday midnight week weekend \
            shortly soon later straight away o'clock eod tmrw weekdays working business days day
            """),
        (.owner, "myself personally ourselves"),
        (.superv, "supervisor manager managers supervisors lead leader senior specialist team department escalations boss pharmacist colleague advisor adviser doctor"),
        (.contact, "call ring phone email text message contact update write"),
        (.cost, "charge bill invoice"),
        (.abuse, "swear swearing shout shouting yell yelling scream screaming abuse abusive language insult insulting respectful respect civil threaten threatening curse cursing"),
        (.profane, "bloody damn damned dammit hell crap crappy shit shitty fuck fucking fucked wtf bullshit piss pissed arse ass asshole bastard bitch freaking frickin goddamn christ bollocks wanker dickhead ffs"),
        (.insult, "stupid idiot idiots idiotic dumb moron moronic imbecile clown muppet loser brainless dumbest stupidest dimwit halfwit cretin dumbass"),
        (.insultAdj, "ridiculous pathetic clueless useless lazy incompetent crazy insane hysterical unreasonable childish ignorant entitled dramatic rude paranoid difficult thick daft gormless precious unbearable impossible demanding stroppy fussy immature selfish petty delusional careless irresponsible naive"),
        (.policy, "policy policies rules rule protocol protocols regulations terms conditions procedure procedures"),
        (.punitive, "ban banned blacklist flag report hang security police kick escort terminate suspend"),
        // Third parties an apology can be explained away with ("the courier is hopeless", "housekeeping
        // always run late"): an excuse cue only after an apology, never a harm on its own.
        (.party, """
            courier couriers driver drivers chef chefs kitchen housekeeping cleaner cleaners contractor contractors \
            warehouse supplier suppliers manufacturer system systems computer computers server servers network \
            staff trainer trainers trainee trainees temp temps agency builders crew depot airline airport weather post
            """),
        // What sarcasm compares a small problem with: "it's a late pizza, not a kidney transplant".
        (.hyperbole, "tragedy catastrophe crisis mortgage transplant surgery apocalypse heist kidney lottery ransom disaster crime war murder funeral hostage puzzle rocket pension wedding fortune lawsuit inheritance"),
        // What an agent can quote against the customer's account ("the scan history says otherwise").
        (.record, "records record notes logs log history tracking register readings footage scan cctv photo photos report file system systems account"),
        (.sarcIntro, "wow great brilliant wonderful fantastic congratulations congrats perfect sure marvellous lovely"),
        (.comms, "hear repeat catch caught line headset cut broke breaking pardon spell louder mute muted moment second sec crackling crackly"),
        (.admin, "name surname account postcode zip birth number reference membership details password dob id digits digit address registration nhs username login pin"),
    ]

    /// Words the whole-line passes look for by id (see `LineScan`), known so their ids exist.
    /// Words the whole-line passes look for by id (see `LineScan`), known so their ids exist. Base
    /// forms only: an inflected form listed here would become a word of its own and stop stemming.
    static let passWords = """
        ours unavailable unable unsuccessful full fully longer non available able possible serve match allow \
        reservation responsible control hands busy system staff fair did was were happen issue error wrong trouble \
        kind type sort genre style category preference mood see get work want like prefer need wish plan leave go \
        travel stay arrive depart should shall interested look when where many much time day date city location area \
        place seat people ticket night room until long anything something else good suit sound convenient \
        fly return pick reserve who whom app platform device browser version model product console computer laptop \
        software setting screen page game network router os \
        outcome result resolution confirm correct kindly such example eg particular specific different involving \
        favorite favourite degree percent mile mph kilometer fahrenheit celsius bedroom bath bathroom star rating user inch \
        layover refundable open closed operating available furnished free allow include support fit sleep unlimited \
        missing broken damaged faulty intend
        """

    /// Irregular past forms as `past:base`, so "sent" gets the classes of "send" and is past.
    static let irregularPast = """
        sent:send made:make got:get gave:give told:tell said:say done:do taken:take brought:bring \
        spoken:speak left:leave broke:break broken:break paid:pay found:find kept:keep held:hold \
        sold:sell bought:buy seen:see heard:hear understood:understand thought:think rang:ring lost:lose \
        been:be had:have put:put set:set read:read came:come gone:go given:give shown:show chosen:choose \
        written:write forgot:forget forgotten:forget spent:spend took:take thrown:throw threw:throw went:go sworn:swear swore:swear reset:reset resent:resend \
        frozen:freeze froze:freeze rung:ring withdrawn:withdraw withdrew:withdraw undone:undo overridden:override \
        rebuilt:rebuild built:build dealt:deal hung:hang met:meet taught:teach drove:drive driven:drive \
        stood:stand spoke:speak wrote:write knew:know known:know shut:shut let:let lent:lend sorted:sort \
        chose:choose forgave:forgive forgiven:forgive rewritten:rewrite reran:rerun rerun:rerun fed:feed sped:speed used:use
        """

    static let irregularBase: [String: String] = Dictionary(
        irregularPast.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { pair in
            let parts = pair.split(separator: ":").map(String.init)
            return (parts[0], parts[1])
        }, uniquingKeysWith: { a, _ in a })

    /// Spelling variants, text-speak and contractions, to one or more canonical words.
    static let spellings: [(String, String)] = [
        // contractions (with and without the apostrophe)
        ("i'm", "i am"), ("im", "i am"), ("i've", "i have"), ("ive", "i have"), ("i'll", "i will"),
        ("il", "i will"), ("i'd", "i would"), ("you're", "you are"), ("youre", "you are"), ("you'll", "you will"),
        ("youll", "you will"), ("you've", "you have"), ("youve", "you have"), ("you'd", "you would"),
        ("we're", "we are"), ("we'll", "we will"), ("we've", "we have"), ("weve", "we have"), ("we'd", "we would"),
        ("it's", "it is"), ("that's", "that is"), ("thats", "that is"), ("there's", "there is"),
        ("theres", "there is"), ("here's", "here is"), ("heres", "here is"), ("what's", "what is"), ("whats", "what is"),
        ("who's", "who is"), ("let's", "let us"), ("he's", "he is"), ("she's", "she is"), ("they're", "they are"),
        ("theyre", "they are"), ("they'll", "they will"), ("they've", "they have"), ("he'll", "he will"),
        ("she'll", "she will"), ("it'll", "it will"), ("that'll", "that will"), ("can't", "can not"),
        ("cant", "can not"), ("cannot", "can not"), ("won't", "will not"), ("wont", "will not"), ("don't", "do not"),
        ("dont", "do not"), ("doesn't", "does not"), ("doesnt", "does not"), ("didn't", "did not"),
        ("didnt", "did not"), ("isn't", "is not"), ("isnt", "is not"), ("aren't", "are not"), ("arent", "are not"),
        ("wasn't", "was not"), ("wasnt", "was not"), ("weren't", "were not"), ("shouldn't", "should not"),
        ("shouldnt", "should not"), ("couldn't", "could not"), ("couldnt", "could not"), ("wouldn't", "would not"),
        ("wouldnt", "would not"), ("haven't", "have not"), ("havent", "have not"), ("hasn't", "has not"),
        ("hasnt", "has not"), ("hadn't", "had not"), ("ain't", "is not"), ("shan't", "shall not"),
        ("has", "have"), ("gonna", "going to"), ("wanna", "want to"), ("gotta", "got to"),
        // text-speak and typos
        ("u", "you"), ("ur", "your"), ("yr", "your"), ("ya", "you"), ("sry", "sorry"), ("sorri", "sorry"),
        ("soz", "sorry"), ("srry", "sorry"), ("thx", "thanks"), ("thnx", "thanks"), ("thanx", "thanks"),
        ("tx", "thanks"), ("ty", "thanks"), ("tysm", "thanks"), ("pls", "please"), ("plz", "please"),
        ("definately", "definitely"), ("definatly", "definitely"), ("apologise", "apologize"),
        ("apologised", "apologize"), ("apologising", "apologize"), ("apologies", "apologies"),
        ("recieve", "receive"), ("recieved", "received"), ("wud", "would"), ("shud", "should"), ("cud", "could"),
        ("tmrw", "tomorrow"), ("tmr", "tomorrow"), ("tomoz", "tomorrow"), ("2moro", "tomorrow"),
        ("tomorow", "tomorrow"), ("abt", "about"), ("bout", "about"), ("rn", "right now"), ("msg", "message"),
        ("wat", "what"), ("wot", "what"), ("happend", "happen"), ("realy", "really"), ("bein", "being"),
        ("w", "with"), ("prob", "problem"), ("probs", "problem"), ("m8", "mate"), ("tho", "though"),
        ("thru", "through"), ("b4", "before"), ("gr8", "great"), ("pic", "picture"), ("becuase", "because"),
        ("cuz", "because"), ("coz", "because"), ("bc", "because"), ("tbh", "honestly"), ("k", "ok"),
        ("kk", "ok"), ("okey", "okay"), ("appologize", "apologize"), ("apologize", "apologize"),
        ("freind", "friend"), ("untill", "until"), ("tommorrow", "tomorrow"), ("tommorow", "tomorrow"),
        ("thankyou", "thank you"), ("thanku", "thank you"), ("np", "no problem"), ("asap", "asap"),
        ("sooo", "so"), ("soooo", "so"), ("soo", "so"), ("reallly", "really"), ("pleez", "please"),
        ("wen", "when"), ("hw", "how"), ("y", "why"), ("r", "are"), ("n", "and"), ("ppl", "people"),
        ("mins", "minutes"), ("hrs", "hours"), ("hr", "hour"), ("ok", "ok"), ("okay", "ok"),
        ("mixup", "mix up"), ("shouldve", "should have"), ("couldve", "could have"), ("wouldve", "would have"),
        ("mustve", "must have"), ("2day", "today"), ("tonite", "tonight"), ("ta", "thanks"), ("howre", "how are"), ("hows", "how is"),
            ]

    /// Words that are "I'll"/"I'd" when a verb follows, and themselves otherwise ("I feel ill").
    static let apostropheLess: [(String, String)] = [("ill", "i will"), ("id", "i would")]
}
