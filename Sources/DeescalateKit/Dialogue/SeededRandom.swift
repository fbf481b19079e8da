/// A small, fast, seedable random source (SplitMix64), so the same seed gives the same conversation
/// on every machine and every run. Its whole state is one number, which makes it easy to save.
public struct SeededRandom: RandomNumberGenerator, Sendable, Hashable {
    /// The generator's state; saving and restoring it resumes the same sequence.
    public private(set) var state: UInt64

    /// A generator seeded with `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniformly chosen index below `count` (which must be positive), without modulo bias.
    public mutating func index(below count: Int) -> Int {
        precondition(count > 0, "index(below:) needs a positive count")
        return Int(next(upperBound: UInt64(count)))
    }
}
