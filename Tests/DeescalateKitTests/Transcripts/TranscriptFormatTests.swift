import Testing
@testable import DeescalateKit

/// The transcript format: round trips, refusal of future versions, and located errors.
@Suite struct TranscriptFormatTests {
    private func sample() throws -> Transcript {
        let persona = try Fixtures.testParcel()
        var conversation = Conversation.replaying(["What happened?", "I'm sorry \u{1B}[31m \"quoted\"", "Calm down."],
                                                  persona: persona, seed: UInt64.max, trainee: "Zoë")
        _ = conversation.finish()
        var transcript = conversation.transcript(startedAt: "2026-11-22T10:00:00Z", endedAt: "2026-11-22T10:05:00Z")
        transcript.grade = Scorer().grade(transcript)
        return transcript
    }

    @Test func roundTripsThroughJSON() throws {
        let transcript = try sample()
        let text = transcript.jsonValue().serialized(pretty: true)
        let parsed = try Transcript(parsing: Array(text.utf8))
        #expect(parsed == transcript)
        #expect(parsed.jsonValue().serialized(pretty: true) == text, "writing is byte-stable")
    }

    @Test func carriesTheFieldsOtherToolsRead() throws {
        let node = try JSONParser.parse(try sample().jsonValue().serialized())
        #expect(node["format"]?.int == 2)
        #expect(node["outcome"]?.string == "abandoned")
        #expect(node["persona"]?["id"]?.string == "test-parcel")
        #expect(node["persona"]?["version"]?.int == 1)
        #expect(node["seed"]?.uint64 == UInt64.max)
        let turns = try #require(node["turns"]?.array)
        #expect(turns[0]["speaker"]?.string == "customer")
        #expect(turns[0]["frustration"]?.int == 70)
        #expect(turns[1]["speaker"]?.string == "trainee")
        #expect(turns[1]["moves"]?.array != nil)
        #expect(turns[1]["changes"]?.array?.isEmpty == false)
        #expect(node["grade"]?["total"]?.int != nil)
    }

    /// A span with one offset missing used to decode with 0 for it, so the file was accepted once and
    /// refused after being written back.
    @Test(arguments: ["start", "end"])
    func evidenceNeedsBothOffsets(_ key: String) throws {
        let text = try sample().jsonValue().serialized(pretty: true)
        let broken = text.replacingOccurrences(of: "\"\(key)\" :", with: "\"x\(key)\" :")
            .replacingOccurrences(of: "\"\(key)\":", with: "\"x\(key)\":")
        #expect(broken != text)
        #expect(throws: TranscriptError.self) { try Transcript(parsing: Array(broken.utf8)) }
        do { _ = try Transcript(parsing: Array(broken.utf8)) } catch {
            #expect(error.localizedDescription.contains("needs \"\(key)\""))
        }
    }

    @Test func refusesAFutureFormatNamingTheHighestSupported() {
        #expect {
            try Transcript(parsing: Array(#"{"format": 4, "turns": []}"#.utf8), file: "new.json")
        } throws: { error in
            let message = (error as? TranscriptError)?.errorDescription ?? ""
            return message.contains("new.json") && message.contains("highest supported: 3")
        }
    }

    @Test(arguments: [
        (#"{"format": 1, "turns": [{"speaker": "robot", "text": "x"}]}"#, "\"speaker\" must be"),
        (#"{"turns": []}"#, "no \"format\""),
        (#"[1, 2]"#, "expected a JSON object"),
        (#"{"format": 1, "turns": [{"speaker": "customer", "text": "x"}"#, "not valid JSON"),
        (#"{"format": 1, "turns": [], "outcome": "won"}"#, "\"outcome\" must be"),
    ])
    func badTranscriptsSayWhatIsWrong(text: String, fragment: String) {
        #expect {
            try Transcript(parsing: Array(text.utf8), file: "bad.json")
        } throws: { error in
            ((error as? TranscriptError)?.errorDescription ?? "").contains(fragment)
        }
    }

    @Test func markdownTwinEscapesUserText() throws {
        var transcript = try sample()
        transcript.turns[1].text = "<script>alert(1)</script> **bold** \u{202E}evil"
        let markdown = TranscriptMarkdown(transcript).render()
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("\u{202E}"))
        #expect(!markdown.contains("\u{1B}"))
        #expect(markdown.contains("## Grade"))
    }
}
