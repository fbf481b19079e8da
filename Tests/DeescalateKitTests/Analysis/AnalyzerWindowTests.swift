import Testing
@testable import DeescalateKit

/// Lines longer than `Analyzer.windowBytes` are read in windows so memory stays bounded; every part of
/// the line is still read and every evidence span still points at its own words in the whole line.
@Suite("Analyzer windows")
struct AnalyzerWindowTests {
    private func unicodeSlice(_ text: String, _ evidence: Evidence) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[evidence.start..<evidence.end])
        return String(view)
    }

    @Test("a long paste is read to its end, with spans that cut out their own words",
          arguments: ["What happened? I'm so sorry. I'll refund it today. Thank you! ",
                      "é😞 sorry, calm down you liar — what happened? ",
                      "no punctuation at all just words and more words sorry ",
                      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
    func longPaste(_ unit: String) {
        let text = String(repeating: unit, count: 3 * Analyzer.windowBytes / unit.utf8.count + 7) + " Calm down."
        let analysis = Analyzer().analyze(text)
        let count = text.unicodeScalars.count
        for move in analysis.moves {
            #expect(move.evidence.start >= 0 && move.evidence.start < move.evidence.end && move.evidence.end <= count)
            #expect(unicodeSlice(text, move.evidence) == move.evidence.words)
        }
        // The last words of the paste, past every window boundary, are read.
        #expect(analysis.moves.contains { $0.kind == .calmDown && $0.evidence.end == count - 1 })
    }

    @Test("windows end after a sentence, a space, or at a character boundary")
    func windowEnds() {
        let sentences = Array(String(repeating: "Sorry about that. ", count: 10_000).utf8)
        sentences.withUnsafeBufferPointer { bytes in
            let end = Analyzer.windowEnd(bytes, from: 0)
            #expect(end <= Analyzer.windowBytes && end > Analyzer.windowBytes / 2)
            #expect(bytes[end - 1] == 0x20 && bytes[end - 2] == 0x2E)
        }
        let oneWord = Array(String(repeating: "é", count: 100_000).utf8)
        oneWord.withUnsafeBufferPointer { bytes in
            let end = Analyzer.windowEnd(bytes, from: 1)
            #expect(bytes[end] & 0xC0 != 0x80, "a window never ends inside a character")
        }
    }

    @Test("a line just under the window is read in one piece, as before")
    func shortLinesUnchanged() {
        let unit = "I'm sorry, but the courier is hopeless. "
        let text = String(repeating: unit, count: (Analyzer.windowBytes - 1) / unit.utf8.count)
        #expect(text.utf8.count <= Analyzer.windowBytes)
        var scan = text
        scan.makeContiguousUTF8()
        let whole = scan.utf8.withContiguousStorageIfAvailable { bytes -> [Move] in
            var line = LineScan(bytes: bytes)
            return line.run()
        }
        // Compared as one Bool: a failure must not print thousands of moves.
        let same = Analyzer().analyze(text) == Analysis(text: text, moves: whole ?? [])
        #expect(same)
    }
}
