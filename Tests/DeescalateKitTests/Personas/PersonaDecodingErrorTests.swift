import Foundation
import Testing
@testable import DeescalateKit

/// One way to break a persona file, and what the loader must say about it.
struct BrokenPersona: Sendable, CustomTestStringConvertible {
    let name: String
    /// The file's bytes.
    let bytes: [UInt8]
    /// A fragment of the first error's message.
    let message: String
    /// The first error's field, if it has one.
    let field: String?
    /// The first error's line (nil when the error has no location).
    let line: Int?
    var column: Int?
    var suggestion: String?

    var testDescription: String { name }

    /// The valid persona with `original` replaced by `replacement`; the line is where `marker`
    /// first appears in the broken text.
    static func edit(_ name: String, _ original: String, _ replacement: String, message: String, field: String?,
                     lineOf marker: String, column: Int? = nil, suggestion: String? = nil) -> BrokenPersona {
        precondition(PersonaDecodingErrorTests.valid.contains(original), "\(name): '\(original)' is not in the valid persona")
        let text = PersonaDecodingErrorTests.valid.replacingOccurrences(of: original, with: replacement)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) }.map { $0 + 1 }
        precondition(line != nil, "\(name): marker '\(marker)' not found")
        return BrokenPersona(name: name, bytes: Array(text.utf8), message: message, field: field, line: line,
                             column: column, suggestion: suggestion)
    }
}

/// Broken persona files, table-driven: each gives a located, specific message a trainer can act on.
@Suite struct PersonaDecodingErrorTests {
    /// A small persona that loads with no diagnostics; each case breaks one thing in it.
    static let valid = """
    // A minimal persona for the loader's tests.
    {
      "$schema": "./persona.schema.json",
      "format": 1,
      "id": "test-customer",
      "version": 1,
      "name": "Test Customer",
      "difficulty": "easy",
      "scenario": "A customer whose order is late.",
      "grievance": {
        "summary": "The order is late.",
        "facts": [
          { "id": "late", "summary": "It is two days late", "says": ["It's two days late, {trainee}."] },
        ],
      },
      "temperament": {
        "startingFrustration": 50,
        "calmAt": 20,
        "escalateAt": 90,
        "ventingNeeded": 1,
        "patience": 4,
      },
      "reactions": { "apology": -10 },
      "triggers": [
        { "id": "policy", "words": ["policy"], "change": 10, "says": ["Not policy again."] },
      ],
      "resolutions": [
        { "id": "refund", "offer": ["refund"], "acceptable": true, "says": ["A refund is fine."] },
      ],
      "lines": {
        "opening": { "irritated": ["My order from {company} is late."], "any": ["Hello. My order is late."] },
        "heard": ["Yes."],
        "apologyAccepted": ["Thanks."],
        "apologyBrushedOff": ["Sorry isn't enough."],
        "solutionTooEarly": ["Let me finish."],
        "vagueSolution": ["Like what?"],
        "acceptedStillUpset": ["Fine, but I'm still cross."],
        "repeated": ["You said that."],
        "noProgress": ["And?"],
        "harmed": ["Excuse me?"],
        "boundaryRespected": ["Fair enough."],
        "thanked": ["You're welcome."],
        "unclear": ["Pardon?"],
        "resolved": ["Thanks, bye."],
        "escalated": ["Manager, now."],
      },
      "turnLimit": 10,
    }
    """

    @Test func theValidPersonaLoadsCleanly() {
        let (persona, diagnostics) = Persona.decode(Array(Self.valid.utf8))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(persona?.company == "the company", "company defaults when left out")
        #expect(persona?.temperament.needsBoundary == false)
    }

    static let cases: [BrokenPersona] = [
        .edit("syntax error: missing comma", #""name": "Test Customer","#, #""name": "Test Customer""#,
              message: "syntax error: expected ',' or '}' after the value of \"name\"", field: nil,
              lineOf: #""difficulty""#, column: 3),
        .edit("syntax error: unterminated string", #""A customer whose order is late.""#, #""A customer whose order is late."#,
              message: "syntax error: unterminated string", field: nil, lineOf: #""scenario""#, column: 15),
        .edit("missing required field", #"  "scenario": "A customer whose order is late.",\#n"#, "",
              message: "missing required field 'scenario'", field: "scenario", lineOf: "{"),
        .edit("wrong type", #""version": 1,"#, #""version": "one","#,
              message: "'version' must be a number, found", field: "version", lineOf: #""version""#),
        .edit("wrong type: lines must be a list", #""heard": ["Yes."],"#, #""heard": 3,"#,
              message: "'lines.heard' must be a list of strings", field: "lines.heard", lineOf: #""heard""#),
        .edit("out-of-range temperament", #""calmAt": 20,"#, #""calmAt": 150,"#,
              message: "'temperament.calmAt' is 150, but must be between 0 and 100", field: "temperament.calmAt",
              lineOf: #""calmAt""#),
        .edit("temperament out of order", #""calmAt": 20,"#, #""calmAt": 60,"#,
              message: "calmAt < startingFrustration < escalateAt (found 60 < 50 < 90)", field: "temperament",
              lineOf: #""temperament""#),
        .edit("unknown key with did-you-mean", #""turnLimit": 10,"#, #""turnLimt": 10,"#,
              message: "unknown field 'turnLimt'", field: "turnLimt", lineOf: #""turnLimt""#, suggestion: "turnLimit"),
        .edit("unknown reaction with did-you-mean", #"{ "apology": -10 }"#, #"{ "apolgy": -10 }"#,
              message: "unknown reaction 'apolgy'", field: "reactions.apolgy", lineOf: #""apolgy""#, suggestion: "apology"),
        .edit("unknown mood", #""irritated": ["My order"#, #""iritated": ["My order"#,
              message: "unknown field 'lines.opening.iritated'", field: "lines.opening.iritated", lineOf: "iritated",
              suggestion: "irritated"),
        .edit("unknown placeholder", "from {company} is late", "from {compnay} is late",
              message: "unknown placeholder {compnay} in 'lines.opening.irritated'", field: "lines.opening.irritated",
              lineOf: "{compnay}", suggestion: "company"),
        .edit("empty line set", #""heard": ["Yes."],"#, #""heard": [],"#,
              message: "'lines.heard' is empty", field: "lines.heard", lineOf: #""heard""#),
        .edit("empty mood-keyed line set", #""heard": ["Yes."],"#, #""heard": {},"#,
              message: "line set 'lines.heard' has no lines", field: "lines.heard", lineOf: #""heard""#),
        .edit("missing line set", #"    "unclear": ["Pardon?"],\#n"#, "",
              message: "missing line set 'lines.unclear'", field: "lines.unclear", lineOf: #""lines""#),
        .edit("abusive lines required with needsBoundary", #""patience": 4,"#, #""patience": 4, "needsBoundary": true,"#,
              message: "missing line set 'lines.abusive'", field: "lines.abusive", lineOf: #""lines""#),
        .edit("no acceptable resolution", #""acceptable": true"#, #""acceptable": false"#,
              message: "no resolution is acceptable", field: "resolutions", lineOf: #""resolutions""#),
        .edit("bad difficulty with did-you-mean", #""difficulty": "easy","#, #""difficulty": "hrad","#,
              message: "'difficulty' is \"hrad\", but must be one of easy, medium, hard", field: "difficulty",
              lineOf: #""difficulty""#, suggestion: "hard"),
        .edit("bad id", #""id": "test-customer","#, #""id": "Test Customer","#,
              message: "may use only lowercase letters, digits and '-'", field: "id", lineOf: #""Test Customer","#),
        .edit("newer format version", #""format": 1,"#, #""format": 3,"#,
              message: "persona format 3 is newer than this build understands", field: "format", lineOf: #""format""#),
        .edit("duplicate resolution id, at the repeat", #"{ "id": "refund", "offer": ["refund"], "acceptable": true, "says": ["A refund is fine."] },"#,
              #"{ "id": "refund", "offer": ["refund"], "acceptable": true, "says": ["A refund is fine."] },\#n    { "id": "refund", "offer": ["money back"], "acceptable": true, "says": ["Fine."] },"#,
              message: "duplicate resolution id \"refund\" in 'resolutions[1]', already used by 'resolutions[0]' on line 28",
              field: "resolutions[1].id", lineOf: #""money back""#, column: 13),
        .edit("format 2 field in a format 1 file", #""turnLimit""#, #""domainPhrases": ["make up"], "turnLimit""#,
              message: "'domainPhrases' needs persona format 2, but the file says \"format\": 1", field: "domainPhrases", lineOf: #""domainPhrases""#),
        BrokenPersona(name: "binary bytes", bytes: [0x7B, 0x00, 0x01, 0xFF, 0x7D], message: "the file is binary",
                      field: nil, line: 1),
        BrokenPersona(name: "binary after two lines of text", bytes: Array("{\n  id: 'x',\n".utf8) + [0x00, 0x01],
                      message: "the file is binary", field: nil, line: 3),
        BrokenPersona(name: "empty file", bytes: [], message: "the file is empty", field: nil, line: 1, column: 1),
        BrokenPersona(name: "white space only", bytes: Array(" \n\t\n".utf8), message: "the file is empty", field: nil, line: 1),
    ]

    @Test(arguments: cases)
    func reportsALocatedSpecificError(_ broken: BrokenPersona) throws {
        let (persona, diagnostics) = Persona.decode(broken.bytes)
        #expect(persona == nil)
        let first = try #require(diagnostics.first { $0.severity == .error }, "no error reported")
        #expect(first.message.contains(broken.message), "\(diagnostics)")
        #expect(first.field == broken.field, "\(diagnostics)")
        #expect(first.location?.line == broken.line, "\(diagnostics)")
        if let column = broken.column { #expect(first.location?.column == column, "\(diagnostics)") }
        if let suggestion = broken.suggestion { #expect(first.suggestion == suggestion) }
    }

    @Test func throwingInitialiserFormatsFileLineAndColumn() {
        let text = Self.valid.replacingOccurrences(of: #""calmAt": 20,"#, with: #""calmAt": 150,"#)
        #expect {
            try Persona(parsing: Array(text.utf8), file: "test-customer.json")
        } throws: { error in
            let description = (error as? PersonaLoadError)?.errorDescription ?? ""
            return description.hasPrefix("test-customer.json:18:15: error: 'temperament.calmAt' is 150")
        }
    }

    @Test func aRepeatedKeyIsAWarningNotAnError() {
        let text = Self.valid.replacingOccurrences(of: #""version": 1,"#, with: #""version": 1, "version": 2,"#)
        let (persona, diagnostics) = Persona.decode(Array(text.utf8))
        #expect(persona?.version == 2)
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message.contains("appears 2 times; the last one is used") == true)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let text = Self.valid
            .replacingOccurrences(of: #""calmAt": 20,"#, with: #""calmAt": 150,"#)
            .replacingOccurrences(of: #""turnLimit": 10,"#, with: #""turnLimt": 10,"#)
            .replacingOccurrences(of: "{company}", with: "{compnay}")
        let (_, diagnostics) = Persona.decode(Array(text.utf8))
        #expect(diagnostics.count == 3, "\(diagnostics)")
        #expect(diagnostics.map { $0.location?.line ?? 0 } == diagnostics.map { $0.location?.line ?? 0 }.sorted())
    }
}
