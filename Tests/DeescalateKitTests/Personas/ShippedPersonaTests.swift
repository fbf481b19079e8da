import Foundation
import Testing
@testable import DeescalateKit

/// A scripted conversation with one shipped persona and the outcome it must reach.
struct ScriptedPath: Sendable, CustomTestStringConvertible {
    let persona: String
    let name: String
    let lines: [String]
    let outcome: Outcome

    var testDescription: String { "\(persona): \(name)" }
}

/// The shipped personas: every file loads cleanly, every persona can be won by LAST and lost by
/// harmful moves, and each one's particular trait really changes how the conversation goes.
///
/// Trainee lines are written in plain, natural wording so that they keep their meaning for any
/// analyzer that reads LAST moves the way docs/LAST.md describes them.
@Suite struct ShippedPersonaTests {
    static let ids = ["abusive-roaming", "broken-blender", "double-billing", "gym-cancellation", "hotel-anniversary",
                      "late-parcel", "missed-appointment", "prescription-delay"]

    // MARK: Loading

    @Test func theFolderHoldsExactlyTheTestedPersonas() {
        let names = ShippedPersonas.files.map { $0.deletingPathExtension().lastPathComponent }
        #expect(names == Self.ids, "add scripted paths below for every new persona in Personas/")
    }

    @Test(arguments: ids)
    func loadsWithNoDiagnosticsAtAll(id: String) throws {
        let file = ShippedPersonas.folder.appendingPathComponent("\(id).json")
        let (persona, diagnostics) = Persona.decode(try ShippedPersonas.bytes(of: file))
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.formatted(file: file.lastPathComponent) })")
        #expect(persona?.id == id, "the file name and the persona's id must agree")
    }

    /// The content rules of the shipped set: enough variety that a trainee rarely hears a line twice.
    @Test(arguments: ids)
    func hasTheContentAShippedPersonaNeeds(id: String) throws {
        let persona = try ShippedPersonas.persona(id)
        #expect((3...5).contains(persona.grievance.facts.count))
        #expect((2...4).contains(persona.triggers.count))
        #expect((3...5).contains(persona.resolutions.count))
        #expect(persona.resolutions.contains { !$0.acceptable }, "a persona needs an offer it turns down")
        #expect(persona.scenario.count > 150, "the scenario card should set the scene")
        for situation in Situation.allCases where situation != .abusive || persona.temperament.needsBoundary {
            let set = try #require(persona.lines[situation], "lines.\(situation.rawValue)")
            let variants = set.any.count + set.byMood.values.reduce(0) { $0 + $1.count }
            #expect(variants >= 3, "lines.\(situation.rawValue) has \(variants) variants")
        }
        for situation in [Situation.opening, .heard, .harmed, .escalated] {
            #expect(persona.lines[situation]?.byMood.isEmpty == false, "lines.\(situation.rawValue) should be keyed by mood")
        }
    }

    // MARK: Winning and losing

    /// The calm boundary opening the abusive caller's path, as docs/LAST.md describes it.
    static let boundary = "I want to sort this out, and I can't continue if you swear at me."

    static let resolving: [ScriptedPath] = [
        ScriptedPath(persona: "late-parcel", name: "listen, apologise, refund", lines: [
            "What happened with your parcel?",
            "So you were home all day and the tracking still said they tried to deliver?",
            "I'm sorry, that must have been really frustrating with the party on Saturday.",
            "I'll refund the delivery charge right now and you'll see it within 3 days.",
        ], outcome: .resolved),
        ScriptedPath(persona: "double-billing", name: "listen twice, apologise, refund today", lines: [
            "Could you tell me what you can see on your statement?",
            "So you were charged twice and it left you short for your rent?",
            "I'm sorry, that's really upsetting and it should never have happened.",
            "I'll refund the duplicate payment today and email you the confirmation with a reference.",
        ], outcome: .resolved),
        ScriptedPath(persona: "broken-blender", name: "quick apology and question, swap, thanks", lines: [
            "I'm sorry your blender died. What happened when it stopped?",
            "So you're losing sales every hour it's down?",
            "I'll send you a replacement blender by courier today, and it will be with you by tomorrow morning.",
            "Thank you for bearing with us.",
        ], outcome: .resolved),
        ScriptedPath(persona: "missed-appointment", name: "reflect without blame, emergency slot, fee, thanks", lines: [
            "What happened when you got to the surgery?",
            "So you got there twelve minutes late because the bus was diverted, and they'd already given your slot away?",
            "I'm sorry. Being in pain and then turned away must have been really upsetting.",
            "I'll book you into the emergency slot at nine tomorrow morning with Dr Patel.",
            "And I'll waive the thirty pound fee as well.",
            "Thank you for bearing with us today.",
        ], outcome: .resolved),
        ScriptedPath(persona: "hotel-anniversary", name: "four turns of listening, apology, full refund", lines: [
            "What happened when you arrived at the hotel?",
            "So you'd booked the sea-view room months ago, and you were given a room at the back?",
            "I hear you. Please go on.",
            "Could you tell me what happened at breakfast?",
            "I'm sorry. Your anniversary should have been special, and this must have been really upsetting.",
            "I'll refund both nights in full today, and you'll have the confirmation by email this afternoon.",
        ], outcome: .resolved),
        ScriptedPath(persona: "abusive-roaming", name: "boundary first, then LAST", lines: [
            boundary,
            "Can you tell me what happened before you went away?",
            "So you were told in the shop that roaming was included, and then you got a bill for £412?",
            "I'm sorry, that must have been really upsetting to come home to.",
            "I'll remove the roaming charges from your bill today.",
            "Thank you for bearing with me.",
        ], outcome: .resolved),
    ]

    static let escalating: [ScriptedPath] = [
        ScriptedPath(persona: "late-parcel", name: "policy, blame, calm down", lines: [
            "That's just our policy.", "You should have read the email.", "Calm down.",
        ], outcome: .escalated),
        ScriptedPath(persona: "double-billing", name: "policy wall", lines: [
            "That's just our policy.", "You should have checked your bank.",
        ], outcome: .escalated),
        ScriptedPath(persona: "broken-blender", name: "policy, blame", lines: [
            "That's just our policy.", "You should have read the manual.",
        ], outcome: .escalated),
        ScriptedPath(persona: "missed-appointment", name: "blame", lines: [
            "You should have arrived on time.",
        ], outcome: .escalated),
        ScriptedPath(persona: "hotel-anniversary", name: "calm down, policy", lines: [
            "Calm down.", "That's just our policy.", "You should have complained at the hotel.",
        ], outcome: .escalated),
        ScriptedPath(persona: "abusive-roaming", name: "calm down", lines: [
            "Calm down.", "That's just our policy.",
        ], outcome: .escalated),
    ]

    @Test(arguments: resolving)
    func lastPathResolves(_ path: ScriptedPath) throws {
        let persona = try ShippedPersonas.persona(path.persona)
        let conversation = ShippedPersonas.play(persona, path.lines)
        #expect(conversation.outcome == path.outcome, "\(Self.trace(conversation))")
        #expect((3...9).contains(conversation.state.traineeTurns), "a sensible number of turns\n\(Self.trace(conversation))")
    }

    @Test(arguments: escalating)
    func harmfulPathEscalates(_ path: ScriptedPath) throws {
        let conversation = ShippedPersonas.play(try ShippedPersonas.persona(path.persona), path.lines)
        #expect(conversation.outcome == path.outcome, "\(Self.trace(conversation))")
        #expect(conversation.state.traineeTurns <= 3, "harm should end it within a few turns")
    }

    // MARK: Traits

    /// How many times a line must be said before the persona escalates (nil if it never does).
    static func turnsToEscalate(_ id: String, saying line: String, limit: Int = 10) throws -> Int? {
        let conversation = ShippedPersonas.play(try ShippedPersonas.persona(id), Array(repeating: line, count: limit))
        return conversation.outcome == .escalated ? conversation.state.traineeTurns : nil
    }

    @Test func thePolicyHaterEscalatesFasterOnPolicyThanTheEasyCustomer() throws {
        let policy = "That's just our policy."
        let billing = try #require(try Self.turnsToEscalate("double-billing", saying: policy))
        let parcel = try #require(try Self.turnsToEscalate("late-parcel", saying: policy))
        #expect(billing < parcel)
        #expect(billing <= 2)
        let conversation = ShippedPersonas.play(try ShippedPersonas.persona("double-billing"), [policy])
        let reasons = conversation.turns.flatMap(\.changes).map(\.reason)
        #expect(reasons.contains("trigger 'policy'"))
    }

    /// Two refused offers are two turns that go nowhere: the easy customer shrugs them off, the
    /// customer in a hurry (patience 2, heavy no-progress cost) hangs up.
    @Test func theSpeedSeekerWalksOutAfterTwoTurnsThatGoNowhere() throws {
        let blender = ShippedPersonas.play(try ShippedPersonas.persona("broken-blender"), [
            "What happened when it stopped?",
            "I'll book a repair with one of our engineers.",
            "I can give you a refund once it's been collected.",
        ])
        let parcel = ShippedPersonas.play(try ShippedPersonas.persona("late-parcel"), [
            "What happened with your parcel?",
            "I'll send you a voucher for your next order.",
            "I'll raise a complaint about the driver.",
        ])
        #expect(blender.outcome == .escalated, "\(Self.trace(blender))")
        #expect(blender.state.patienceLeft == 0)
        #expect(parcel.outcome == nil, "\(Self.trace(parcel))")
    }

    @Test func theSpeedSeekerTakesAFixAfterOneHeardTurn() throws {
        let conversation = ShippedPersonas.play(try ShippedPersonas.persona("broken-blender"), [
            "What happened when it stopped?",
            "I'll send you a replacement blender by courier today.",
        ])
        #expect(conversation.state.acceptedResolution == "next-day-swap", "\(Self.trace(conversation))")
    }

    @Test func oneLineOfBlameExplodesTheLateComerButNotTheEasyCustomer() throws {
        let blame = "You should have arrived on time."
        let graham = ShippedPersonas.play(try ShippedPersonas.persona("missed-appointment"), [blame])
        let maya = ShippedPersonas.play(try ShippedPersonas.persona("late-parcel"), [blame])
        #expect(graham.outcome == .escalated)
        #expect(maya.outcome == nil)
    }

    @Test func theVenterRejectsAnEarlySolutionButTakesItOnceHeard() throws {
        let persona = try ShippedPersonas.persona("hotel-anniversary")
        let offer = "I'll refund both nights in full today."
        var early = Conversation(persona: persona, seed: 7)
        _ = early.start()
        _ = early.submit("What happened when you arrived at the hotel?")
        let before = early.state.frustration
        let events = early.submit(offer)
        #expect(events.contains { if case .customerSaid(_, .solutionTooEarly, _) = $0 { true } else { false } })
        #expect(!events.contains { if case .offerAnswered = $0 { true } else { false } })
        #expect(early.state.frustration > before)

        let heard = Self.resolving.first { $0.persona == "hotel-anniversary" }!.lines.prefix(4)
        let late = ShippedPersonas.play(persona, Array(heard) + [offer])
        #expect(late.state.acceptedResolution == "refund-stay", "\(Self.trace(late))")
    }

    @Test func theAbusiveCallerCannotBeResolvedWithoutABoundary() throws {
        let persona = try ShippedPersonas.persona("abusive-roaming")
        let withoutBoundary = Array(Self.resolving.first { $0.persona == "abusive-roaming" }!.lines.dropFirst())
        var conversation = Conversation(persona: persona, seed: 7)
        _ = conversation.start()
        var situations: [Situation] = []
        for line in withoutBoundary + withoutBoundary {
            for case .customerSaid(_, let situation, _) in conversation.submit(line) { situations.append(situation) }
        }
        #expect(conversation.state.acceptedResolution == nil)
        #expect(conversation.outcome != .resolved)
        #expect(situations.contains(.abusive))
        #expect(conversation.finish() == [.ended(.abandoned)] || conversation.outcome == .escalated)
    }

    /// The abusive caller's numbers, fed the moves its resolving path intends, straight into the
    /// frustration model: this holds whatever analyzer is in use, so a failure here is the persona's.
    @Test func theAbusiveCallerResolvesGivenTheIntendedMoves() throws {
        let persona = try ShippedPersonas.persona("abusive-roaming")
        let path = Self.resolving.first { $0.persona == "abusive-roaming" }!.lines
        let intended: [[MoveKind]] = [[.boundary], [.question], [.reflection], [.apology, .empathy], [.action], [.thanks]]
        var state = ConversationState(persona: persona, seed: 7)
        var trace: [Int] = []
        for (text, kinds) in zip(path, intended) {
            let moves = kinds.map { Move(kind: $0, evidence: Evidence(start: 0, end: 1, words: text)) }
            let reaction = FrustrationModel(persona: persona).react(to: Analysis(text: text, moves: moves), text: text, state: &state)
            state.frustration = min(100, max(0, state.frustration + reaction.total))
            trace.append(state.frustration)
            #expect(state.frustration < persona.temperament.escalateAt && state.patienceLeft > 0)
        }
        #expect(state.boundarySet)
        #expect(state.acceptedResolution == "remove-charges", "\(trace)")
        #expect(trace.last! <= persona.temperament.calmAt, "\(trace)")
        #expect(trace.dropLast().allSatisfy { $0 > persona.temperament.calmAt }, "every line is needed: \(trace)")
    }

    @Test func theEasyCustomerForgivesOneSlip() throws {
        let path = Self.resolving.first { $0.persona == "late-parcel" }!
        let conversation = ShippedPersonas.play(try ShippedPersonas.persona("late-parcel"),
                                                ["That's just our policy."] + path.lines + ["Thank you for your patience."])
        #expect(conversation.outcome == .resolved, "\(Self.trace(conversation))")
    }

    // MARK: Helpers

    /// The conversation as lines of text, for failure messages.
    static func trace(_ conversation: Conversation) -> String {
        conversation.turns.map { turn in
            let moves = turn.moves.isEmpty ? "" : " \(turn.moves.map(\.kind.rawValue))"
            let changes = turn.changes.isEmpty ? "" : " \(turn.changes.map(\.description))"
            return "\(turn.speaker) [\(turn.frustration.map(String.init) ?? "-")]\(moves)\(changes): \(turn.text)"
        }.joined(separator: "\n")
    }
}
