/// Words reduced to a rough stem, so "cancelled", "cancelling" and "cancel" meet, and lists of words
/// that carry no topic. The engine compares a trainee's line with a persona's facts, offers and the
/// trainee's own earlier lines by these stems: a crude stemmer applied to both sides is enough,
/// since only equality between stems matters, never the stem itself.
enum WordStems {
    /// The stem of one lowercased word: a possessive, a plural, a past tense or a gerund taken off,
    /// a doubled final consonant undone ("cancelled" → "cancel", "tablets" → "tablet").
    static func stem(_ word: Substring) -> Substring {
        var word = word
        if word.hasSuffix("'s") { word = word.dropLast(2) }
        if let base = irregular[word] { return base }
        guard word.count > 3 else { return word }
        for suffix in ["ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s"] where word.hasSuffix(suffix) {
            var root = word.dropLast(suffix.count)
            guard root.count >= 3 else { continue }
            if suffix == "ies" || suffix == "ied" { return root + "y" }
            if suffix == "s", root.hasSuffix("s") || root.hasSuffix("u") || root.hasSuffix("i") { return word }
            // "cancell" → "cancel", "stopp" → "stop": a doubled consonant left by the ending.
            if let last = root.last, root.dropLast().last == last, !"aeiouslz".contains(last) || last == "l" {
                root = root.dropLast()
            }
            // "arriv" from "arrived" and "arrive" from "arrive" should meet: drop a final silent e too.
            return root
        }
        if word.hasSuffix("e"), word.count > 4 { return word.dropLast() }
        return word
    }

    /// Common irregular verb forms, so "spoke" meets "speak" and "paid" meets "pay".
    static let irregular: [Substring: Substring] = [
        "spoke": "speak", "spoken": "speak", "came": "come", "went": "go", "gone": "go",
        "paid": "pay", "sent": "send", "bought": "buy", "took": "take", "taken": "take", "wrote": "write",
        "written": "write", "rang": "ring", "rung": "ring", "gave": "give", "given": "give",
        "made": "make", "left": "leave", "lost": "lose", "broke": "break", "broken": "break",
        "brought": "bring", "thought": "think", "knew": "know", "known": "know", "saw": "see", "seen": "see",
        "kept": "keep", "met": "meet", "slept": "sleep", "ate": "eat", "eaten": "eat",
        "drove": "drive", "driven": "drive", "chose": "choose", "chosen": "choose", "began": "begin", "begun": "begin",
        "wore": "wear", "worn": "wear", "died": "die", "dies": "die", "dying": "die", "children": "child",
        "men": "man", "women": "woman", "people": "person",
    ]

    /// The stems of `text`'s words, skipping `skipping`, in order.
    static func stems(of text: String, skipping: Set<Substring>) -> [Substring] {
        PhraseMatcher.words(of: text).filter { !skipping.contains($0) }.map(stem).filter { !skipping.contains($0) && !$0.isEmpty }
    }

    /// Function words: articles, pronouns, auxiliaries, prepositions, conjunctions and intensifiers.
    /// They say nothing about what a line is about, so two lines that differ only in them say the same.
    static let functionWords: Set<Substring> = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "it's", "i", "i'm", "i've", "i'll", "i'd", "me", "my",
        "mine", "you", "you're", "you've", "you'll", "you'd", "your", "yours", "we", "we're", "we've", "we'll", "us", "our",
        "he", "she", "him", "her", "his", "they", "them", "their", "is", "are", "was", "were", "be", "been", "being", "am",
        "do", "does", "did", "done", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "about", "as", "and", "or", "but", "so",
        "if", "then", "than", "just", "very", "really", "quite", "too", "also", "there", "here's", "there's", "that's",
        "what's", "let", "let's", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "up", "out",
        "oh", "well", "um", "uh", "okay", "ok", "please", "some", "any", "ll", "s", "d", "ve", "re", "m",
    ]

    /// Function words plus the words any listening line uses whatever it is about ("tell me what
    /// happened", "can you explain"): a question made only of these is an open question.
    static let listeningWords: Set<Substring> = functionWords.union([
        "tell", "happen", "happened", "happening", "say", "said", "saying", "explain", "mean", "know", "understand",
        "hear", "heard", "go", "going", "get", "got", "more", "exactly", "bit", "little", "thing", "things", "anything",
        "something", "everything", "else", "talk", "walk", "through", "right", "see", "sorry", "so", "sound", "sounds",
        "like", "feel", "felt", "today", "now", "then", "again", "please", "could", "would", "okay", "yes", "no", "not",
        "understand", "hear", "listen", "listening", "sure", "make", "want", "need", "help", "problem", "issue",
        "situation", "experience", "one", "all", "was", "were", "been", "first", "start", "started", "beginning",
    ])

    /// Words an offer phrase may leave out or a trainee may add without changing what is offered:
    /// function words, but not quantities ("one", "both", "full", "half"), which change the offer.
    static let offerFillerWords: Set<Substring> = functionWords.subtracting(["no", "not", "all"])
}
