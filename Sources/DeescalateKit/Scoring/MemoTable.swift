/// One generation of `AnalysisMemo`: analyses found by their line's key (its bytes with digits
/// read as `0`, see `LineKey`) in an open-addressing table. Keys are not kept: an entry's key is
/// its analysis's own text, folded when compared, so a lookup allocates nothing.
struct MemoTable {
    /// For each slot, the key digest's upper half and, in the lower half, the entry number + 1 (0
    /// when empty): most probes are settled without touching an entry. A power of two, at least
    /// twice the entries.
    private var slots: [UInt64]
    private var entries: [Analysis] = []

    /// A table with room for `capacity` entries.
    init(capacity: Int) {
        slots = [UInt64](repeating: 0, count: Self.slotCount(for: capacity))
        entries.reserveCapacity(capacity)
    }

    /// The entries held.
    var count: Int { entries.count }

    /// The analysis of the line whose key is `key` (with digest `digest`), if held.
    func find(_ key: UnsafeRawBufferPointer, digest: UInt64) -> Analysis? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: digest) & mask
        let tag = digest & Self.tagMask
        while true {
            let value = slots[slot]
            if value == 0 { return nil }
            let entry = Int(truncatingIfNeeded: value & ~Self.tagMask) - 1
            if value & Self.tagMask == tag && LineKey.matches(key, entries[entry].text) { return entries[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `analysis`, whose key (with digest `digest`) is not held; the table must have room
    /// (fewer entries than it was made or last emptied for).
    mutating func insert(_ analysis: Analysis, digest: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: digest) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        entries.append(analysis)
        slots[slot] = digest & Self.tagMask | UInt64(entries.count)
    }

    /// Empties the table, keeping its memory, with room for `capacity` entries.
    mutating func removeAll(keepingRoomFor capacity: Int) {
        entries.removeAll(keepingCapacity: true)
        if slots.count < Self.slotCount(for: capacity) {
            slots = [UInt64](repeating: 0, count: Self.slotCount(for: capacity))
        } else {
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        }
    }

    /// The bits of a slot that hold the digest's upper half.
    private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    /// Slots for `capacity` entries: a power of two at least twice as many, so probes stay short
    /// and one is always empty.
    private static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while count < 2 * capacity { count <<= 1 }
        return count
    }
}
