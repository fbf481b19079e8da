/// One word, punctuation mark or emoji of a line, with where it came from.
struct Token {
    /// The canonical word id, -1 for an unknown word, -2 for punctuation and emoji.
    var id: Int32
    var cls: WordClass
    /// Unicode scalar offsets in the line (end exclusive): what `Evidence` reports.
    var start: Int32
    var end: Int32
    /// UTF-8 offsets, to cut evidence words out of the line without re-walking it.
    var byteStart: Int32
    var byteEnd: Int32
}

/// Splits UTF-8 bytes into tokens in one pass: lowercases ASCII itself, hashes each word into the
/// lexicon, expands contractions ("can't" -> can not) and text-speak ("im sry" -> i am sorry), and
/// strips regular endings so "refunded" is the fixing verb "refund", marked past.
struct Tokenizer {
    let lexicon: Lexicon
    let ids: (no: Int32, number: Int32, ill: Int32, id: Int32, not: Int32, i: Int32, will: Int32, would: Int32)
    let numberBefore: Set<Int32>
    /// "should of" is "should have"; "Still," opening a sentence is "but".
    let spoken: (of: Int32, have: Int32, still: Int32, say: Int32, that: Int32)

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        func id(_ w: String) -> Int32 { lexicon.id(of: w) ?? -1 }
        ids = (id("no"), id("number"), id("ill"), id("id"), id("not"), id("i"), id("will"), id("would"))
        numberBefore = Set(["order", "account", "reference", "ref", "case", "ticket", "phone", "tracking"].map(id))
        spoken = (id("of"), id("have"), id("still"), id("say"), id("that"))
    }

    /// Appends the tokens of `bytes` to `tokens`.
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buf in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 49) { hashes in
            var i = 0, scalar: Int32 = 0
            let n = bytes.count
            var quoteOpen = -1
            while i < n {
                let first = bytes[i]
                if Self.mayStartEntity(first) {
                    if let entity = Self.entity(bytes, at: i, runStart: i == 0 || Self.opensRun(bytes[i - 1])) {
                        let scalars = Int32(Self.scalarCount(bytes, i, entity.length))
                        if !entity.cls.contains(.escape) {
                            tokens.append(Token(id: -2, cls: entity.cls, start: scalar, end: scalar + scalars,
                                                byteStart: Int32(i), byteEnd: Int32(i + entity.length)))
                        }
                        i += entity.length; scalar += scalars
                        continue
                    }
                }
                let (value, len) = Self.decode(bytes, i)
                if Self.isWordScalar(value) {
                    // Scan one word; "'" or "’" between letters and "." ":" "," between digits stay inside.
                    let wordByteStart = i, wordStart = scalar
                    var length = 0, letters = 0, uppers = 0, digits = 0, foreign = false
                    let titled = first >= 65 && first <= 90
                    while i < n {
                        let (v, l) = Self.decode(bytes, i)
                        var byte: UInt8
                        if Self.isWordScalar(v) {
                            if v < 0x80 {
                                byte = UInt8(v)
                                if byte >= 65 && byte <= 90 { uppers += 1; letters += 1; byte += 32 }
                                else if byte >= 97 { letters += 1 } else { digits += 1 }
                            } else { foreign = true; byte = UInt8(truncatingIfNeeded: v) | 0x80 }
                        } else if (v == 0x27 || v == 0x2019) && i + l < n && Self.isLetter(bytes[i + l]) && letters > 0 {
                            byte = 0x27
                        } else if (v == 0x2E || v == 0x3A || v == 0x2C) && digits > 0 && i + 1 < n
                                    && bytes[i + 1] >= 48 && bytes[i + 1] <= 57 {
                            byte = UInt8(v)
                        } else { break }
                        if length < 48 { buf[length] = byte }
                        length += 1; i += l; scalar += 1
                    }
                    // "www.example.com", "help@example.com", "1-800-555-0199": the word stopped inside a link,
                    // an address or a joined number that starts the run.
                    if i < n && Self.mayContinueAsEntity(bytes, i) && (wordByteStart == 0 || Self.opensRun(bytes[wordByteStart - 1])),
                       let entity = Self.runEntity(bytes, from: wordByteStart) {
                        let end = wordByteStart + entity.length
                        scalar = wordStart + Int32(Self.scalarCount(bytes, wordByteStart, entity.length))
                        tokens.append(Token(id: -2, cls: entity.cls, start: wordStart, end: scalar,
                                            byteStart: Int32(wordByteStart), byteEnd: Int32(end)))
                        i = end
                        continue
                    }
                    var cls: WordClass = .word
                    if uppers >= 2 && uppers == letters { cls.insert(.caps) } else if titled && letters >= 2 { cls.insert(.title) }
                    if foreign || length > 40 {
                        let span = (wordStart, scalar, Int32(wordByteStart), Int32(i))
                        tokens.append(Token(id: -1, cls: cls, start: span.0, end: span.1, byteStart: span.2, byteEnd: span.3))
                    } else if digits > 0 {
                        // "5pm", "5 pm", "1:25 p.m.": a clock time; "3rd": a number; "HT2081", "K2": a reference.
                        let meridiem = letters == 0 ? Self.meridiem(bytes, at: i) : 0
                        i += meridiem; scalar += Int32(meridiem)
                        let span = (wordStart, scalar, Int32(wordByteStart), Int32(i))
                        if meridiem > 0 || (length >= 3 && buf[length - 1] == 109 && (buf[length - 2] == 97 || buf[length - 2] == 112)) {
                            cls.formUnion(.num | .time)
                        } else if letters > 0 && !Self.isOrdinal(buf, length, letters: letters) {
                            tokens.append(Token(id: -2, cls: .entity, start: span.0, end: span.1, byteStart: span.2, byteEnd: span.3))
                            continue
                        } else {
                            cls.insert(.num)
                        }
                        tokens.append(Token(id: -1, cls: cls, start: span.0, end: span.1, byteStart: span.2, byteEnd: span.3))
                    } else {
                        let span = (wordStart, scalar, Int32(wordByteStart), Int32(i))
                        // "f***", "s**t": a word masked with asterisks is a censored swear word.
                        // "*so*" is emphasis, not masking.
                        // "*Device plays song*" marks an action, and a long word before a star is no masked one.
                        if i + 1 < n && bytes[i] == 0x2A && (wordByteStart == 0 || bytes[wordByteStart - 1] != 0x2A)
                            && length <= 4 && (bytes[i + 1] == 0x2A || Self.isLetter(bytes[i + 1])) { cls.insert(.profane) }
                        emitWord(UnsafeMutableBufferPointer(rebasing: buf[0..<length]), extra: cls, span: span, scratch: hashes, into: &tokens)
                    }
                    continue
                }
                var punct = WordClass(rawValue: 0)
                switch value {
                case 0x2C, 0x3A, 0x2014, 0x2013, 0xFF0C, 0x3001: punct = .comma
                case 0x2D: if i > 0 && bytes[i - 1] == 0x20 { punct = .comma }   // a spaced hyphen is a dash
                case 0x21, 0xFF01: punct = .end | .exclaim
                case 0x2E, 0x3B, 0x0A, 0x2026, 0x3002: punct = .end
                case 0x3F, 0xFF1F: punct = .qmark
                case 0x1F644, 0x1F612, 0x1F643, 0x1F60F, 0x1F926, 0x1F937: punct = .emoji | .sarcEmoji
                case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x2300...0x23FF: punct = .emoji
                case 0x22, 0x201C, 0x201D:
                    // A quotation: a title or someone's words, marked so that what it says is not said.
                    if quoteOpen < 0 && value != 0x201D { quoteOpen = tokens.count }
                    else if quoteOpen >= 0 && value != 0x201C {
                        if tokens.count - quoteOpen <= 16 { for k in quoteOpen..<tokens.count { tokens[k].cls.insert(.quoted) } }
                        quoteOpen = -1
                    }
                default: break
                }
                if !punct.isEmpty {
                    // "..." and "!!" are one mark; "??" stays two, a cue for a rhetorical question.
                    let repeatsEnd = punct.contains(.end) && tokens.last.map { $0.cls.contains(.end) && $0.byteEnd == Int32(i) } == true
                    if !repeatsEnd {
                        tokens.append(Token(id: -2, cls: punct, start: scalar, end: scalar + 1,
                                            byteStart: Int32(i), byteEnd: Int32(i + len)))
                    }
                }
                i += len; scalar += 1
            }
        }
        }
    }

    /// `scratch` holds at least `w.count + 1` hashes.
    private func emitWord(_ w: UnsafeMutableBufferPointer<UInt8>, extra: WordClass, span: (Int32, Int32, Int32, Int32),
                          scratch: UnsafeMutableBufferPointer<UInt64>, into tokens: inout [Token]) {
        func push(_ id: Int32, _ more: WordClass) {
            let cls = id >= 0 ? lexicon.classes[Int(id)].union(extra).union(more) : extra.union(more)
            tokens.append(Token(id: id, cls: cls, start: span.0, end: span.1, byteStart: span.2, byteEnd: span.3))
        }
        func pushEntry(_ e: Int32, _ more: WordClass) {
            let entry = lexicon.entries[Int(e)]
            // "ill"/"id" are kept as one token here and split in `finish` once the next word is known.
            if entry.needsVerbAfter { push(w.count == 3 ? ids.ill : ids.id, more); return }
            let more = more.union(entry.extra)
            push(entry.ids.0, more)
            if entry.count > 1 { push(entry.ids.1, more) }
            if entry.count > 2 { push(entry.ids.2, more) }
        }
        // The hash of every prefix of the word, from one pass: the stem searches below look up
        // prefixes ("refund" in "refunded", "courier" in "courier's"), and hashing each again from
        // its first byte was most of a word's lookups.
        var h = Lexicon.hashSeed
        scratch[0] = h
        for j in 0..<w.count {
            h = Lexicon.hash(h, w[j])
            scratch[j + 1] = h
        }
        let prefixes = UnsafeBufferPointer(rebasing: scratch[0...w.count])
        let e = lexicon.entryIndex(hash: prefixes[w.count])
        if e >= 0 { pushEntry(e, []); return }
        if let apostrophe = w.lastIndex(of: 0x27) {
            let suffix = w.count - apostrophe - 1
            if suffix == 1 && w[apostrophe + 1] == 116 && apostrophe > 0 && w[apostrophe - 1] == 110 {
                let stem = lookupStemmed(UnsafeMutableBufferPointer(rebasing: w[0..<(apostrophe - 1)]), prefixes: prefixes, whole: false)
                push(stem.0, stem.1); push(ids.not, [])            // "shouldn't" -> should not
                return
            }
            let stem = lookupStemmed(UnsafeMutableBufferPointer(rebasing: w[0..<apostrophe]), prefixes: prefixes, whole: false)
            push(stem.0, stem.1)                                    // "courier's" -> courier
            let tail: String? = switch (suffix, w[apostrophe + 1]) {
            case (2, 108): "will"; case (2, 114): "are"; case (2, 118): "have"; case (1, 109): "am"; case (1, 100): "would"
            // "how's", "where's": after a question word or a pronoun 's is "is"; after a noun it is possessive.
            case (1, 115) where stem.0 >= 0 && !lexicon.classes[Int(stem.0)].isDisjoint(with: .wh | .third): "is"
            default: nil
            }
            if let tail, let id = lexicon.id(of: tail) { push(id, []) }
            return
        }
        let stem = lookupStemmed(w, prefixes: prefixes, whole: true)
        push(stem.0, stem.1)
    }

    /// The id and extra classes of a word after stripping a regular ending; -1 with the ending's
    /// class when no stem is known. `prefixes[k]` is the hash of the first `k` bytes of `w` (it may
    /// hash a longer word of which `w` is the start); `whole` says `w` itself was looked up already.
    private func lookupStemmed(_ w: UnsafeMutableBufferPointer<UInt8>, prefixes: UnsafeBufferPointer<UInt64>, whole: Bool) -> (Int32, WordClass) {
        let n = w.count
        func ends(_ s: StaticString) -> Bool {
            let k = s.utf8CodeUnitCount
            guard n > k + 1 else { return false }
            for j in 0..<k where w[n - k + j] != s.utf8Start[j] { return false }
            return true
        }
        func tryBase(_ len: Int, _ add: UInt8? = nil) -> Int32 {
            let e = lexicon.entryIndex(hash: add.map { Lexicon.hash(prefixes[len], $0) } ?? prefixes[len])
            return e >= 0 ? lexicon.entries[Int(e)].ids.0 : -1
        }
        func tryVerb(_ base: Int) -> Int32 {
            var id = tryBase(base)
            if id < 0 { id = tryBase(base, 101) }                                 // mov(e)
            if id < 0 && base > 2 && w[base - 1] == w[base - 2] { id = tryBase(base - 1) }   // stop(p)ed
            return id
        }
        if n > 0 && !whole {
            let e = lexicon.entryIndex(hash: prefixes[n])
            if e >= 0 { return (lexicon.entries[Int(e)].ids.0, lexicon.entries[Int(e)].extra) }
        }
        if ends("ing") { return (tryVerb(n - 3), .ing) }
        if ends("ied") { return (tryBase(n - 3, 121), .past) }
        if ends("ed") { return (tryVerb(n - 2), .past) }
        if ends("ies") { return (tryBase(n - 3, 121), []) }
        if ends("s") && !ends("ss") {
            var id = tryBase(n - 1)
            if id < 0 && ends("es") { id = tryBase(n - 2) }
            return (id, [])
        }
        return (-1, [])
    }

    @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = b.count
        if b0 < 0xE0, i + 1 < n { return ((UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < n {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if i + 3 < n {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                    | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, n - i)
    }
}
