import Testing
@testable import DeescalateKit

@Suite struct JSONParserTests {
    @Test func parsesNestedDocumentWithOffsets() throws {
        let node = try JSONParser.parse(#"{"a": [1, 2.5, "x"], "b": {"c": null, "d": true}}"#)
        #expect(node["a"]?.array?.count == 3)
        #expect(node["a"]?.array?[1].double == 2.5)
        #expect(node["b"]?["d"]?.bool == true)
        #expect(node["a"]?.offset == 6)
    }

    @Test func keepsLargeIntegersExact() throws {
        let node = try JSONParser.parse(#"{"seed": 18446744073709551615}"#)
        #expect(node["seed"]?.uint64 == UInt64.max)
    }

    @Test func acceptsJSON5OnlyWhenAsked() throws {
        let text = """
        {
          // a comment
          id: 'late-parcel', /* block */
          list: [1, 2,],
        }
        """
        let node = try JSONParser.parse(text, json5: true)
        #expect(node["id"]?.string == "late-parcel")
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: [
        ("{\"a\": 1,\n \"b\" 2}", 2, 6),
        ("{\n  \"a\": [1, 2\n}", 3, 1),
        ("{\"a\": \"unterminated}", 1, 7),
        ("", 1, 1),
        ("{\"a\": tru}", 1, 7),
    ])
    func locatesSyntaxErrors(text: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(text, json5: true)
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(line: line, column: column), "\(error.message)")
        }
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let node = try JSONParser.parse(#"["a\"b\\n\u00e9\ud83d\ude00\ud800x"]"#)
        #expect(node.array?.first?.string == "a\"b\\né😀\u{FFFD}x")
    }

    @Test func refusesHostileNesting() {
        let deep = String(repeating: "[", count: 10_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
    }

    @Test func invalidUTF8InsideStringsBecomesReplacement() throws {
        let node = try JSONParser.parse([0x22, 0x61, 0xFF, 0x22])
        #expect(node.string == "a\u{FFFD}")
    }

    @Test func writerRoundTripsThroughParser() throws {
        let value = JSONValue.object([
            ("text", .string("line\nbreak \"quoted\" \u{1B}[31m tab\t é")),
            ("n", .int(-3)), ("x", .double(0.25)), ("list", .array([.bool(true), .null])),
        ])
        for pretty in [false, true] {
            let parsed = try JSONParser.parse(value.serialized(pretty: pretty))
            #expect(parsed["text"]?.string == "line\nbreak \"quoted\" \u{1B}[31m tab\t é")
            #expect(parsed["x"]?.double == 0.25)
            #expect(parsed["list"]?.array?.count == 2)
        }
    }
}
