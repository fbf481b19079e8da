/// Turns raw terminal input bytes into key events.
///
/// Pure and incremental: bytes are fed as they arrive from `read(2)` and events
/// are pulled one at a time. Pulling one at a time matters: when a pasted chunk
/// contains a newline, the editor stops at `.enter` and the bytes after it stay
/// here for the next `readLine` call instead of being lost. Partial UTF-8
/// sequences and partial escape sequences that end a read are kept until more
/// bytes arrive (or until `flushIncomplete()` after a timeout). Unknown escape
/// sequences are consumed and dropped; no byte sequence can trap.
struct KeyDecoder {
    /// A decoded key press (or pasted text).
    enum Event: Equatable {
        /// Printable text to insert (may hold many characters from a paste).
        case insert(String)
        /// Enter / Return (CR or LF).
        case enter
        /// Backspace (0x7F or 0x08).
        case backspace
        /// Delete key (`ESC [ 3 ~`).
        case delete
        /// Cursor left (arrow, Ctrl-B).
        case left
        /// Cursor right (arrow, Ctrl-F).
        case right
        /// Ctrl/Alt-Left: previous word.
        case wordLeft
        /// Ctrl/Alt-Right: next word.
        case wordRight
        /// Home, Ctrl-A.
        case home
        /// End, Ctrl-E.
        case end
        /// Up arrow, Ctrl-P: older history.
        case up
        /// Down arrow, Ctrl-N: newer history.
        case down
        /// Ctrl-K: kill to end of line.
        case killToEnd
        /// Ctrl-U: kill to start of line.
        case killToStart
        /// Ctrl-W: delete previous word.
        case deleteWordBackward
        /// Ctrl-C.
        case interrupt
        /// Ctrl-D (end of input on an empty line, delete otherwise).
        case endOfFile
        /// Ctrl-L: clear screen and redraw.
        case clearScreen
    }

    /// Longest escape sequence we are willing to buffer; anything longer is
    /// garbage and is discarded so a stray ESC cannot swallow input forever.
    private static let maxSequenceLength = 32

    /// Bytes received but not yet turned into events.
    private var pending: [UInt8] = []

    /// Read position inside `pending`; consumed bytes are dropped lazily so
    /// decoding a large paste stays linear.
    private var position = 0

    /// Inside a bracketed paste (`ESC [ 200 ~` … `ESC [ 201 ~`), where
    /// control bytes are literal text rather than editing commands.
    private var inPaste = false

    /// The previous event was a CR, so an immediately following LF belongs
    /// to the same line break (CRLF) and must not accept a second, empty line.
    private var afterCR = false

    /// Creates a decoder with no buffered input.
    init() {}

    /// Whether undecoded bytes are buffered (complete or not).
    var hasPendingBytes: Bool { position < pending.count }

    /// Appends freshly read bytes.
    mutating func feed<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        if position > 4096, position * 2 > pending.count {
            pending.removeSubrange(..<position)
            position = 0
        }
        pending.append(contentsOf: bytes)
    }

    /// Decodes the next event, or returns `nil` when the buffered bytes are
    /// empty or form only the beginning of a sequence (more input needed).
    mutating func nextEvent() -> Event? {
        while position < pending.count {
            let byte = pending[position]
            if afterCR {
                afterCR = false
                if byte == 0x0A { position += 1; continue }
            }
            if byte == 0x1B {
                switch decodeEscape() {
                case .needMore: return nil
                case .event(let event): return event
                case .ignored: continue
                }
            }
            if byte < 0x20 || byte == 0x7F {
                position += 1
                if let event = controlEvent(byte) { return event }
                continue
            }
            switch decodeText() {
            case .needMore: return nil
            case .event(let event): return event
            case .ignored: continue
            }
        }
        return nil
    }

    /// Called when no more bytes arrived within a short timeout: whatever is
    /// incomplete will never complete (a lone Esc key press, a truncated
    /// UTF-8 sequence), so drop escapes and turn broken UTF-8 into U+FFFD.
    mutating func flushIncomplete() -> Event? {
        guard position < pending.count else { return nil }
        let rest = pending[position...]
        position = pending.count
        if rest.first == 0x1B { return nil }
        return .insert(String(decoding: rest, as: UTF8.self))
    }

    /// Outcome of trying to decode at the current position.
    private enum Step {
        case needMore, event(Event), ignored
    }

    /// Maps a C0 control byte (or DEL) to an event; unhandled ones yield `nil`
    /// and are dropped so they never end up inside the line.
    private mutating func controlEvent(_ byte: UInt8) -> Event? {
        if inPaste {
            // Pasted text is data: only line breaks and tabs mean anything.
            switch byte {
            case 0x0D: afterCR = true; return .enter
            case 0x0A: return .enter
            case 0x09: return .insert(" ")
            default: return nil
            }
        }
        switch byte {
        case 0x01: return .home
        case 0x02: return .left
        case 0x03: return .interrupt
        case 0x04: return .endOfFile
        case 0x05: return .end
        case 0x06: return .right
        case 0x08, 0x7F: return .backspace
        case 0x09: return .insert(" ")
        case 0x0A: return .enter
        case 0x0B: return .killToEnd
        case 0x0C: return .clearScreen
        case 0x0D: afterCR = true; return .enter
        case 0x0E: return .down
        case 0x10: return .up
        case 0x15: return .killToStart
        case 0x17: return .deleteWordBackward
        default: return nil
        }
    }

    /// Collects a run of printable text up to the next control byte or ESC.
    private mutating func decodeText() -> Step {
        let start = position
        var index = position
        while index < pending.count {
            let byte = pending[index]
            if byte < 0x20 || byte == 0x7F { break }
            if byte < 0x80 { index += 1; continue }
            let length = Self.sequenceLength(leadByte: byte)
            if index + length > pending.count {
                // Possibly a character split across reads: wait for the rest,
                // unless the bytes we have already prove it is invalid.
                let available = pending[(index + 1)...].prefix(length - 1)
                if length > 1, available.allSatisfy({ $0 & 0xC0 == 0x80 }) {
                    break
                }
            }
            // Advance over the whole sequence only if it is well formed, so a
            // control byte hiding where a continuation byte should be (e.g.
            // `C3 0D`) is still seen as a control on the next pass.
            let end = index + length
            let complete = length > 1 && end <= pending.count
                && pending[(index + 1)..<end].allSatisfy({ $0 & 0xC0 == 0x80 })
            index += complete ? length : 1
        }
        position = index
        guard index > start else { return .needMore }
        // String(decoding:) substitutes U+FFFD for every invalid byte, and
        // C1 controls are stripped because terminals interpret them.
        let text = String(decoding: pending[start..<index], as: UTF8.self)
        let cleaned = String(String.UnicodeScalarView(
            text.unicodeScalars.filter { !(0x80...0x9F).contains($0.value) }))
        return cleaned.isEmpty ? .ignored : .event(.insert(cleaned))
    }

    /// Expected UTF-8 sequence length for a lead byte (1 for invalid leads,
    /// which are then decoded as U+FFFD by themselves).
    private static func sequenceLength(leadByte byte: UInt8) -> Int {
        switch byte {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 1
        }
    }

    /// Decodes a sequence starting with ESC at the current position.
    private mutating func decodeEscape() -> Step {
        let start = position
        guard start + 1 < pending.count else { return .needMore }
        let kind = pending[start + 1]
        guard kind == UInt8(ascii: "[") || kind == UInt8(ascii: "O") else {
            // Alt+key or a stray ESC. Inside a paste it is just dropped; an
            // ESC-ESC pair consumes only the first so the second can start a sequence.
            position += (kind >= 0x20 && kind < 0x7F) ? 2 : 1
            return .ignored
        }
        // Parameter bytes 0x20...0x3F, then a final byte 0x40...0x7E. For
        // SS3 (`ESC O x`) the final byte comes right away.
        var index = start + 2
        while index < pending.count, (0x20...0x3F).contains(pending[index]), kind == UInt8(ascii: "[") {
            index += 1
        }
        guard index < pending.count else {
            if index - start > Self.maxSequenceLength { position = index; return .ignored }
            return .needMore
        }
        let final = pending[index]
        position = index + 1
        guard (0x40...0x7E).contains(final) else {
            // Malformed: drop the introducer, then resume at the offending byte.
            position = index
            return .ignored
        }
        let params = String(decoding: pending[(start + 2)..<index], as: UTF8.self)
        if let event = Self.escapeEvent(final: final, params: params, paste: &inPaste) {
            return .event(event)
        }
        return .ignored
    }

    /// Maps a complete CSI/SS3 sequence to an event; toggles bracketed paste.
    private static func escapeEvent(final: UInt8, params: String, paste: inout Bool) -> Event? {
        if final == UInt8(ascii: "~") {
            switch params {
            case "200": paste = true; return nil
            case "201": paste = false; return nil
            default: break
            }
        }
        // Inside a paste nothing but the end marker is a command.
        if paste { return nil }
        let fields = params.split(separator: ";")
        let modifier = fields.count > 1 ? Int(fields[1]) ?? 1 : 1
        // xterm modifier codes: 3 = Alt, 5 = Ctrl (plus Shift variants 4, 6).
        let wordwise = modifier >= 3
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return wordwise ? .wordRight : .right
        case UInt8(ascii: "D"): return wordwise ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch fields.first {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            default: return nil
            }
        default: return nil
        }
    }
}
