/// Word wrapping by display width, for prose printed to the terminal (the
/// persona menu, the scenario card, the customer's lines).
///
/// Widths are terminal cells (`DisplayWidth`), so CJK text and emoji wrap
/// where they really end. Lines break at spaces; only a word wider than a
/// whole line is split, between grapheme clusters. Runs of spaces collapse,
/// and a line break in the text starts a new line.
enum TextWrap {
    /// Wraps `text` into lines; the first may hold `firstWidth` cells (it
    /// follows a label), the others `width`. At most `maxLines` lines are
    /// returned, the last ending in "…" when text was left out.
    static func lines(_ text: String, width: Int, firstWidth: Int? = nil, maxLines: Int = .max) -> [String] {
        var wrapper = Wrapper(width: max(width, 1), firstWidth: max(firstWidth ?? width, 1))
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { wrapper.endLine() }
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                wrapper.add(word)
            }
        }
        wrapper.endLine()
        var lines = wrapper.lines
        guard lines.count > max(maxLines, 1) else { return lines }
        lines.removeLast(lines.count - max(maxLines, 1))
        let last = lines.removeLast()
        lines.append(ellipsized(last, width: lines.isEmpty ? wrapper.firstWidth : wrapper.width))
        return lines
    }

    /// Lines being filled.
    private struct Wrapper {
        let width: Int
        let firstWidth: Int
        var lines: [String] = []
        var current = ""
        var currentWidth = 0

        /// Room on the line being filled.
        var limit: Int { lines.isEmpty ? firstWidth : width }

        mutating func endLine() {
            lines.append(current)
            current = ""
            currentWidth = 0
        }

        mutating func add(_ word: Substring) {
            let wordWidth = DisplayWidth.of(word)
            if currentWidth > 0, currentWidth + 1 + wordWidth > limit { endLine() }
            if currentWidth > 0 {
                current += " "
                currentWidth += 1
            }
            guard currentWidth + wordWidth > limit else {
                current += word
                currentWidth += wordWidth
                return
            }
            // A word longer than a whole line is split where lines end.
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if currentWidth > 0, currentWidth + characterWidth > limit { endLine() }
                current.append(character)
                currentWidth += characterWidth
            }
        }
    }

    /// `line` with "…" after it, dropping whole words (or, for one long
    /// word, clusters) until the ellipsis fits in `width`.
    private static func ellipsized(_ line: String, width: Int) -> String {
        var kept = Substring(line)
        while !kept.isEmpty, DisplayWidth.of(kept) + 1 > width {
            if let space = kept.lastIndex(of: " ") {
                kept = kept[..<space]
            } else {
                kept.removeLast()
            }
        }
        while let last = kept.last, " ,;:—-".contains(last) { kept.removeLast() }
        return kept + "…"
    }
}
