import Testing
@testable import deescalate

/// Byte-to-event decoding, including split reads and hostile input.
struct KeyDecoderTests {
    /// Feeds `bytes` and drains every event that can be decoded.
    private func decode(_ bytes: [UInt8], decoder: inout KeyDecoder) -> [KeyDecoder.Event] {
        decoder.feed(bytes)
        var events: [KeyDecoder.Event] = []
        while let event = decoder.nextEvent() { events.append(event) }
        return events
    }

    private func decode(_ bytes: [UInt8]) -> [KeyDecoder.Event] {
        var decoder = KeyDecoder()
        return decode(bytes, decoder: &decoder)
    }

    private func decode(_ string: String) -> [KeyDecoder.Event] {
        decode(Array(string.utf8))
    }

    private func decode(_ string: String, decoder: inout KeyDecoder) -> [KeyDecoder.Event] {
        decode(Array(string.utf8), decoder: &decoder)
    }

    @Test func plainTextIsOneInsert() {
        #expect(decode("héllo 中") == [.insert("héllo 中")])
    }

    @Test func arrowsAndNavigationKeys() {
        #expect(decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(decode("\u{1B}OA\u{1B}OD\u{1B}OH\u{1B}OF") == [.up, .left, .home, .end])
        #expect(decode("\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~") == [.home, .end, .home, .end, .home, .end])
        #expect(decode("\u{1B}[3~") == [.delete])
        #expect(decode("\u{1B}[1;5D\u{1B}[1;3C") == [.wordLeft, .wordRight])
    }

    @Test func controlKeys() {
        let bytes: [UInt8] = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x08, 0x7F, 0x0B, 0x15, 0x17, 0x0A, 0x0D, 0x10, 0x0E,
                              0x12, 0x07, 0x19, 0x09]
        #expect(decode(bytes) == [.home, .left, .interrupt, .endOfFile, .end, .right, .backspace, .backspace,
                                  .killToEnd, .killToStart, .deleteWordBackward, .enter, .enter, .up, .down,
                                  .reverseSearch, .cancel, .yank, .tab])
    }

    @Test func altKeysAsTerminalsSendThem() {
        // Alt-b / Alt-f / Alt-d / Alt-Backspace arrive as ESC + the key.
        #expect(decode("\u{1B}b\u{1B}f\u{1B}B\u{1B}F\u{1B}d\u{1B}\u{7F}") ==
                [.wordLeft, .wordRight, .wordLeft, .wordRight, .killWordForward, .killWordBackward])
        // Other Alt+letters mean nothing and are dropped rather than typed.
        #expect(decode("\u{1B}xa") == [.insert("a")])
    }

    @Test func escapeFollowedByAControlKeyIsAnEscPress() {
        #expect(decode("\u{1B}\u{12}") == [.escape, .reverseSearch])
        #expect(decode("\u{1B}\u{1B}[A") == [.escape, .up])
    }

    @Test func crlfIsOneEnter() {
        #expect(decode("a\r\nb") == [.insert("a"), .enter, .insert("b")])
        #expect(decode("a\n\nb") == [.insert("a"), .enter, .enter, .insert("b")])
    }

    @Test func unassignedControlsAreDropped() {
        #expect(decode([0x61, 0x00, 0x1A, 0x1C, 0x1E, 0x62]) == [.insert("a"), .insert("b")])
    }

    @Test func utf8SplitAcrossReads() {
        var decoder = KeyDecoder()
        let bytes = Array("x👍".utf8)
        #expect(decode(Array(bytes[0..<3]), decoder: &decoder) == [.insert("x")])
        #expect(decoder.hasPendingBytes)
        #expect(decode(Array(bytes[3...]), decoder: &decoder) == [.insert("👍")])
    }

    @Test func escapeSequenceSplitAcrossReads() {
        var decoder = KeyDecoder()
        #expect(decode([0x1B], decoder: &decoder) == [])
        #expect(decode([0x5B, 0x33], decoder: &decoder) == [])
        #expect(decode([0x7E, 0x61], decoder: &decoder) == [.delete, .insert("a")])
    }

    @Test func loneEscapeIsTheEscKeyOnFlush() {
        var decoder = KeyDecoder()
        #expect(decode([0x1B], decoder: &decoder) == [])
        #expect(decoder.flushIncomplete() == .escape)
        #expect(!decoder.hasPendingBytes)
        #expect(decode("a", decoder: &decoder) == [.insert("a")])
        // A sequence cut off after its introducer is dropped, not taken for Esc.
        #expect(decode([0x1B, 0x5B, 0x31], decoder: &decoder) == [])
        #expect(decoder.flushIncomplete() == nil)
    }

    @Test func truncatedUTF8BecomesReplacementOnFlush() {
        var decoder = KeyDecoder()
        #expect(decode([0xE4, 0xB8], decoder: &decoder) == [])
        #expect(decoder.flushIncomplete() == .insert("\u{FFFD}"))
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        #expect(decode([0x61, 0xFF, 0x62]) == [.insert("a\u{FFFD}b")])
        #expect(decode([0xC3, 0x0D]) == [.insert("\u{FFFD}"), .enter])
        #expect(decode([0xC0, 0xAF, 0xED, 0xA0, 0x80]).allSatisfy {
            if case .insert = $0 { return true } else { return false }
        })
    }

    @Test func unknownSequencesAreIgnored() {
        #expect(decode("\u{1B}[99~a\u{1B}[?25hb\u{1B}xc\u{1B}[15;2Zd") ==
                [.insert("a"), .insert("b"), .insert("c"), .insert("d")])
    }

    @Test func overlongSequenceDoesNotSwallowInputForever() {
        let junk = "\u{1B}[" + String(repeating: "1;", count: 40)
        var decoder = KeyDecoder()
        _ = decode(Array(junk.utf8), decoder: &decoder)
        let events = decode("\r", decoder: &decoder)
        #expect(events.last == .enter)
    }

    @Test func bracketedPasteIsLiteral() {
        let paste = "\u{1B}[200~ab\u{03}\u{1B}[D\u{1B}bc\td\u{1B}[201~\u{03}"
        #expect(decode(paste) == [.insert("ab"), .insert("c"), .insert(" "), .insert("d"), .interrupt])
    }

    /// A multi-line paste is one reply: each run of line breaks joins its lines with one space;
    /// breaks before the first text or after the last are dropped, so the paste never sends itself.
    @Test(arguments: [
        ("one\ntwo\nthree\n", "one two three"),
        ("one\r\ntwo\r\n\r\nthree", "one two three"),
        ("\n\nfirst\rsecond", "first second"),
        ("only\n", "only"),
        ("\n", ""),
    ])
    func pastedLinesBecomeOneReply(_ pasted: String, _ joined: String) {
        let events = decode("\u{1B}[200~" + pasted + "\u{1B}[201~x\r")
        let text = events.compactMap { if case .insert(let t) = $0 { return t } else { return nil } }.joined()
        #expect(text == joined + "x")
        #expect(events.filter { $0 == .enter }.count == 1, "only the Enter typed after the paste")
    }

    @Test func pasteSplitAcrossReadsStillJoinsLines() {
        var decoder = KeyDecoder()
        var events = decode("\u{1B}[200~first line\n", decoder: &decoder)
        events += decode("second\u{1B}[20", decoder: &decoder)
        events += decode("1~\r", decoder: &decoder)
        #expect(events == [.insert("first line"), .insert(" second"), .enter])
    }

    @Test func eventsArePulledOneAtATime() {
        var decoder = KeyDecoder()
        decoder.feed(Array("one\rtwo".utf8))
        #expect(decoder.nextEvent() == .insert("one"))
        #expect(decoder.nextEvent() == .enter)
        #expect(decoder.hasPendingBytes)
        #expect(decoder.nextEvent() == .insert("two"))
        #expect(decoder.nextEvent() == nil)
    }

    @Test func c1ControlsAreStripped() {
        #expect(decode("a\u{9B}b") == [.insert("ab")])
    }

    @Test func randomBytesNeverTrap() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var decoder = KeyDecoder()
            for _ in 0..<20 {
                let bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in
                    UInt8.random(in: 0...255, using: &generator)
                }
                _ = decode(bytes, decoder: &decoder)
            }
            _ = decoder.flushIncomplete()
            _ = decode("ok\r", decoder: &decoder)
        }
    }
}
