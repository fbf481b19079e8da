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

    /// The current paste has produced text, so a line break in it separates
    /// words (a break before any text is dropped).
    private var pasteHasText = false

    /// A line break was seen in the paste; it becomes one space if more text
    /// follows, and nothing if the paste ends first. So a pasted paragraph is
    /// one reply with its lines joined by single spaces, and the newline most
    /// copies end with does not leave a trailing space.
    private var pasteBreakPending = false

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
        if rest.first == 0x1B {
            // A lone ESC is the Esc key; a cut-off sequence is dropped.
            return rest.count == 1 && !inPaste ? .escape : nil
        }
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
            // Pasted text is data: line breaks join lines, a tab is a space,
            // other controls are dropped.
            switch byte {
            case 0x0A, 0x0D:
                if pasteHasText { pasteBreakPending = true }
                return nil
            case 0x09: return pastedText(" ")
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
        case 0x07: return .cancel
        case 0x08, 0x7F: return .backspace
        case 0x09: return .tab
        case 0x0A: return .enter
        case 0x0B: return .killToEnd
        case 0x0C: return .clearScreen
        case 0x0D: afterCR = true; return .enter
        case 0x0E: return .down
        case 0x10: return .up
        case 0x12: return .reverseSearch
        case 0x15: return .killToStart
        case 0x17: return .deleteWordBackward
        case 0x19: return .yank
        default: return nil
        }
    }

    /// Text from inside a paste, with a pending line break turned into the
    /// space that joins it to the text before.
    private mutating func pastedText(_ text: String) -> Event {
        defer { pasteHasText = true; pasteBreakPending = false }
        return .insert(pasteBreakPending ? " " + text : text)
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
        guard !cleaned.isEmpty else { return .ignored }
        return .event(inPaste ? pastedText(cleaned) : .insert(cleaned))
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
            return decodeAlt(kind)
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
        if let event = escapeEvent(final: final, params: params) {
            return .event(event)
        }
        return .ignored
    }

    /// ESC followed by something other than `[` or `O`: Alt+key (terminals
    /// send Alt-b as `ESC b`), or the Esc key itself followed by another key.
    private mutating func decodeAlt(_ kind: UInt8) -> Step {
        let printable = kind >= 0x20 && kind < 0x7F
        guard !inPaste else {
            position += printable ? 2 : 1
            return .ignored
        }
        let event: Event?
        switch kind {
        case UInt8(ascii: "b"), UInt8(ascii: "B"): event = .wordLeft
        case UInt8(ascii: "f"), UInt8(ascii: "F"): event = .wordRight
        case UInt8(ascii: "d"), UInt8(ascii: "D"): event = .killWordForward
        case 0x7F, 0x08: event = .killWordBackward
        default:
            guard printable else {
                // Esc then a control key or ESC: report the Esc press and
                // leave the next byte to be decoded on its own.
                position += 1
                return .event(.escape)
            }
            event = nil
        }
        position += 2
        return event.map { .event($0) } ?? .ignored
    }

    /// Maps a complete CSI/SS3 sequence to an event; toggles bracketed paste.
    private mutating func escapeEvent(final: UInt8, params: String) -> Event? {
        if final == UInt8(ascii: "~") {
            switch params {
            case "200":
                inPaste = true
                pasteHasText = false
                pasteBreakPending = false
                return nil
            case "201":
                inPaste = false
                pasteBreakPending = false
                return nil
            default: break
            }
        }
        // Inside a paste nothing but the end marker is a command.
        return inPaste ? nil : Self.keyEvent(final: final, params: params)
    }
}
