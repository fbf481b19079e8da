import Testing
@testable import deescalate

/// Folders are walked in byte order of names, whatever the names hold.
struct GradeInputOrderTests {
    @Test(arguments: [("a", "b"), ("a", "ab"), ("", "a"), ("B", "a"), ("a.txt", "a_1.txt"), ("Z", "é"), ("é", "ê"), ("x\u{0}", "x"),
                      ("chat 10.txt", "chat 9.txt"), ("same", "same")])
    func namesSortAsTheirBytesDo(first: String, second: String) {
        let (a, b) = (Array(first.utf8), Array(second.utf8))
        #expect(GradeInput.precedes(a, b) == a.lexicographicallyPrecedes(b))
        #expect(GradeInput.precedes(b, a) == b.lexicographicallyPrecedes(a))
    }

    /// A file is JSON Lines by its extension, in any case; a dot in a folder's name is no extension.
    @Test(arguments: [("a.jsonl", "jsonl"), ("dir/A.JSONL", "jsonl"), ("x.Txt", "txt"), ("dir.d/file", ""), ("file", ""),
                      ("a.", ""), (".hidden", "hidden"), ("/", ""), ("", ""), ("chat.é", "é"), ("über/Ä.TXT", "txt")])
    func extensionIsTheLastComponents(path: String, expected: String) {
        #expect(GradeInput.pathExtension(path) == expected)
    }
}
