import Testing
@testable import DeescalateKit

/// A JSON Lines row's identity: its own id, else a digest of the line that every partition agrees on;
/// echoed fields come back exactly as the input wrote them.
@Suite struct InputRowIdentityTests {
    static func identity(_ line: String, at number: Int = 1, echo: [String] = InputRowIdentity.defaultEcho) -> InputRowIdentity {
        let bytes = Array(line.utf8)
        return InputRowIdentity(line: number, bytes: bytes[...], root: try? JSONParser.parse(bytes), echo: echo)
    }

    @Test(arguments: [
        (#"{"id":"ticket-17","turns":[]}"#, "ticket-17"),
        (#"{"id":12345678901234567890,"turns":[]}"#, "12345678901234567890"),
        (#"{"id":1.50,"turns":[]}"#, "1.50"),
    ])
    func theInputsOwnIdIsTheKey(line: String, key: String) {
        #expect(Self.identity(line).key == key)
        #expect(Self.identity(line).echoed == [InputRowIdentity.Echo(name: "id", json: key.hasPrefix("ticket") ? "\"\(key)\"" : key)])
    }

    @Test func withoutAnIdTheKeyIsADigestOfTheLineAloneWhereverItIs() {
        let line = #"{"turns":[{"speaker":"customer","text":"Late!"}]}"#
        let first = Self.identity(line, at: 1), later = Self.identity(line, at: 9_000)
        #expect(first.key == later.key && first.line == 1 && later.line == 9_000)
        #expect(first.key.wholeMatch(of: /sha1:[0-9a-f]{32}/) != nil, "\(first.key)")
        #expect(Self.identity(line + "\r").key == first.key, "a CRLF line agrees with its LF twin")
        #expect(Self.identity(line.replacingOccurrences(of: "Late", with: "Lost")).key != first.key)
        #expect(Self.identity("not json at all").key.hasPrefix("sha1:"), "a row that does not parse still has an identity")
        #expect(Self.identity(#"{"id":null}"#).key.hasPrefix("sha1:") && Self.identity(#"{"id":["x"]}"#).key.hasPrefix("sha1:"))
        // The SHA-1 of "abc" is a9993e364706816aba3e25717850c26c9cd0d89d (FIPS 180-4's example).
        #expect(InputRowIdentity.digest(Array("abc".utf8)[...]) == "sha1:a9993e364706816aba3e25717850c26c")
        // FIPS 180-4's other vectors: two blocks once padded, an empty message, and a million bytes.
        #expect(InputRowIdentity.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)[...]) == "sha1:84983e441c3bd26ebaae4aa1f95129e5")
        #expect(InputRowIdentity.digest([][...]) == "sha1:da39a3ee5e6b4b0d3255bfef95601890")
        #expect(InputRowIdentity.digest(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)[...]) == "sha1:34aa973cd4c4daa4f61eeb2bdbad2731")
    }

    @Test func echoedFieldsKeepTheirOrderAndTheirExactText() {
        let line = #"{"id":"a","tenant":{"name":"Ac\"me","n":[1,2.50,-0.0,1e400]},"flag":true,"none":null,"turns":[]}"#
        let identity = Self.identity(line, echo: ["flag", "id", "missing", "tenant", "none", "flag"])
        #expect(identity.echoed.map(\.name) == ["flag", "id", "tenant", "none"])
        #expect(identity.echoed.map(\.json) == ["true", "\"a\"", #"{"name":"Ac\"me","n":[1,2.50,-0.0,1e400]}"#, "null"])
    }

    @Test(arguments: ["0", "-0", "10", "1.5", "1e5", "1E-5", "-2.50e+3"]) func plainNumbers(text: String) {
        #expect(JSONNode.isPlainJSONNumber(text))
    }

    @Test(arguments: ["", "-", "01", "1.", ".5", "+1", "0x1F", "Infinity", "NaN", "1e", "1e+"]) func notPlainNumbers(text: String) {
        #expect(!JSONNode.isPlainJSONNumber(text))
    }

    @Test func json5NumbersAreWrittenAsJSON() throws {
        let node = try JSONParser.parse("{a: 0x1F, b: Infinity, c: +3}", json5: true)
        #expect(node.compactJSON == #"{"a":31,"b":"Infinity","c":3}"#)
    }
}
