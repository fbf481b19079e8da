import Testing
@testable import deescalate

/// Column widths of grapheme clusters and prompts.
struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("中", 2), ("ｱ", 1), ("Ａ", 2), ("한", 2),
        ("👍", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇫🇷", 2), ("❤️", 2), ("❤", 1),
        ("1️⃣", 2), ("\u{301}", 0), ("\u{200B}", 0), ("\u{200D}", 0),
    ] as [(String, Int)])
    func clusterWidth(_ text: String, _ width: Int) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(Character(text)) == width)
    }

    @Test func stringWidth() {
        #expect(DisplayWidth.of("ab中文👍") == 8)
    }

    @Test func promptWidthIgnoresEscapes() {
        #expect(DisplayWidth.ofPrompt("> ") == 2)
        #expect(DisplayWidth.ofPrompt("\u{1B}[1;32m>>>\u{1B}[0m ") == 4)
        #expect(DisplayWidth.ofPrompt("\u{1B}]0;title\u{07}中> ") == 4)
        #expect(DisplayWidth.ofPrompt("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\") == 4)
        #expect(DisplayWidth.ofPrompt("\u{1B}[") == 0)
    }
}
