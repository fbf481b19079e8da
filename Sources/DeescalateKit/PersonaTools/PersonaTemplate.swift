/// The starter persona `personas new ID` writes: every field with a comment saying what it does,
/// valid as written (it lints clean and passes `check`), ready for a trainer to rewrite.
public enum PersonaTemplate {
    /// The starter file for `id`, referencing the schema beside it for editor completion.
    public static func text(id: String) -> String {
        let name = "Sam Example"
        return #"""
        // A starter persona. Rewrite every line; keep the shape. Reference: Personas/README.md.
        // Editors that read "$schema" complete and check the fields as you type.
        // Check it with:  deescalate personas lint && deescalate personas check \#(id)
        {
          "$schema": "./persona.schema.json",
          "format": 2,
          // Lowercase letters, digits and '-'; the file name should match: \#(id).json
          "id": "\#(id)",
          // Bump when you change how the customer behaves.
          "version": 1,
          "name": "\#(name)",
          "difficulty": "easy", // easy, medium or hard
          // The scenario card the trainee reads before the session.
          "scenario": "Sam ordered a desk lamp from Brightside. It arrived broken, and Sam has rung to complain.",
          "company": "Brightside", // fills {company} in customer lines
          "grievance": {
            "summary": "A lamp arrived broken.",
            // Told one per turn of listening: the fact a question asks about (matched on the fact's
            // words and its optional "about" words), else the next in this order.
            "facts": [
              { "id": "broken", "summary": "the lamp arrived broken", "says": ["The base was snapped clean off.", "It came out of the box in two pieces."] },
              { "id": "gift", "summary": "it was a present", "says": ["It was a present for my mum.", "I'd bought it as a gift."],
                "about": ["birthday", "who", "mother"] },
              // "mustAcknowledge": true with "ifIgnored": [...] makes the trainee acknowledge a fact on the
              // next turn; a "need": {"summary", "says"} here, with "meetsNeed": true on resolutions, says
              // what an offer must meet. See Personas/README.md.
            ],
          },
          // Frustration runs 0 to 100; the customer starts between calmAt and escalateAt.
          "temperament": {
            "startingFrustration": 60,
            "calmAt": 35,      // calm at or below this; calm plus an accepted offer resolves
            "escalateAt": 90,  // at or above this the customer demands a manager
            "ventingNeeded": 1, // turns of listening before a solution lands
            "patience": 4,      // turns without progress the customer tolerates
            "needsBoundary": false, // true: abusive until the trainee sets a calm boundary
          },
          // Only what differs from the defaults: a move kind, a step or a special key, and the change.
          "reactions": { "apology": -9 },
          // Words that set this customer off.
          "triggers": [
            { "id": "blame-courier", "words": ["courier's fault"], "change": 8, "says": ["I don't care whose fault it is.", "That's not my problem to sort out."] },
          ],
          // At least one must be acceptable. "offer" lists the words that identify the offer.
          "resolutions": [
            { "id": "replacement", "offer": ["replacement", "new lamp", "send another"], "acceptable": true, "says": ["A replacement. Yes, that'll do.", "Okay, a new one. Thank you."] },
            { "id": "voucher", "offer": ["voucher"], "acceptable": false, "says": ["A voucher? I want the lamp I paid for.", "I don't want a voucher."] },
          ],
          // What the customer says in each situation: a list, or lists by mood (calm, irritated,
          // angry, furious) with "any" as the fallback. Placeholders: {customer}, {trainee}, {company}.
          "lines": {
            "opening": { "angry": ["My lamp arrived broken. I want this sorted."], "any": ["I've just opened my order from {company} and it's broken."] },
            "heard": ["Yes, exactly.", "That's right."],
            "apologyAccepted": ["Well, thank you for saying so.", "Okay. I appreciate that."],
            "apologyBrushedOff": ["Sorry doesn't fix my lamp.", "Never mind sorry."],
            "solutionTooEarly": ["You haven't even asked what happened.", "Hang on, you're not listening."],
            "vagueSolution": ["What does that mean, exactly?", "Can you be specific?"],
            "acceptedStillUpset": ["Fine. I'm still annoyed, though.", "Okay. It shouldn't have happened."],
            "repeated": ["You've said that.", "Yes, you said."],
            "noProgress": ["So what are you going to do?", "Hello?"],
            "harmed": ["Excuse me?", "Don't talk to me like that."],
            "boundaryRespected": ["Alright. Sorry.", "Fair enough."],
            "thanked": ["Right.", "Okay."],
            "unclear": ["Sorry, what?", "I don't follow."],
            "resolved": ["Thanks, {trainee}. That's sorted, then."],
            "escalated": ["I want to speak to your manager."],
          },
          "turnLimit": 12,
        }

        """#
    }

    /// The starter test file written beside the starter persona as `<id>.tests.json`: three scripts that
    /// pin the starter's character (LAST resolves it, blame escalates it, a solution before listening is
    /// pushed back), so `personas test` passes out of the box and shows the trainer what a test looks like.
    public static func testsText(id: String) -> String {
        #"""
        // Tests for the persona \#(id): scripted trainee lines and what they must produce.
        // Rewrite them as you rewrite the persona. Run:  deescalate personas test \#(id)
        // Format: docs/PERSONA-TESTS.md
        {
          "persona": "\#(id)",
          "seed": 1,
          "tests": [
            {
              "name": "listening, an apology and a replacement resolve it",
              "lines": [
                "What happened with the lamp?",
                "Who was it for?",
                "I'm so sorry, that must be really disappointing.",
                "I will send you a replacement lamp today by express post, and I will call you tomorrow to check it arrived.",
              ],
              "expect": { "outcome": "resolved", "accepted": "replacement", "revealed": ["broken", "gift"], "grade": { "min": 60 } },
            },
            {
              "name": "blaming the courier sets them off and they escalate",
              "lines": ["It's the courier's fault, not ours.", "I can give you a voucher."],
              "expect": { "frustrationAtLeast": { "turn": 1, "value": 75 }, "outcome": "escalated" },
            },
            {
              "name": "a solution before listening is pushed back",
              "lines": ["I'll send you a replacement lamp."],
              "expect": { "situation": "solutionTooEarly", "outcome": "open", "says": "not listening" },
            },
          ],
        }

        """#
    }
}
