/// Terminal column widths of grapheme clusters and strings.
///
/// Terminals lay text out in fixed-width cells, and the line editor has to know
/// how many cells each grapheme cluster occupies to place the cursor. This is an
/// approximation of what `wcwidth(3)` plus modern emoji handling produce:
/// East Asian Wide/Fullwidth and emoji-presentation clusters take 2 columns,
/// clusters made only of combining/format/control scalars take 0, everything
/// else takes 1. Exact agreement with every terminal is impossible (they disagree
/// with each other), so the table favours the common, stable ranges.
enum DisplayWidth {
    /// Inclusive scalar ranges whose East Asian Width is Wide or Fullwidth.
    ///
    /// Sorted so `isWide` can binary-search. Emoji are *not* listed here: they
    /// are detected through Unicode properties, which stay current with the
    /// standard library's Unicode version instead of this hand-made table.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi, CJK symbols and punctuation
        0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, Hangul compat, CJK compat
        0x3400...0x4DBF,    // CJK Extension A
        0x4E00...0x9FFF,    // CJK Unified Ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo Extended-A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18AFF,  // Tangut
        0x1B000...0x1B2FF,  // Kana supplement/extended, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK Extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK Extension G and later
    ]

    /// Whether `value` lies in one of the East Asian Wide/Fullwidth ranges.
    static func isWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Whether a scalar occupies no cell on its own (combining marks, format
    /// characters such as ZWJ, variation selectors, controls).
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            // Hangul medial vowels / final consonants only ever extend a syllable.
            return (0x1160...0x11FF).contains(scalar.value) || scalar.value == 0x200B
        }
    }

    /// Number of terminal columns the grapheme cluster `character` occupies (0, 1 or 2).
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        // A cluster is "invisible" only if every scalar in it is; a base letter
        // followed by combining accents still needs its one cell.
        guard let base = scalars.first(where: { !isZeroWidth($0) }) else { return 0 }
        if isWide(base.value) { return 2 }
        let props = base.properties
        if props.isEmojiPresentation { return 2 }
        // Text-default emoji (e.g. U+2764 HEAVY BLACK HEART) become wide when
        // VS16 asks for emoji presentation; keycaps like "1️⃣" work the same way.
        if props.isEmoji && scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return 1
    }

    /// Total columns of a run of grapheme clusters.
    static func of<S: Sequence>(_ characters: S) -> Int where S.Element == Character {
        characters.reduce(0) { $0 + of($1) }
    }

    /// Columns a prompt occupies once printed, skipping ANSI escape sequences.
    static func ofPrompt(_ prompt: String) -> Int {
        promptCells(prompt).reduce(0) { $0 + $1.width }
    }

    /// A prompt split into what the terminal draws: one cell per grapheme
    /// cluster with its width, and each ANSI escape sequence as a cell of
    /// width 0 kept verbatim (so colour still reaches the terminal).
    ///
    /// Prompts are often coloured (`"\u{1B}[32m> \u{1B}[0m"`); the escape bytes
    /// take no cells, so counting them would misplace the cursor. CSI sequences
    /// (`ESC [ ... final`), OSC sequences (`ESC ] ... BEL` or `ESC ] ... ESC \`)
    /// and two-byte `ESC x` sequences are recognised. Other control characters
    /// are shown as "?" so they cannot move the cursor.
    static func promptCells(_ prompt: String) -> [(text: String, width: Int)] {
        var cells: [(text: String, width: Int)] = []
        var chars = Array(prompt)[...]
        while let c = chars.popFirst() {
            guard c == "\u{1B}" else {
                let isControl = c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
                cells.append(isControl ? ("?", 1) : (String(c), of(c)))
                continue
            }
            var sequence = String(c)
            guard let kind = chars.popFirst() else { break }
            sequence.append(kind)
            var complete = true
            if kind == "[" {
                // Parameters and intermediates run until a final byte in 0x40...0x7E.
                complete = false
                while let next = chars.popFirst() {
                    sequence.append(next)
                    if let ascii = next.asciiValue, (0x40...0x7E).contains(ascii) { complete = true; break }
                }
            } else if kind == "]" {
                complete = false
                while let next = chars.popFirst() {
                    sequence.append(next)
                    if next == "\u{07}" { complete = true; break }
                    if next == "\u{1B}" {
                        if let terminator = chars.popFirst() { sequence.append(terminator); complete = true }
                        break
                    }
                }
            }
            // A cut-off sequence would swallow whatever is printed after it.
            if complete { cells.append((sequence, 0)) }
        }
        return cells
    }
}
