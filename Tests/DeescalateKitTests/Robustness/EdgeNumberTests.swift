import Foundation
import Testing
@testable import DeescalateKit

/// Edge numbers (0, -1, Int.max, Int.min, just past them, 1e308, 1e-308, NaN and Infinity where JSON5
/// allows them, 2.5 where whole numbers are expected, 5,000 digits, values of the wrong type) in every
/// numeric field of every file format, decoded and then graded, run and rendered in every format:
/// each must give a located error naming the field, or a sane result. Never a trap.
@Suite("Edge numbers in every numeric field")
struct EdgeNumberTests {
    enum Format: String, CaseIterable, CustomStringConvertible {
        case persona, personaTests, rubric, transcript, jsonLinesRow
        var description: String { rawValue }
    }

    @Test("every numeric field of every format", arguments: Format.allCases)
    func everyField(format: Format) throws {
        let (bytes, json5) = try Self.document(format)
        let fields = try NumericField.all(in: bytes, json5: json5)
        #expect(fields.count >= Self.minimumFields[format]!, "only \(fields.map(\.generic))")
        var runs = 0
        for field in fields {
            for literal in json5 ? EdgeNumbers.all : EdgeNumbers.json {
                let mutated = field.replaced(in: bytes, with: literal)
                let context = "\(format) \(field.path) = \(literal.prefix(30))"
                try Self.consume(format, mutated, field: field, context: context)
                runs += 1
            }
        }
        print("edge numbers: \(format): \(fields.count) fields, \(runs) documents")
    }

    /// Fields each fixture must hold at least, so a fixture cannot silently shrink the test.
    static let minimumFields: [Format: Int] = [.persona: 10, .personaTests: 7, .rubric: 30, .transcript: 12, .jsonLinesRow: 12]

    // MARK: Fixtures with every numeric field present

    static func document(_ format: Format) throws -> ([UInt8], json5: Bool) {
        switch format {
        case .persona:
            var text = String(decoding: try Fixtures.bytes("personas/test-parcel.json"), as: UTF8.self)
            text = text.replacingOccurrences(of: "  temperament:", with: "  turnLimit: 20,\n  temperament:")
            text = text.replacingOccurrences(of: #"reactions: { "policy-wall": 20 }"#, with: #"reactions: { "policy-wall": 20, apology: -8, harm: 12 }"#)
            return (Array(text.utf8), true)
        case .personaTests:
            var text = String(decoding: try Fixtures.bytes("personas/test-parcel.tests.json"), as: UTF8.self)
            text = text.replacingOccurrences(of: #"frustrationAtMost: { turn: 2, value: 60 } },"#,
                                             with: #"frustrationAtMost: { turn: 2, value: 60 }, grade: { min: 10, max: 100 } }, seed: 5,"#)
            return (Array(text.utf8), true)
        case .rubric:
            return (Array(Rubric.standard.jsonValue().serialized(pretty: true).utf8), true)
        case .transcript:
            return (try Fixtures.bytes("reports/session.json"), false)
        case .jsonLinesRow:
            let transcript = try Transcript(parsing: Fixtures.bytes("reports/session.json"))
            return (Array(transcript.jsonValue().serialized().utf8), false)
        }
    }

    // MARK: Consumers

    static let fixturePersona = try! Fixtures.testParcel()
    static let chatLog = try! ChatLogImporter.transcript(parsing: Fixtures.bytes("grading/chat-good.txt"))
    static let session = try! ReportFixtures.session()
    static let lines = ["What happened?", "I'm so sorry, that must be frustrating.", "That's our policy.",
                        "I'll refund the shipping today and call you tomorrow.", "Thank you for your patience."]

    static func consume(_ format: Format, _ bytes: [UInt8], field: NumericField, context: String) throws {
        switch format {
        case .persona:
            let (persona, diagnostics) = Persona.decode(bytes)
            if let persona {
                let conversation = Conversation.replaying(lines, persona: persona, seed: 1, trainee: "Edge")
                SanityChecks.gradeAndRender(conversation.transcript(startedAt: nil, endedAt: nil), context: context)
                _ = PersonaChecker(persona: persona, depth: 2, coverageBudget: 2_000).check()
            } else {
                refused(diagnostics, field: field, context: context)
            }
        case .personaTests:
            let (suite, diagnostics) = PersonaTestSuite.decode(bytes)
            if let suite {
                let results = PersonaTestRunner(persona: fixturePersona).run(suite)
                #expect(results.count == suite.tests.count, "\(context)")
            } else {
                refused(diagnostics, field: field, context: context)
            }
        case .rubric:
            do {
                let rubric = try Rubric(parsing: bytes, file: "edge-rubric.json")
                SanityChecks.gradeAndRender(session, rubric: rubric, context: context)
                let grade = Scorer(rubric: rubric).grade(chatLog)
                #expect((0...100).contains(grade.total), "\(context)")
            } catch {
                refused(error.diagnostics, field: field, context: context)
            }
        case .transcript, .jsonLinesRow:
            do {
                let transcript = try Transcript(parsing: bytes, file: "edge.json")
                SanityChecks.gradeAndRender(transcript, context: context)
            } catch {
                SanityChecks.located(error.location, message: error.message, naming: field.key, context: context)
            }
        }
    }

    static func refused(_ diagnostics: [Diagnostic], field: NumericField, context: String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let errors = diagnostics.filter { $0.severity == .error }
        guard let first = errors.first else {
            Issue.record("refused without an error for \(context)", sourceLocation: sourceLocation)
            return
        }
        // The error about this field, else the first (a syntax error, say).
        let about = errors.first { $0.message.contains(field.key) } ?? first
        SanityChecks.located(about.location, message: about.message, naming: field.key, context: context, sourceLocation: sourceLocation)
    }

    // MARK: Chat logs

    @Test("edge numbers in chat-log timestamps, labels and text")
    func chatLogs() {
        var runs = 0
        for literal in EdgeNumbers.all {
            let n = String(literal.prefix(60))
            let log = """
            [\(n):\(n)] Customer: I was charged \(literal) times, \(n)%.
            \(n):\(n):\(n) Agent: I'm sorry. I'll refund \(literal) today, by \(n):00.
            (\(n)) Customer: ok \(n)
            Agent (\(n)): Thank you \(literal)!
            [2024-\(n)-01 10:32] Caller: \(n)
            """
            do {
                let transcript = try ChatLogImporter.transcript(parsing: Array(log.utf8), file: "edge.txt")
                SanityChecks.gradeAndRender(transcript, context: "chat log with \(n)")
            } catch {
                SanityChecks.located(error.location, message: error.message, naming: "", context: "chat log with \(n)")
            }
            runs += 1
        }
        #expect(runs == EdgeNumbers.all.count)
    }
}
