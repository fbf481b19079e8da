/// Reading a very long line in windows, so that what the analyzer holds at once (tokens, hits,
/// sentence tables: 20–30 bytes for every byte of text) stays bounded whatever is pasted or fed to
/// `grade`, while every part of the line is still read.
extension Analyzer {
    /// A line up to this many UTF-8 bytes is read in one piece; a longer one in windows of about
    /// this size, cut after a sentence end where there is one. No reply comes near it: only pastes
    /// and hostile input are windowed, and a rule never spans 64 KB.
    static let windowBytes = 64 * 1024

    /// The moves of a line longer than `windowBytes`, window by window, their evidence offsets made
    /// relative to the whole line.
    static func movesInWindows(_ bytes: UnsafeBufferPointer<UInt8>) -> [Move] {
        var moves: [Move] = []
        var start = 0, scalarsBefore = 0
        while start < bytes.count {
            let end = windowEnd(bytes, from: start)
            let window = UnsafeBufferPointer(rebasing: bytes[start..<end])
            var scan = LineScan(bytes: window)
            for var move in scan.run() {
                move.evidence.start += scalarsBefore
                move.evidence.end += scalarsBefore
                moves.append(move)
            }
            // Offsets count Unicode scalars: every byte that is not a UTF-8 continuation byte starts one.
            for byte in window where byte & 0xC0 != 0x80 { scalarsBefore += 1 }
            start = end
        }
        return moves
    }

    /// Where the window starting at `start` ends: just after the last sentence end (". ", "! ", "? ",
    /// a line break) in its second half, else after its last space, else at a character boundary.
    static func windowEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let limit = start + windowBytes
        guard limit < bytes.count else { return bytes.count }
        let half = start + windowBytes / 2
        var space = -1
        var i = limit
        while i > half {
            let byte = bytes[i - 1]
            if byte == 0x0A { return i }
            if byte == 0x20 {
                let before = bytes[i - 2]
                if before == 0x2E || before == 0x21 || before == 0x3F { return i }
                if space < 0 { space = i }
            }
            i -= 1
        }
        if space > 0 { return space }
        // No space at all (one enormous word): cut where a character starts.
        var cut = limit
        while cut > start + 1 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }
}
