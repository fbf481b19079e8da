import Testing
@testable import deescalate

/// Grade-card prose fits the window: wrapped at spaces, later lines hung under the text.
@Suite struct CardWrapTests {
    @Test func aFeedbackItemHangsUnderItsBullet() {
        let item = "  • None of your replies thanked the customer. Close by thanking them — for their patience."
        let lines = CardWrap.lines(item, columns: 40)
        #expect(lines.count > 1)
        #expect(lines[0].hasPrefix("  • None"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 39 })
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            == item.trimmingCharacters(in: .whitespaces))
    }

    @Test func offATerminalOrWhenItFitsALineIsLeftWhole() {
        let line = "  Listen     ███████░░░  75"
        #expect(CardWrap.lines(line, columns: 80) == [line])
        let long = String(repeating: "word ", count: 40)
        #expect(CardWrap.lines(long, columns: nil) == [long])
    }

    @Test func aVeryNarrowWindowStillGetsText() {
        let lines = CardWrap.lines("    a model reply: “Thank you for your patience, Maya.”", columns: 6)
        #expect(!lines.isEmpty && lines.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
    }
}
