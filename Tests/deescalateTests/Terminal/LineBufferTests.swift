import Testing
@testable import deescalate

/// Editing operations on grapheme clusters, cursor movement and history.
struct LineBufferTests {
    /// Builds a buffer holding `text` with the cursor at `cursor` (default: end).
    private func buffer(_ text: String, cursor: Int? = nil, history: [String] = []) -> LineBuffer {
        var b = LineBuffer(history: history)
        b.insert(text)
        if let cursor {
            b.moveToStart()
            for _ in 0..<cursor { b.moveRight() }
        }
        return b
    }

    @Test func insertAtCursor() {
        var b = buffer("hllo", cursor: 1)
        b.insert("e")
        #expect(b.text == "hello")
        #expect(b.cursor == 2)
    }

    @Test func combiningMarkMergesWithPreviousCharacter() {
        var b = buffer("e")
        b.insert("\u{301}")
        #expect(b.characters.count == 1)
        #expect(b.cursor == 1)
        #expect(b.text == "e\u{301}")
    }

    @Test(arguments: ["e\u{301}", "👍🏽", "👨‍👩‍👧", "🇫🇷", "中", "❤️"])
    func backspaceDeletesWholeCluster(_ cluster: String) {
        var b = buffer("a" + cluster)
        let deleted = b.deleteBackward()
        #expect(deleted)
        #expect(b.text == "a")
        #expect(b.cursor == 1)
    }

    @Test func arrowsMoveByCluster() {
        var b = buffer("a👨‍👩‍👧🇫🇷b")
        #expect(b.characters.count == 4)
        b.moveLeft(); b.moveLeft()
        #expect(b.cursor == 2)
        b.deleteForward()
        #expect(b.text == "a👨‍👩‍👧b")
    }

    @Test func adjacentFlagsStaySeparate() {
        var b = buffer("🇫🇷🇩🇪")
        #expect(b.characters.count == 2)
        b.deleteBackward()
        #expect(b.text == "🇫🇷")
    }

    @Test func movementStopsAtEnds() {
        var b = buffer("ab")
        let movedRight = b.moveRight()
        b.moveToStart()
        let movedLeft = b.moveLeft()
        let deletedBackward = b.deleteBackward()
        b.moveToEnd()
        let deletedForward = b.deleteForward()
        #expect(!movedRight && !movedLeft && !deletedBackward && !deletedForward)
        #expect(b.text == "ab")
    }

    @Test func killToEndAndStart() {
        var b = buffer("hello world", cursor: 5)
        b.killToEnd()
        #expect(b.text == "hello")
        b = buffer("hello world", cursor: 6)
        b.killToStart()
        #expect(b.text == "world")
        #expect(b.cursor == 0)
    }

    @Test func deleteWordBackward() {
        var b = buffer("git commit  -m  ")
        b.deleteWordBackward()
        #expect(b.text == "git commit  ")
        b.deleteWordBackward()
        #expect(b.text == "git ")
        b.deleteWordBackward()
        #expect(b.text == "")
        b.deleteWordBackward()
        #expect(b.text == "")
    }

    @Test func deleteWordInMiddleKeepsTail() {
        var b = buffer("one two three", cursor: 7)
        b.deleteWordBackward()
        #expect(b.text == "one  three")
        #expect(b.cursor == 4)
    }

    @Test func wordMovement() {
        var b = buffer("one two three")
        b.moveWordLeft()
        #expect(b.cursor == 8)
        b.moveWordLeft()
        #expect(b.cursor == 4)
        b.moveWordRight()
        #expect(b.cursor == 7)
    }

    @Test func historyNavigationKeepsDraft() {
        var b = buffer("draft", history: ["first", "second"])
        let changed1 = b.historyPrevious()
        #expect(changed1)
        #expect(b.text == "second")
        let changed2 = b.historyPrevious()
        #expect(changed2)
        #expect(b.text == "first")
        let changed3 = b.historyPrevious()
        #expect(!changed3)
        let changed4 = b.historyNext()
        #expect(changed4)
        #expect(b.text == "second")
        let changed5 = b.historyNext()
        #expect(changed5)
        #expect(b.text == "draft")
        #expect(b.cursor == 5)
        let changed6 = b.historyNext()
        #expect(!changed6)
        #expect(b.historyIndex == nil)
    }

    @Test func editingRecalledEntryDoesNotChangeHistory() {
        var b = buffer("", history: ["ls"])
        b.historyPrevious()
        b.insert(" -la")
        #expect(b.text == "ls -la")
        #expect(b.history == ["ls"])
        b.historyNext()
        #expect(b.text == "")
        b.historyPrevious()
        #expect(b.text == "ls")
    }

    @Test func emptyHistoryDoesNothing() {
        var b = buffer("x")
        let changed7 = b.historyPrevious()
        #expect(!changed7)
        let changed8 = b.historyNext()
        #expect(!changed8)
        #expect(b.text == "x")
    }

    @Test func appendingSkipsEmptyAndConsecutiveDuplicates() {
        var h: [String] = []
        h = LineBuffer.appending("a", to: h)
        h = LineBuffer.appending("a", to: h)
        h = LineBuffer.appending("", to: h)
        h = LineBuffer.appending("b", to: h)
        h = LineBuffer.appending("a", to: h)
        #expect(h == ["a", "b", "a"])
    }
}
