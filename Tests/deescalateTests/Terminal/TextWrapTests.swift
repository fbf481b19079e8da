import Testing
@testable import deescalate

/// Word wrapping by display width for the menu, the scenario card and the customer's lines.
struct TextWrapTests {
    static let card = "Maya paid £6.99 for next-day delivery. The tracking said 'out for delivery' all Saturday, then 'attempted delivery' although she was in all day."

    @Test(arguments: [120, 80, 40, 20, 12])
    func linesBreakAtSpacesAndFitTheWidth(width: Int) {
        let lines = TextWrap.lines(Self.card, width: width)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
        #expect(lines.joined(separator: " ") == Self.card, "only spaces were turned into line breaks")
        let words = Set(Self.card.split(separator: " ").map(String.init))
        #expect(lines.allSatisfy { $0.split(separator: " ").allSatisfy { words.contains(String($0)) } },
                "no word is split (Sat / urday)")
    }

    @Test func wideCharactersCountTwoCells() {
        let lines = TextWrap.lines("中文 中文 中文 👍🏽👍🏽 ok", width: 9)
        #expect(lines == ["中文 中文", "中文 👍🏽👍🏽", "ok"])
    }

    @Test func aWordWiderThanALineStartsALineAndIsSplitBetweenClusters() {
        #expect(TextWrap.lines("a supercalifragilistic word", width: 8) == ["a", "supercal", "ifragili", "stic", "word"])
        #expect(TextWrap.lines("中中中中中", width: 3) == ["中", "中", "中", "中", "中"])
    }

    @Test func firstLineCanBeShorterAndLinesCanBeLimited() {
        let lines = TextWrap.lines(Self.card, width: 40, firstWidth: 20, maxLines: 2)
        #expect(lines.count == 2)
        #expect(DisplayWidth.of(lines[0]) <= 20)
        #expect(lines[1].hasSuffix("…"))
        #expect(DisplayWidth.of(lines[1]) <= 40)
        #expect(TextWrap.lines("short", width: 40, maxLines: 2) == ["short"])
    }

    @Test func lineBreaksStartNewLinesAndSpacesCollapse() {
        #expect(TextWrap.lines("one  two\nthree", width: 40) == ["one two", "three"])
        #expect(TextWrap.lines("", width: 10) == [""])
    }
}
