/// The interned vocabulary. Every known word has a small integer id and a set of classes; every
/// surface form (text-speak and contractions included) maps to one to three ids. Lookups go through
/// an open-addressing table keyed by a hash of the lowercased bytes, so tokenising never builds a
/// `String` per word.
struct Lexicon: Sendable {
    /// One surface form: the canonical words it stands for (-1 when unused).
    struct Entry: Sendable {
        var ids: (Int32, Int32, Int32)
        var count: Int
        /// "ill", "id": only "I will"/"I would" when a verb follows.
        var needsVerbAfter: Bool
        /// Classes the surface form adds to its canonical word: irregular "sent" is "send", past.
        var extra: WordClass = []
    }

    /// Built once, with every literal word the rules mention (see `TableImage.current`).
    static let shared = TableImage.current.lexicon

    private(set) var classes: [WordClass] = []
    private(set) var names: [String] = []
    private var idByName: [String: Int32] = [:]
    private(set) var entries: [Entry] = []
    /// A slot of the table: a surface form's hash and its entry (-1 when empty), side by side so
    /// a lookup touches one cache line, not one in each of two arrays (the table is past the L1).
    struct Slot {
        var hash: UInt64 = 0
        var entry: Int32 = -1
    }
    private(set) var slots: [Slot]
    private let mask: Int
    /// How many slots the table has: room for twice the surface forms (a few thousand words, each
    /// with its spellings), so a probe rarely walks far.
    static let slotCount = 1 << 14
    /// What each of the rules' literal words resolves to, worked out once: the rule table names
    /// the same few thousand words tens of thousands of times, and resolving one (its stem, its
    /// written inflection) was most of building the table, which every run waits for.
    private var literals: [String: (id: Int32?, inflection: WordClass)] = [:]

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func hash(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    static func hash(_ text: String) -> UInt64 {
        var h = hashSeed
        for b in text.utf8 { h = hash(h, b) }
        return h
    }

    /// A lexicon as `TableImage` stored it: its words and their classes, the surface forms and the
    /// table that finds them. What a rule's literal resolves to is not stored: it is worked out on
    /// each use, as it was before being kept (only start-up asks, for a few hundred words).
    init(names: [String], classes: [WordClass], entries: [Entry], slots: [Slot]) {
        precondition(names.count == classes.count && slots.count == Self.slotCount, "a lexicon's parts belong together")
        mask = Self.slotCount - 1
        self.names = names
        self.classes = classes
        self.entries = entries
        self.slots = slots
        idByName.reserveCapacity(names.count)
        for (id, name) in names.enumerated() { idByName[name] = Int32(id) }
    }

    init(extraWords: [String]) {
        mask = Self.slotCount - 1
        slots = Array(repeating: Slot(), count: mask + 1)
        // Sized up front (a few thousand words, each literal once): growing the tables by doubling
        // rehashed every word several times while the table was built, which every run waits for.
        idByName.reserveCapacity(8192)
        names.reserveCapacity(8192)
        classes.reserveCapacity(8192)
        entries.reserveCapacity(8192)
        literals.reserveCapacity(extraWords.count / 2)
        var irregular: [(String, Int32)] = []
        for (cls, list) in LexiconWords.classes {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let id = intern(String(word))
                classes[Int(id)].formUnion(cls)
            }
        }
        for word in LexiconWords.passWords.split(whereSeparator: { $0 == " " || $0 == "\n" }) { _ = intern(String(word)) }
        // A listed noun in -ing ("booking") is also the verb's -ing form ("I'm booking an engineer"),
        // and a listed "-ing" word whose stem shares its class is that stem's -ing form ("shouting").
        let plain = WordClass([.word, .known]).rawValue
        for (id, name) in names.enumerated() where name.hasSuffix("ing") && name.count > 5 {
            for stem in [String(name.dropLast(3)), String(name.dropLast(3)) + "e"] {
                guard let s = idByName[stem] else { continue }
                if classes[Int(s)].contains(.act) { classes[id].formUnion([.act, .ing]); break }
                if classes[Int(s)].rawValue & classes[id].rawValue & ~plain != 0 { classes[id].insert(.ing); break }
            }
        }
        for pair in LexiconWords.irregularPast.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let parts = pair.split(separator: ":").map(String.init)
            irregular.append((parts[0], intern(parts[1])))
        }
        // A rule's "removed" must mean the word the tokenizer makes of "removed": the known "remove".
        // Each word once, in the order first named (ids follow that order).
        var seen = Set<String>(minimumCapacity: extraWords.count / 2), distinct: [String] = []
        for word in extraWords where seen.insert(word).inserted { distinct.append(word) }
        for word in distinct where canonical(word) == nil { _ = intern(word) }
        // Every known word is its own surface form; spellings add more.
        for (id, name) in names.enumerated() { add(surface: name, ids: [Int32(id)], needsVerbAfter: false) }
        for (form, base) in irregular { add(surface: form, ids: [base], needsVerbAfter: false, extra: .past) }
        for (surface, canonical) in LexiconWords.spellings {
            add(surface: surface, ids: canonical.split(separator: " ").map { intern(String($0)) }, needsVerbAfter: false)
        }
        for (surface, canonical) in LexiconWords.apostropheLess {
            add(surface: surface, ids: canonical.split(separator: " ").map { intern(String($0)) }, needsVerbAfter: true)
        }
        // Resolved once every word is interned, as a lookup afterwards would resolve them.
        for word in distinct { literals[word] = resolved(word) }
    }

    /// The id of a canonical word, for rules; nil when unknown.
    func id(of word: String) -> Int32? { idByName[word] }

    /// The id a rule's literal word stands for: itself, or its known stem ("booked" -> "book"), as the
    /// tokenizer would find it.
    func literalID(_ word: String) -> Int32? { literal(word).id }

    /// The class a literal's written ending carries when the word is found through its stem, as the
    /// tokenizer marks it: "had", "told", "booked" are past; "booking" (when not a word of its own)
    /// is -ing; a plain word, or one whose past is spelled like it ("put", "set"), carries nothing.
    func inflection(of word: String) -> WordClass {
        literal(word).inflection
    }

    /// A literal's id and written inflection together: one lookup for a rule's literal word.
    func literal(_ word: String) -> (id: Int32?, inflection: WordClass) {
        literals[word] ?? resolved(word)
    }

    /// A literal's id (itself or its stem) and the inflection its written ending carries, from one
    /// stem search: "booked" is "book", past.
    private func resolved(_ word: String) -> (id: Int32?, inflection: WordClass) {
        if let base = LexiconWords.irregularBase[word] { return (idByName[base], base == word ? [] : .past) }
        if let id = idByName[word] { return (id, []) }
        guard let base = canonical(word) else { return (nil, []) }
        let inflection: WordClass = base == word ? [] : word.hasSuffix("ed") ? .past : word.hasSuffix("ing") ? .ing : []
        return (idByName[base], inflection)
    }

    private func canonical(_ word: String) -> String? {
        if let base = LexiconWords.irregularBase[word] { return base }
        if idByName[word] != nil { return word }
        // Every rule's literal words come through here at start-up: read as bytes (the literals are
        // ASCII, as the pattern language is), where String's Character-wise suffix tests, counts and
        // slices were most of resolving them.
        let bytes = Array(word.utf8)
        for (suffix, replacement) in Self.inflectionEndings {
            let ending = suffix.utf8
            guard bytes.count > ending.count + 2, bytes.suffix(ending.count).elementsEqual(ending) else { continue }
            let stem = bytes.dropLast(ending.count) + replacement.utf8
            let base = String(decoding: stem, as: UTF8.self)
            if idByName[base] != nil { return base }
            // A doubled last letter: "stopped" -> "stopp" -> "stop".
            if stem.count > 2, stem[stem.count - 1] == stem[stem.count - 2] {
                let undoubled = String(decoding: stem.dropLast(), as: UTF8.self)
                if idByName[undoubled] != nil { return undoubled }
            }
        }
        return nil
    }

    /// Endings tried, in order, to find a word's stem, and what replaces each.
    static let inflectionEndings = [("ing", ""), ("ing", "e"), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ies", "y"),
                                            ("es", ""), ("s", "")]

    /// The entry for the lowercased bytes whose hash is `h`, or -1.
    @inline(__always) func entryIndex(hash h: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let found = slots[slot]
            if found.entry < 0 { return -1 }
            if found.hash == h { return found.entry }
            slot = (slot + 1) & mask
        }
    }

    private mutating func intern(_ word: String) -> Int32 {
        if let id = idByName[word] { return id }
        let id = Int32(names.count)
        names.append(word)
        classes.append([.word, .known])
        idByName[word] = id
        return id
    }

    /// Adds or replaces the entry for a surface form (later spellings win over plain words).
    private mutating func add(surface: String, ids: [Int32], needsVerbAfter: Bool, extra: WordClass = []) {
        let h = Self.hash(surface)
        let entry = Entry(
            ids: (ids[0], ids.count > 1 ? ids[1] : -1, ids.count > 2 ? ids[2] : -1),
            count: min(ids.count, 3), needsVerbAfter: needsVerbAfter, extra: extra)
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot].entry >= 0 {
            if slots[slot].hash == h { entries[Int(slots[slot].entry)] = entry; return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(hash: h, entry: Int32(entries.count))
        entries.append(entry)
    }
}
