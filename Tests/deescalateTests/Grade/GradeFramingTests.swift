import Foundation
import Testing
@testable import deescalate

/// The supervisor–worker frames and the JSON Lines splitting, piece by piece.
struct GradeFramingTests {
    @Test func framesRoundTripWhateverTheBytesAndHoweverTheyAreCut() throws {
        var bytes: [UInt8] = []
        GradeFrame.append(.file("a\nb\u{0}c.txt"), to: &bytes)
        GradeFrame.append(.row(label: "<stdin>:7", bytes: [0, 0x0A, 0xFF][...]), to: &bytes)
        GradeFrame.append(.unreadable("x", "why"), to: &bytes)
        GradeFrame.appendPause(to: &bytes)
        GradeFrame.appendGraded(Array("row 1\n".utf8), .init(total: 77, passed: true, steps: [80, 85, 75, 100]), to: &bytes)
        GradeFrame.appendFailed("x: error: no", to: &bytes)
        GradeFrame.appendPage("<html>", to: &bytes)
        GradeFrame.appendDone(to: &bytes)
        // Fed one byte at a time: a frame is never handed out before it is whole.
        var reader = GradeFrameReader()
        var frames: [GradeFrame.Decoded] = []
        for byte in bytes {
            [byte].withUnsafeBytes { reader.feed($0) }
            while let frame = try reader.next() { frames.append(frame) }
        }
        #expect(!reader.hasPartialFrame)
        #expect(frames.count == 8)
        guard frames.count == 8 else { return }
        if case .item(.file(let path)) = frames[0] { #expect(path == "a\nb\u{0}c.txt") } else { Issue.record("\(frames[0])") }
        if case .item(.row(let label, let row)) = frames[1] { #expect(label == "<stdin>:7" && Array(row) == [0, 0x0A, 0xFF]) } else { Issue.record("\(frames[1])") }
        if case .item(.unreadable(let path, let reason)) = frames[2] { #expect(path == "x" && reason == "why") } else { Issue.record("\(frames[2])") }
        if case .pause = frames[3] {} else { Issue.record("\(frames[3])") }
        if case .graded(let text, let figures) = frames[4] {
            #expect(Array(text) == Array("row 1\n".utf8))
            #expect(figures.total == 77 && figures.passed && figures.steps == [80, 85, 75, 100])
        } else { Issue.record("\(frames[4])") }
        if case .failed(let message) = frames[5] { #expect(message == "x: error: no") } else { Issue.record("\(frames[5])") }
        if case .page(let page) = frames[6] { #expect(page == "<html>") } else { Issue.record("\(frames[6])") }
        if case .done = frames[7] {} else { Issue.record("\(frames[7])") }
    }

    @Test func anUnknownFrameIsMalformedNotGuessedAt() {
        var reader = GradeFrameReader()
        Array("Z".utf8).withUnsafeBytes { reader.feed($0) }
        #expect(throws: GradeFrameReader.Malformed.self) { _ = try reader.next() }
    }

    /// The rows a stream of `text` yields, read through a temporary file with `limit`.
    private func rows(_ text: [UInt8], limit: Int) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-lines-\(UUID().uuidString)")
        try Data(text).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        let stream = GradeLineStream(descriptor: descriptor, label: "in", limit: limit, ownsDescriptor: true)
        var found: [String] = []
        while !stream.finished {
            guard let item = stream.next() else { stream.read(); continue }
            switch item {
            case .row(let label, let bytes): found.append("\(label)=\(String(decoding: bytes, as: UTF8.self))")
            case .unreadable(let label, let reason): found.append("\(label)!\(reason.prefix(22))")
            case .file: found.append("file?")
            }
        }
        return found
    }

    @Test func linesAreNumberedBlankOnesSkippedAndCarriageReturnsDropped() throws {
        #expect(try rows(Array("a\r\n\n  \t\nb\nc".utf8), limit: 100) == ["in:1=a", "in:4=b", "in:5=c"])
        // A line of white space with a stray CR inside is blank too (found by the jsonl fuzz target).
        #expect(try rows(Array("a\n \r \r\n\r\t\nb".utf8), limit: 100) == ["in:1=a", "in:4=b"])
    }

    @Test func anOverLongLineIsReportedOnceAndTheNextLineStillRead() throws {
        let long = [UInt8](repeating: 0x78, count: 200_000)
        #expect(try rows(Array("a\n".utf8) + long + Array("\nb\n".utf8), limit: 1_000)
                == ["in:1=a", "in:2!the row is longer than", "in:3=b"])
        #expect(try rows(Array("a\n".utf8) + long, limit: 1_000) == ["in:1=a", "in:2!the row is longer than"])
        #expect(try rows(Array("12345\n".utf8), limit: 5) == ["in:1=12345"], "a row of exactly the limit is read")
    }
}
