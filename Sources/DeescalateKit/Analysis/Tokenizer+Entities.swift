/// Things in a line that are not words: links, e-mail addresses, @handles, #tags, prices, phone,
/// order and ticket numbers, counters ("1/2"), HTML escapes and sign-offs ("^AB", "~ Olivia" at the
/// end). Each is one token of its own kind, so a "?" inside a link is no question, "ta" in a link is
/// no thanks, and a handle or a signature is neither an English word nor evidence for a move.
extension Tokenizer {
    /// What kind of entity starts at byte `i`, and its length in bytes; nil when a word or
    /// punctuation starts there. `runStart` says whether `i` follows whitespace or the line's start.
    /// Every scan is bounded by the entity it reads, so tokenising stays linear in the line.
    static func entity(_ b: UnsafeBufferPointer<UInt8>, at i: Int, runStart: Bool) -> (length: Int, cls: WordClass)? {
        let n = b.count
        let c = b[i]
        switch c {
        case 0x40 where runStart:                                   // @handle
            let end = scan(b, from: i + 1, while: isHandleByte)
            return end > i + 1 ? (end - i, .entity) : nil
        case 0x23:                                                  // #tag, #12345
            let end = scan(b, from: i + 1, while: isHandleByte)
            return end > i + 1 ? (end - i, .entity) : nil
        case 0x5E:                                                  // ^AB: a signature anywhere
            let end = scan(b, from: i + 1, while: isLetter)
            return end > i + 1 ? (end - i, .entity | .signoff) : nil
        case 0x2B where runStart:                                   // +44 20 7581 0103
            guard i + 1 < n, isDigit(b[i + 1]) else { return nil }
            var end = i + 1
            while end < n && (isDigit(b[end]) || (b[end] == 0x20 || b[end] == 0x2D) && end + 1 < n && isDigit(b[end + 1])) { end += 1 }
            return (end - i, .entity)
        case 0x24:                                                  // $56
            guard i + 1 < n, isDigit(b[i + 1]) else { return nil }
            return (number(b, from: i + 1) - i, .entity | .price)
        case 0xC2:                                                  // £3.50
            guard i + 2 < n, b[i + 1] == 0xA3, isDigit(b[i + 2]) else { return nil }
            return (number(b, from: i + 2) - i, .entity | .price)
        case 0xE2:
            guard i + 2 < n else { return nil }
            if b[i + 1] == 0x82 && b[i + 2] == 0xAC {              // €5
                guard i + 3 < n, isDigit(b[i + 3]) else { return nil }
                return (number(b, from: i + 3) - i, .entity | .price)
            }
            if b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94) { return signOff(b, at: i, skip: 3) }   // – —
            return nil
        case 0x26:                                                  // &amp; &#39;: escapes, read as nothing
            let end = scan(b, from: i + 1, while: { isLetter($0) || isDigit($0) || $0 == 0x23 })
            return end > i + 1 && end - i <= 8 && end < n && b[end] == 0x3B ? (end + 1 - i, .entity | .escape) : nil
        case 0x2A, 0x2F, 0x7E, 0x2D:                                // *SR, /GS, ~ Olivia, -Rene at the end
            return signOff(b, at: i, skip: 1)
        default:
            return nil
        }
    }

    /// A link, an e-mail address or a joined number starting at `start`, a run's first byte, read
    /// once the word scanner has stopped inside the run at a byte that can join one ("." "/" "@"
    /// ":" "-"): ordinary words never pay for the look.
    static func runEntity(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (length: Int, cls: WordClass)? {
        run(b, start, scan(b, from: start, while: { $0 > 0x20 }))
    }

    /// Whether a word that stopped at byte `i` may be the start of a link or a joined number.
    @inline(__always) static func mayContinueAsEntity(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 1 < b.count, b[i + 1] > 0x20 else { return false }
        switch b[i] {
        case 0x2E, 0x2F, 0x40, 0x3A, 0x2D: return true
        default: return false
        }
    }

    /// A whitespace-delimited run that is a link, an e-mail address, a phone, reference or counter
    /// number; trailing punctuation stays outside it.
    private static func run(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (length: Int, cls: WordClass)? {
        var last = end
        while last > start, isTrailingPunctuation(b[last - 1]) { last -= 1 }
        guard last - start >= 3 else { return nil }
        var letters = 0, digits = 0, dots = 0, slashes = 0, at = -1, dashes = 0, colonSlash = false, other = 0
        var k = start
        while k < last {
            let x = b[k]
            if isLetter(x) { letters += 1 } else if isDigit(x) { digits += 1 }
            else if x == 0x2E { dots += 1 } else if x == 0x2F { slashes += 1 } else if x == 0x2D { dashes += 1 }
            else if x == 0x40 { at = k } else if x == 0x3A { colonSlash = colonSlash || (k + 2 < last && b[k + 1] == 0x2F && b[k + 2] == 0x2F) }
            else { other += 1 }
            k += 1
        }
        let lower = { (k: Int) -> UInt8 in b[k] | 0x20 }
        let www = last - start > 4 && lower(start) == 0x77 && lower(start + 1) == 0x77 && lower(start + 2) == 0x77 && b[start + 3] == 0x2E
        if colonSlash || www { return (last - start, .entity | .link) }
        if at > start, dots > 0, letters > 0, (at + 1..<last).contains(where: { b[$0] == 0x2E }) { return (last - start, .entity | .link) }
        // "help.example.com", "swa.is/status": a dotted name with a path, or three dotted parts.
        if letters > 0, dots > 0, slashes > 0 || dots >= 2 || hasDomainEnding(b, start, last), isDotted(b, start, last) {
            return (last - start, .entity | .link)
        }
        // 510-794-4526, 1-800-435-9792, 3/12/2020, 1/2: numbers joined by dashes or slashes.
        if letters == 0, digits >= 2, dashes + slashes > 0, other == 0, dots == 0, isDigit(b[start]), isDigit(b[last - 1]) {
            return (last - start, .entity)
        }
        return nil
    }

    /// Letters and digits on both sides of the first dot: a host name, not "end.Next".
    private static func isDotted(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let dot = (start..<end).first(where: { b[$0] == 0x2E }), dot > start, dot + 1 < end else { return false }
        return (isLetter(b[dot - 1]) || isDigit(b[dot - 1])) && (isLetter(b[dot + 1]) || isDigit(b[dot + 1]))
    }

    /// Whether the run ends in a common top-level domain (".com", ".org", ".co.uk"...).
    private static func hasDomainEnding(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard let dot = (start..<end).last(where: { b[$0] == 0x2E }) else { return false }
        let tail = String(decoding: UnsafeBufferPointer(rebasing: b[(dot + 1)..<end]), as: UTF8.self).lowercased()
        return domainEndings.contains(tail)
    }

    private static let domainEndings: Set<String> = ["com", "org", "net", "gov", "edu", "io", "co", "uk", "us", "ca", "au", "de", "fr", "info", "biz", "ly", "gl", "me", "tv", "app"]

    /// A sign-off: the marker, an optional space, one or two capitalised words or initials, then only
    /// spaces or punctuation to the end of the line.
    private static func signOff(_ b: UnsafeBufferPointer<UInt8>, at i: Int, skip: Int) -> (length: Int, cls: WordClass)? {
        let n = b.count
        var k = i + skip
        if k < n && b[k] == 0x20 { k += 1 }
        guard k < n, b[k] >= 0x41 && b[k] <= 0x5A else { return nil }
        var end = i
        for _ in 0..<2 {
            guard k < n, b[k] >= 0x41 && b[k] <= 0x5A else { break }
            let wordEnd = scan(b, from: k, while: isLetter)
            guard wordEnd - k <= 12 else { return nil }
            end = wordEnd
            k = wordEnd
            if k < n && b[k] == 0x20 { k += 1 }
        }
        guard end > i else { return nil }
        var rest = end
        while rest < n, b[rest] == 0x20 || b[rest] == 0x09 || b[rest] == 0x0A || b[rest] == 0x0D || b[rest] == 0x2E || b[rest] == 0x21 { rest += 1 }
        return rest == n ? (end - i, .entity | .signoff) : nil
    }

    /// The end of digits with "." or "," between digits, from `start`.
    private static func number(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var k = start
        while k < b.count {
            if isDigit(b[k]) { k += 1; continue }
            if (b[k] == 0x2E || b[k] == 0x2C), k + 1 < b.count, isDigit(b[k + 1]) { k += 1; continue }
            break
        }
        return k
    }

    @inline(__always) private static func scan(_ b: UnsafeBufferPointer<UInt8>, from start: Int, while test: (UInt8) -> Bool) -> Int {
        var k = start
        while k < b.count && test(b[k]) { k += 1 }
        return k
    }

    /// Punctuation that ends a sentence or a bracket right after a link: not part of it.
    @inline(__always) private static func isTrailingPunctuation(_ x: UInt8) -> Bool {
        switch x {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x22, 0x27: true
        default: false
        }
    }

    @inline(__always) static func isDigit(_ x: UInt8) -> Bool { x >= 0x30 && x <= 0x39 }
    @inline(__always) private static func isHandleByte(_ x: UInt8) -> Bool { isLetter(x) || isDigit(x) || x == 0x5F }
}
