import Foundation
import Testing
@testable import DeescalateKit

/// Transcript format 3: a retried session records its parent and the reply it branched at; every
/// other transcript is still written as format 2, and both read back.
@Suite struct TranscriptBranchTests {
    static func transcript(branch: BranchPoint?) -> Transcript {
        Transcript(source: .simulator, persona: PersonaReference(id: "p", version: 1, name: "P", calmAt: 30, escalateAt: 90),
                   trainee: "Alex", seed: 4, startedAt: "2026-11-22T10:00:00Z", outcome: .abandoned,
                   turns: [Turn(speaker: .customer, text: "Hi.", frustration: 60), Turn(speaker: .trainee, text: "Hello.", frustration: 60)],
                   branch: branch)
    }

    @Test func aBranchedTranscriptIsFormatThreeAndRoundTrips() throws {
        let branch = BranchPoint(parent: "20261121-090000-p-Alex.json", turn: 2, parentStartedAt: "2026-11-21T09:00:00Z")
        let text = Self.transcript(branch: branch).jsonValue().serialized(pretty: true)
        #expect(text.contains("\"format\": 3"))
        let read = try Transcript(parsing: Array(text.utf8), file: "t.json")
        #expect(read.branch == branch)
        #expect(read == Self.transcript(branch: branch))
    }

    @Test func aTranscriptWithoutBranchStaysFormatTwo() throws {
        let text = Self.transcript(branch: nil).jsonValue().serialized(pretty: true)
        #expect(text.contains("\"format\": 2"))
        #expect(!text.contains("branch"))
        #expect(try Transcript(parsing: Array(text.utf8), file: "t.json").branch == nil)
    }

    @Test(arguments: [
        (#"{"format": 2, "branch": {"parent": "a.json", "turn": 1}, "turns": []}"#, "\"branch\" needs transcript format 3", 1, 25),
        (#"{"format": 3, "branch": {"turn": 1}, "turns": []}"#, "non-empty \"parent\"", 1, 25),
        (#"{"format": 3, "branch": {"parent": "a.json"}, "turns": []}"#, "\"branch.turn\" is missing", 1, 25),
        (#"{"format": 3, "branch": {"parent": "a.json", "turn": 0}, "turns": []}"#, "'branch.turn' is 0, but must be between 1 and 100000", 1, 54),
        (#"{"format": 3, "branch": {"parent": "a.json", "turn": 9e99}, "turns": []}"#, "branch.turn", 1, 54),
    ])
    func aBadBranchIsRefusedLocated(text: String, message: String, line: Int, column: Int) {
        #expect {
            try Transcript(parsing: Array(text.utf8), file: "t.json")
        } throws: { error in
            guard let error = error as? TranscriptError else { return false }
            return error.message.contains(message) && error.location?.line == line && error.location?.column == column
        }
    }

    @Test func turnIndexCountsOnlyTraineeReplies() {
        let transcript = Self.transcript(branch: nil)
        #expect(BranchPoint.turnIndex(ofReply: 1, in: transcript) == 1)
        #expect(BranchPoint.turnIndex(ofReply: 2, in: transcript) == nil)
        #expect(BranchPoint.turnIndex(ofReply: 0, in: transcript) == nil)
    }
}
