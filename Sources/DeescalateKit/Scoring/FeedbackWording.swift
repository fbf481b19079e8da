import Foundation

/// How feedback names a trainee's reply and quotes it: by its number among the trainee's own replies
/// ("your 2nd reply"), never by transcript turn (which counts the customer's lines too, so a trainee's
/// first reply would be "turn 2"), with their words in quotes, cut down around the words that matter.
enum FeedbackWording {
    /// The longest quotation of a reply, in characters, before it is cut around the cited words.
    static let quoteLimit = 90

    /// "1st", "2nd", "3rd", "4th", "11th", "21st", "112th".
    static func ordinal(_ number: Int) -> String {
        let lastTwo = number % 100, last = number % 10
        let suffix = (11...13).contains(lastTwo) ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th"
        return "\(number)\(suffix)"
    }

    /// "your 2nd reply".
    static func reply(_ turn: ScoringContext.TraineeTurn) -> String {
        "your \(ordinal(turn.position + 1)) reply"
    }

    /// The reply's text in double quotes: whole when short, else the part around `words` (the words a
    /// finding cites) with an ellipsis where it was cut. Double quotes inside become single quotes so
    /// the quotation stays one quotation.
    static func quote(_ turn: ScoringContext.TraineeTurn, around words: String = "") -> String {
        var excerpt = excerpt(of: turn.turn.text, around: words)
        // Through the contiguous bytes: the generic `utf8.contains` walked them one index at a time.
        guard excerpt.withUTF8({ $0.contains(UInt8(ascii: "\"")) }) else { return "\"" + excerpt + "\"" }
        return "\"" + String(excerpt.map { $0 == "\"" ? "'" : $0 }) + "\""
    }

    /// Texts longer than this (in UTF-8 bytes) are quoted from a window around the cited words.
    static let pageBytes = 65_536

    /// `text` with its white space collapsed, cut to about `limit` characters around `words`.
    static func excerpt(of text: String, around words: String, limit: Int = quoteLimit) -> String {
        // Most replies are one short line with single spaces: quoted as they are, with no work
        // (feedback is written for every transcript of a batch, so this is on the grader's hot path).
        if isPlainAndShort(text, limit: limit) { return text }
        // A pasted page: only a stretch around the cited words is read, wide enough that the excerpt
        // within it is the one the whole text gives, so quoting it costs no more than a long reply
        // (feedback quotes a turn once per piece of advice).
        if text.utf8.count > pageBytes {
            let margin = 8 * limit + words.count
            let found = words.isEmpty ? nil : text.range(of: words, options: .caseInsensitive)
            let from = text.index(found?.lowerBound ?? text.startIndex, offsetBy: -margin, limitedBy: text.startIndex) ?? text.startIndex
            let to = text.index(found?.upperBound ?? text.startIndex, offsetBy: margin, limitedBy: text.endIndex) ?? text.endIndex
            let inner = excerptOfWhole(String(text[from..<to]), around: words, limit: limit)
            return (from > text.startIndex && !inner.hasPrefix("…") ? "…" : "") + inner
                + (to < text.endIndex && !inner.hasSuffix("…") ? "…" : "")
        }
        return excerptOfWhole(text, around: words, limit: limit)
    }

    /// `excerpt` reading the whole of `text`.
    private static func excerptOfWhole(_ text: String, around words: String, limit: Int) -> String {
        // Nearly every real reply is ASCII: cut on bytes, with the same result (see `asciiExcerpt`).
        if let excerpt = asciiExcerpt(of: text, around: words, limit: limit) { return excerpt }
        return excerptOfCharacters(text, around: words, limit: limit)
    }

    /// `excerpt` on Characters, for any text. Written for speed with the same result as collapsing
    /// with `split(whereSeparator: \.isWhitespace).joined(separator: " ")`, cutting a `[Character]`
    /// and trimming with Foundation (which the tests keep as the reference): that took half a
    /// millisecond for one tweet-length reply.
    static func excerptOfCharacters(_ text: String, around words: String, limit: Int) -> String {
        // The split and join in one pass: the same pieces, in order, one space between them.
        var clean = ""
        clean.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if isWhitespace(character) {
                pendingSpace = !clean.isEmpty
                continue
            }
            if pendingSpace { clean.append(" "); pendingSpace = false }
            clean.append(character)
        }
        // The joined text's own Characters (joining can, rarely, merge two).
        let characters = Array(clean)
        guard characters.count > limit else { return clean }
        var start = 0, end = limit
        if !words.isEmpty, let range = clean.range(of: words, options: .caseInsensitive) {
            let lower = clean.distance(from: clean.startIndex, to: range.lowerBound)
            let upper = clean.distance(from: clean.startIndex, to: range.upperBound)
            // A third of the room before the cited words, the rest after them.
            start = max(0, lower - limit / 3)
            end = min(characters.count, max(upper, start + limit))
        }
        // Cut at word boundaries, never inside a word.
        while start > 0, start < characters.count, characters[start - 1] != " " { start -= 1 }
        while end < characters.count, end > start, characters[end] != " " { end += 1 }
        // The Characters start..<end are the text between their indices in `clean`.
        let from = clean.index(clean.startIndex, offsetBy: start)
        let to = end == characters.count ? clean.endIndex : clean.index(from, offsetBy: end - start)
        let body = trimmedOfWhitespaces(String(clean[from..<to]))
        return (start > 0 ? "…" : "") + body + (end < characters.count ? "…" : "")
    }

    /// `character.isWhitespace`, answered without the Unicode tables for a one-byte Character.
    private static func isWhitespace(_ character: Character) -> Bool {
        let utf8 = character.utf8
        guard utf8.count == 1, let byte = utf8.first else { return character.isWhitespace }
        return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, asked of Foundation only when an end of the text
    /// is in that set (otherwise trimming leaves it as it is).
    private static func trimmedOfWhitespaces(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        let set = CharacterSet.whitespaces
        guard set.contains(first) || set.contains(last) else { return text }
        return text.trimmingCharacters(in: set)
    }

    /// `excerpt` worked on bytes when `text` is all ASCII (and `words` too, when they are looked for);
    /// nil otherwise. In ASCII every byte is one Character once white space is collapsed (only
    /// "\r\n" joins two, and it is white space), white space is exactly tab to carriage return and
    /// space, and a case-insensitive search only folds A–Z; so the offsets, the cut and the search
    /// all agree with the Character path, at a small fraction of its cost (Foundation's search and
    /// trimming, and a Character array, were a sixth of grading a real archive).
    static func asciiExcerpt(of text: String, around words: String, limit: Int) -> String? {
        var text = text, ascii = true
        let clean = text.withUTF8 { utf8 in
            [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var pendingSpace = false
                count = 0
                for byte in utf8 {
                    if byte >= 0x80 { ascii = false; return }
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace { buffer[count] = 0x20; count += 1; pendingSpace = false }
                    buffer[count] = byte
                    count += 1
                }
            }
        }
        guard ascii else { return nil }
        let count = clean.count
        guard count > limit else { return String(decoding: clean, as: UTF8.self) }
        var start = 0, end = limit
        if !words.isEmpty {
            // A needle past ASCII may still match ASCII when folded (the Kelvin sign is a "k").
            guard !words.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            if let lower = firstMatchIgnoringASCIICase(Array(words.utf8), in: clean) {
                // A third of the room before the cited words, the rest after them.
                start = max(0, lower - limit / 3)
                end = min(count, max(lower + words.utf8.count, start + limit))
            }
        }
        return finish(clean, start: start, end: end)
    }

    /// The cut of `asciiExcerpt`: widened to whole words, trimmed, with an ellipsis where it was cut.
    private static func finish(_ clean: [UInt8], start: Int, end: Int) -> String {
        var start = start, end = end
        let count = clean.count
        while start > 0, start < count, clean[start - 1] != 0x20 { start -= 1 }
        while end < count, end > start, clean[end] != 0x20 { end += 1 }
        var from = start, to = end
        while from < to, clean[from] == 0x20 { from += 1 }
        while to > from, clean[to - 1] == 0x20 { to -= 1 }
        return (start > 0 ? "…" : "") + String(decoding: clean[from..<to], as: UTF8.self) + (end < count ? "…" : "")
    }

    /// Where the ASCII `needle` first occurs in `haystack`, with A–Z and a–z alike.
    private static func firstMatchIgnoringASCIICase(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
        let needle = needle.map(folded)
        let first = needle[0]
        outer: for index in 0...(haystack.count - needle.count) where folded(haystack[index]) == first {
            for offset in 1..<needle.count where folded(haystack[index + offset]) != needle[offset] { continue outer }
            return index
        }
        return nil
    }

    /// Whether `text` has at most `limit` bytes (so at most `limit` characters), no white space but
    /// single spaces between words, and so needs neither collapsing nor cutting.
    static func isPlainAndShort(_ text: String, limit: Int) -> Bool {
        guard text.utf8.count <= limit else { return false }
        var text = text
        return text.withUTF8 { isPlain($0) }
    }

    private static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.first != 0x20, utf8.last != 0x20 else { return false }
        var previousWasSpace = false
        for byte in utf8 {
            // Tab, line breaks and other ASCII controls; multi-byte white space (NBSP, U+2028) too.
            if byte < 0x20 || byte == 0x85 || byte == 0xA0 || byte == 0xC2 || (0xE1...0xE3).contains(byte) { return false }
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return true
    }

    /// The sentence with its first letter capitalised ("your 2nd reply …" → "Your 2nd reply …").
    static func capitalized(_ sentence: String) -> String {
        guard let first = sentence.first else { return sentence }
        return first.uppercased() + sentence.dropFirst()
    }
}
