/// The lexicon in a table image: its words (names and classes), its surface forms (entries) and the
/// occupied slots of the table that finds them, so loading writes each slot where it was rather
/// than probing for it again.
extension Lexicon {
    func write(to out: inout ImageWriter) {
        out.count(names.count)
        for (name, cls) in zip(names, classes) {
            out.text(name)
            out.bits(cls.rawValue)
        }
        out.count(entries.count)
        for entry in entries {
            out.byte(UInt8(entry.count) | (entry.needsVerbAfter ? 0x80 : 0))
            let ids = [entry.ids.0, entry.ids.1, entry.ids.2]
            for id in ids.prefix(entry.count) { out.count(Int(id)) }
            out.bits(entry.extra.rawValue)
        }
        let occupied = slots.indices.filter { slots[$0].entry >= 0 }
        out.count(occupied.count)
        var previous = -1
        for slot in occupied {
            out.count(slot - previous - 1)
            previous = slot
            out.word64(slots[slot].hash)
            out.count(Int(slots[slot].entry))
        }
    }

    init(reading input: inout ImageReader) throws(ImageReader.Damaged) {
        let wordCount = try input.count(atMost: 1 << 20)
        var names: [String] = [], classes: [WordClass] = []
        names.reserveCapacity(input.room(for: wordCount))
        classes.reserveCapacity(input.room(for: wordCount))
        for _ in 0..<wordCount {
            names.append(try input.text())
            classes.append(WordClass(rawValue: try input.bits()))
        }
        guard wordCount > 0 else { throw ImageReader.Damaged() }
        let entryCount = try input.count(atMost: Self.slotCount)
        var entries: [Entry] = []
        entries.reserveCapacity(input.room(for: entryCount))
        for _ in 0..<entryCount {
            let head = try input.byte()
            let count = Int(head & 0x7F)
            guard (1...3).contains(count) else { throw ImageReader.Damaged() }
            var ids: [Int32] = [-1, -1, -1]
            for k in 0..<count { ids[k] = Int32(try input.count(atMost: wordCount - 1)) }
            entries.append(Entry(ids: (ids[0], ids[1], ids[2]), count: count, needsVerbAfter: head & 0x80 != 0,
                                 extra: WordClass(rawValue: try input.bits())))
        }
        var slots = Array(repeating: Slot(), count: Self.slotCount)
        // A full table would make a lookup of an unknown word probe for ever.
        let occupied = try input.count(atMost: Self.slotCount - 1)
        guard occupied == 0 || entryCount > 0 else { throw ImageReader.Damaged() }
        var slot = -1
        for _ in 0..<occupied {
            slot += 1 + (try input.count(atMost: Self.slotCount))
            guard slot < Self.slotCount else { throw ImageReader.Damaged() }
            let hash = try input.word64()
            let entry = try input.count(atMost: entryCount - 1)
            slots[slot] = Slot(hash: hash, entry: Int32(entry))
        }
        self.init(names: names, classes: classes, entries: entries, slots: slots)
    }
}
