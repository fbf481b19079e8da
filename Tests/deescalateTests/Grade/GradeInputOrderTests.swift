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
}
