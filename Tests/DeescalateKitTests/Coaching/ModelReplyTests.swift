import Foundation
import Testing
@testable import DeescalateKit

/// Model replies: where they live in a persona file, how lint checks them with the analyzer, and
/// which moments of a session show one (first harm, first missed step), quoted from the persona.
@Suite struct ModelReplyTests {
    static func latePersona() throws -> Persona { try ShippedPersonas.persona("late-parcel") }

    /// The shipped late-parcel file with `replace` swapped for `with`.
    static func editedLateParcel(_ replace: String, _ with: String) throws -> String {
        let text = try String(contentsOf: ShippedPersonas.folder.appendingPathComponent("late-parcel.json"), encoding: .utf8)
        precondition(text.contains(replace))
        return text.replacingOccurrences(of: replace, with: with)
    }

    static func lint(_ text: String) -> [LintFinding] {
        PersonaLinter().lint([.init(path: "late-parcel.json", bytes: Array(text.utf8))]).findings
    }

    @Test func theyAreReadPerSituationAndPerFact() throws {
        let persona = try Self.latePersona()
        #expect(persona.modelReplies[.opening]?.first?.hasPrefix("I'm so sorry your parcel arrived late") == true)
        #expect(persona.grievance.facts.first { $0.id == "missed-party" }?.modelReplies.isEmpty == false)
        #expect(persona.modelReplies[.escalated] == nil)
    }

    @Test func anUnknownSituationIsAnErrorWithASuggestion() throws {
        let text = try Self.editedLateParcel("\"modelReplies\": {\n", "\"modelReplies\": {\n    \"openning\": [\"What happened?\"],\n")
        let (persona, diagnostics) = Persona.decode(Array(text.utf8))
        #expect(persona == nil)
        let error = try #require(diagnostics.first { $0.message.contains("openning") })
        #expect(error.message == "unknown situation 'openning' in 'modelReplies'")
        #expect(error.suggestion == "opening")
        #expect(error.location != nil)
    }

    @Test func aFormatOneFileMayNotHaveThem() throws {
        let text = try Self.editedLateParcel("\"format\": 2,", "\"format\": 1,")
        let (_, diagnostics) = Persona.decode(Array(text.utf8))
        #expect(diagnostics.contains { $0.message == "'modelReplies' needs persona format 2, but the file says \"format\": 1" })
    }

    @Test func theShippedModelRepliesLintClean() {
        let sources = ShippedPersonas.files.map { PersonaLinter.Source(path: $0.lastPathComponent, bytes: try? ShippedPersonas.bytes(of: $0)) }
        let findings = PersonaLinter().lint(sources).findings.filter { $0.diagnostic.message.contains("model reply") }
        #expect(findings.isEmpty, "\(findings.map(\.formatted))")
    }

    @Test(arguments: [
        ("You should have been home, calm down.", "itself does harm"),
        ("Okay.", "performs no LAST step"),
    ])
    func aModelReplyThatDoesHarmOrNoStepIsALintError(reply: String, message: String) throws {
        let text = try Self.editedLateParcel(
            "\"harmed\": [\"I'm sorry, that came out wrong. What happened, from the start?\"],",
            "\"harmed\": [\"I'm sorry, that came out wrong. What happened, from the start?\", \(JSONValue.string(reply).serialized())],")
        let errors = Self.lint(text).filter(\.isError)
        #expect(errors.count == 1)
        #expect(errors.first?.diagnostic.message.contains("'modelReplies.harmed[1]' \(message)") == true, "\(errors.map(\.formatted))")
        #expect(errors.first?.diagnostic.location?.line != nil)
    }

    @Test func anOfferTheCustomerRefusesIsAWarning() throws {
        let text = try Self.editedLateParcel("\"noProgress\": [", "\"noProgress\": [\"I'll send you a voucher for your next order today.\", ")
        let warnings = Self.lint(text).filter { !$0.isError && $0.diagnostic.message.contains("model reply") }
        #expect(warnings.map(\.diagnostic.message) == ["model reply 'modelReplies.noProgress[0]' offers resolution 'voucher', which this customer does not accept"])
    }

    /// A late-parcel session from the engine, graded.
    static func session(_ lines: [String], seed: UInt64 = 3) throws -> (Transcript, Grade) {
        var conversation = Conversation.replaying(lines, persona: try latePersona(), seed: seed, trainee: "Alex")
        _ = conversation.finish()
        let transcript = conversation.transcript(startedAt: "2026-11-22T10:00:00Z", endedAt: nil)
        return (transcript, Scorer().grade(transcript))
    }

    @Test func theFirstHarmAndTheFirstMissedStepGetAModelReply() throws {
        let (transcript, grade) = try Self.session(["Calm down, it's only a parcel.", "What happened?", "I can refund the delivery charge."])
        let moments = ModelReplyPicker(persona: try Self.latePersona()).moments(for: transcript, grade: grade)
        #expect(moments.count == 2)
        let harm = try #require(moments.first)
        #expect(harm.turn == 2 && harm.reply == 1)
        guard case .harm(let kinds) = harm.reason else { Issue.record("not a harm: \(harm.reason)"); return }
        #expect(kinds.contains(.calmDown))
        #expect(harm.traineeSaid == "Calm down, it's only a parcel.")
        #expect(harm.modelReply == "I'm so sorry your parcel arrived late. Can you tell me what happened?", "quoted from modelReplies.opening")
        #expect(harm.source == "modelReplies.opening")
        let missed = moments[1]
        #expect(missed.turn == 4)
        #expect(missed.source == "modelReplies.harmed", "the customer had just reacted to the harm")
        #expect(missed.reason == .missed([.apologize]), "reply 2 asked what happened but never apologised")
        let persona = try Self.latePersona()
        #expect(persona.modelReplies[.harmed]?.contains(missed.modelReply) == true, "quoted, never generated")
    }

    @Test func aGoodSessionGetsNone() throws {
        let (transcript, grade) = try Self.session([
            "I'm so sorry your parcel was late. Can you tell me what happened?",
            "So you were home all day and the tracking still said they tried, is that right? That must have been so frustrating.",
            "I'll refund the delivery charge today, and you'll see it within three days.",
            "Thank you for your patience, and for telling us about this.",
        ])
        #expect(grade.passed, "\(grade.feedback.map(\.message))")
        #expect(ModelReplyPicker(persona: try Self.latePersona()).moments(for: transcript, grade: grade).isEmpty)
    }

    @Test func anotherPersonaVersionGetsNone() throws {
        let (transcript, grade) = try Self.session(["Calm down."])
        var persona = try Self.latePersona()
        persona.version += 1
        #expect(ModelReplyPicker(persona: persona).moments(for: transcript, grade: grade).isEmpty)
    }

    @Test func theCardCitesTheTurnAndTheRetryCommand() throws {
        let (transcript, grade) = try Self.session(["Calm down, it's only a parcel."])
        let moments = ModelReplyPicker(persona: try Self.latePersona()).moments(for: transcript, grade: grade)
        let lines = ModelReplyCard(moments: moments, customer: "Maya Okafor", retryCommand: "deescalate practice --retry t.json").lines().map(\.text)
        #expect(lines.first == "Model replies (written by the persona's author)")
        #expect(lines.contains { $0.hasPrefix("  Turn 2 (your reply 1) did harm (\"calm down\"") })
        #expect(lines.contains("    a model reply: “I'm so sorry your parcel arrived late. Can you tell me what happened?”"))
        #expect(lines.last == "    try it again: deescalate practice --retry t.json --turn 1")
    }
}
