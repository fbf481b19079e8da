/// The pure editing state of one line: text, cursor and history navigation.
///
/// Text is stored as grapheme clusters (`Character`s) so that every cursor
/// movement and deletion operates on what the user perceives as one character:
/// "é" written as `e` + U+0301, "👍🏽", "👨‍👩‍👧", flags and CJK ideographs all
/// move and delete as a unit. The type does no I/O, which keeps it fully
/// unit-testable; `LineEditor` maps key events onto these operations.
struct LineBuffer {
    /// The line as grapheme clusters.
    private(set) var characters: [Character] = []

    /// Cursor position as an index into `characters` (0...characters.count).
    private(set) var cursor = 0

    /// Previously accepted lines, oldest first. Never mutated by editing.
    let history: [String]

    /// Which history entry is shown, or `nil` while editing the fresh line.
    private(set) var historyIndex: Int?

    /// The fresh line saved when the user first moves up into history, so that
    /// coming back down past the newest entry gives it back instead of losing it.
    private var draft: [Character] = []

    /// Creates an empty buffer that can navigate `history` (oldest first).
    init(history: [String] = []) {
        self.history = history
    }

    /// The current line as a string.
    var text: String { String(characters) }

    /// Whether the line holds no characters.
    var isEmpty: Bool { characters.isEmpty }

    /// Replaces the whole line and puts the cursor at its end.
    mutating func setText(_ newText: String) {
        characters = Array(newText)
        cursor = characters.count
    }

    /// Replaces the first `count` clusters with `text` and puts the cursor
    /// after it (Tab completion of the word typed so far).
    mutating func replacePrefix(_ count: Int, with text: String) {
        let replaced = min(max(count, 0), characters.count)
        let inserted = Array(text)
        characters.replaceSubrange(0..<replaced, with: inserted)
        cursor = inserted.count
    }

    // MARK: Insertion and deletion

    /// Inserts `string` at the cursor and moves the cursor past it.
    ///
    /// The clusters around the cursor are re-segmented together with the new
    /// text, because an inserted combining mark or ZWJ sequence can merge with
    /// the character before it (typing `e` then U+0301 must yield one "é").
    mutating func insert(_ string: String) {
        guard !string.isEmpty else { return }
        let low = max(cursor - 1, 0)
        let high = min(cursor + 1, characters.count)
        let left = String(characters[low..<cursor]) + string
        let merged = Array(left + String(characters[cursor..<high]))
        characters.replaceSubrange(low..<high, with: merged)
        // Clamp: if the inserted text fused with the following cluster the cursor
        // lands after the fused cluster rather than inside it.
        cursor = low + min(left.count, merged.count)
    }

    /// Deletes the grapheme cluster before the cursor; returns whether anything changed.
    @discardableResult
    mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        characters.remove(at: cursor - 1)
        cursor -= 1
        return true
    }

    /// Deletes the grapheme cluster under the cursor; returns whether anything changed.
    @discardableResult
    mutating func deleteForward() -> Bool {
        guard cursor < characters.count else { return false }
        characters.remove(at: cursor)
        return true
    }

    /// Deletes from the cursor to the end of the line (Ctrl-K); returns the
    /// deleted text for the kill buffer.
    @discardableResult
    mutating func killToEnd() -> String {
        remove(cursor..<characters.count)
    }

    /// Deletes from the start of the line to the cursor (Ctrl-U); returns the
    /// deleted text.
    @discardableResult
    mutating func killToStart() -> String {
        remove(0..<cursor)
    }

    /// Deletes the word before the cursor plus any whitespace between it and
    /// the cursor (Ctrl-W, like readline's `unix-word-rubout`); returns the
    /// deleted text.
    @discardableResult
    mutating func deleteWordBackward() -> String {
        remove(spaceDelimitedWordStart(before: cursor)..<cursor)
    }

    /// Deletes to the end of the next word (Alt-D, readline's `kill-word`);
    /// returns the deleted text.
    @discardableResult
    mutating func killWordForward() -> String {
        remove(cursor..<wordEnd(after: cursor))
    }

    /// Deletes to the start of the previous word (Alt-Backspace, readline's
    /// `backward-kill-word`); returns the deleted text.
    @discardableResult
    mutating func killWordBackward() -> String {
        remove(wordStart(before: cursor)..<cursor)
    }

    /// Removes `range` (which always lies inside the line), leaving the
    /// cursor where the removed text began if it was inside or after it.
    private mutating func remove(_ range: Range<Int>) -> String {
        let removed = String(characters[range])
        characters.removeSubrange(range)
        if cursor >= range.upperBound {
            cursor -= range.count
        } else if cursor > range.lowerBound {
            cursor = range.lowerBound
        }
        return removed
    }

    // MARK: Cursor movement

    /// Moves one grapheme cluster left; returns whether the cursor moved.
    @discardableResult
    mutating func moveLeft() -> Bool {
        guard cursor > 0 else { return false }
        cursor -= 1
        return true
    }

    /// Moves one grapheme cluster right; returns whether the cursor moved.
    @discardableResult
    mutating func moveRight() -> Bool {
        guard cursor < characters.count else { return false }
        cursor += 1
        return true
    }

    /// Moves to the start of the line.
    mutating func moveToStart() { cursor = 0 }

    /// Moves to the end of the line.
    mutating func moveToEnd() { cursor = characters.count }

    /// Moves to the start of the previous word (Alt-B).
    mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    /// Moves past the end of the next word (Alt-F).
    mutating func moveWordRight() { cursor = wordEnd(after: cursor) }

    /// Whether a cluster is part of a word for Alt-B/F/D: letters and digits,
    /// as in readline, so "don't" is two words and punctuation is skipped.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Start of the word ending at or before `position`: skip non-word
    /// clusters backwards, then word clusters.
    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0, !Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0, Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    /// End of the word starting at or after `position`.
    private func wordEnd(after position: Int) -> Int {
        var index = position
        while index < characters.count, !Self.isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count, Self.isWordCharacter(characters[index]) { index += 1 }
        return index
    }

    /// Ctrl-W's word start: words are separated by whitespace only, so
    /// "/end" or "don't" go in one press, as in readline's `unix-word-rubout`.
    private func spaceDelimitedWordStart(before position: Int) -> Int {
        var index = position
        while index > 0, characters[index - 1].isWhitespace { index -= 1 }
        while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
        return index
    }

    // MARK: History

    /// Shows the previous (older) history entry; returns whether anything changed.
    ///
    /// Recalled entries are copied into the buffer, so editing them never
    /// changes `history`; the edits are dropped when navigating away.
    @discardableResult
    mutating func historyPrevious() -> Bool {
        guard !history.isEmpty else { return false }
        let target: Int
        if let index = historyIndex {
            guard index > 0 else { return false }
            target = index - 1
        } else {
            draft = characters
            target = history.count - 1
        }
        historyIndex = target
        setText(history[target])
        return true
    }

    /// Shows the next (newer) history entry, or the saved draft after the
    /// newest one; returns whether anything changed.
    @discardableResult
    mutating func historyNext() -> Bool {
        guard let index = historyIndex else { return false }
        if index + 1 < history.count {
            historyIndex = index + 1
            setText(history[index + 1])
        } else {
            historyIndex = nil
            characters = draft
            cursor = characters.count
            draft = []
        }
        return true
    }

    /// Shows history entry `index` (found by a history search) as if reached
    /// with Up, with the cursor at `cursor`; an index out of range changes nothing.
    mutating func recallHistory(at index: Int, cursor position: Int) {
        guard history.indices.contains(index) else { return }
        if historyIndex == nil { draft = characters }
        historyIndex = index
        setText(history[index])
        cursor = min(max(position, 0), characters.count)
    }

    /// Returns `history` with `line` appended, unless it is empty or repeats
    /// the newest entry (consecutive duplicates only clutter Up-arrow recall).
    static func appending(_ line: String, to history: [String]) -> [String] {
        guard !line.isEmpty, history.last != line else { return history }
        return history + [line]
    }
}
