/// Collects bytes from a pipe and cuts them into `GradeFrame`s; a frame cut off by the end of what
/// has arrived waits for the rest. A byte that starts no known frame (the peer wrote garbage) is
/// reported as malformed rather than guessed at.
struct GradeFrameReader {
    private var buffer: [UInt8] = []
    private var start = 0

    /// Whether bytes of an unfinished frame are waiting.
    var hasPartialFrame: Bool { start < buffer.count }

    /// Adds bytes read from the pipe.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        if start > 0, start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 1 << 20, start > buffer.count / 2 {
            buffer.removeSubrange(..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// A frame that no peer of this version writes.
    struct Malformed: Error {}

    /// The next whole frame, or nil when more bytes are needed.
    mutating func next() throws(Malformed) -> GradeFrame.Decoded? {
        var cursor = start
        guard cursor < buffer.count else { return nil }
        let kind = buffer[cursor]
        cursor += 1
        let decoded: GradeFrame.Decoded
        switch kind {
        case UInt8(ascii: "F"):
            guard let path = field(&cursor) else { return nil }
            decoded = .item(.file(String(decoding: path, as: UTF8.self)))
        case UInt8(ascii: "R"):
            guard let label = field(&cursor), let bytes = field(&cursor) else { return nil }
            // A copy: a slice would keep the whole read buffer alive and make every later read copy it.
            decoded = .item(.row(label: String(decoding: label, as: UTF8.self), bytes: Array(bytes)[...]))
        case UInt8(ascii: "U"):
            guard let path = field(&cursor), let reason = field(&cursor) else { return nil }
            decoded = .item(.unreadable(String(decoding: path, as: UTF8.self), String(decoding: reason, as: UTF8.self)))
        case UInt8(ascii: "P"):
            decoded = .pause
        case UInt8(ascii: "G"):
            guard let text = field(&cursor), let total = integer(&cursor), cursor + 2 <= buffer.count else { return nil }
            let passed = buffer[cursor] & 1 != 0, notGraded = buffer[cursor] & 2 != 0
            let stepCount = Int(buffer[cursor + 1])
            cursor += 2
            var steps: [Int] = []
            steps.reserveCapacity(stepCount)   // one allocation, not one per doubling, for every row
            for _ in 0..<stepCount {
                guard let step = integer(&cursor) else { return nil }
                steps.append(step)
            }
            decoded = .graded(text: text, figures: .init(total: total, passed: passed, steps: steps, hasTraineeTurn: !notGraded))
        case UInt8(ascii: "E"):
            guard let message = field(&cursor) else { return nil }
            decoded = .failed(String(decoding: message, as: UTF8.self))
        case UInt8(ascii: "H"):
            guard let page = field(&cursor) else { return nil }
            decoded = .page(String(decoding: page, as: UTF8.self))
        case UInt8(ascii: "D"):
            decoded = .done
        default:
            throw Malformed()
        }
        start = cursor
        return decoded
    }

    /// A signed 32-bit little-endian integer, or nil when it has not all arrived.
    private func integer(_ cursor: inout Int) -> Int? {
        guard cursor + 4 <= buffer.count else { return nil }
        var word: UInt32 = 0
        for offset in 0..<4 { word |= UInt32(buffer[cursor + offset]) << UInt32(8 * offset) }
        cursor += 4
        return Int(Int32(bitPattern: word))
    }

    /// A length-prefixed field, or nil when it has not all arrived.
    private func field(_ cursor: inout Int) -> ArraySlice<UInt8>? {
        guard let length = integer(&cursor).map({ Int(UInt32(truncatingIfNeeded: $0)) }), cursor + length <= buffer.count else { return nil }
        defer { cursor += length }
        return buffer[cursor..<cursor + length]
    }
}
