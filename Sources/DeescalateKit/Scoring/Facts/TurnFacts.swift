/// What the rules need to know about one trainee turn, worked out once from the analyzer's reading.
/// Every trainee move comes from `Analysis` — the same reading the dialogue engine's customers react
/// to — so the grade and the simulation never disagree about what the trainee did. The only facts
/// added here are not moves: how many apologies (counted from the analysis) and whether the line is
/// shouted in capitals.
struct TurnFacts: Sendable {
    /// The analyzer's moves, in order of where they start.
    let moves: [Move]
    /// Apology moves in the turn ("Sorry. So sorry. Really sorry." counts three).
    let apologyCount: Int
    /// Whether the line is typed mostly in capitals (at least 12 letters, 60% of them capitals).
    let isShouted: Bool
    /// Whether the turn is hostile (a hostile move, or shouting), so its good words earn nothing.
    let isHostile: Bool
    private let kindBits: UInt32
    private let stepBits: UInt8

    /// Kinds that make a turn hostile: its good words count for nothing.
    static let hostileKinds: [MoveKind] = [.blame, .accusation, .condescension, .dismissal, .calmDown, .sarcasm, .insult, .threat]

    init(text: String, analysis: Analysis) {
        moves = analysis.moves
        var kinds: UInt32 = 0, steps: UInt8 = 0, apologies = 0
        for move in analysis.moves {
            kinds |= Self.bit(move.kind)
            if let step = move.kind.category.step { steps |= Self.bit(step) }
            if move.kind == .apology { apologies += 1 }
        }
        kindBits = kinds
        stepBits = steps
        apologyCount = apologies
        isShouted = Self.isShouted(text)
        isHostile = isShouted || Self.hostileKinds.contains { kinds & Self.bit($0) != 0 }
    }

    /// Whether the turn has a move of `kind`.
    func has(_ kind: MoveKind) -> Bool { kindBits & Self.bit(kind) != 0 }

    /// Whether the turn performs `step` (hostile or not).
    func performs(_ step: Step) -> Bool { stepBits & Self.bit(step) != 0 }

    /// Shouting: at least 12 ASCII letters, 60% or more of them capitals.
    static func isShouted(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            // Counted 32 bytes at a time, stopping once the capitals could not reach 60% even if
            // every byte left were one (2 capitals to every 3 lower-case letters): ordinary text
            // settles that within its first words, and every trainee turn passes through here.
            var letters = 0, capitals = 0, start = 0
            while start < utf8.count {
                let end = min(start + 32, utf8.count)
                let counted = countLetters(UnsafeBufferPointer(rebasing: utf8[start..<end]))
                letters += counted.letters
                capitals += counted.capitals
                start = end
                if 2 * (capitals + utf8.count - start) < 3 * (letters - capitals) { return false }
            }
            return letters >= 12 && capitals * 10 >= letters * 6
        }
    }

    /// ASCII letters and capitals among them, eight bytes at a time in one 64-bit word: every
    /// trainee turn's text passes through here, and byte by byte the letter test was a branch
    /// mispredicted about half the time. (Swift's SIMD types were compiled lane by lane here.)
    static func countLetters(_ utf8: UnsafeBufferPointer<UInt8>) -> (letters: Int, capitals: Int) {
        var letters = 0, capitals = 0, index = 0
        if let base = UnsafeRawPointer(utf8.baseAddress) {
            let highs: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
            while index + 8 <= utf8.count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Per byte, with no carry or borrow between bytes: fold to lower case and drop the
                // top bit, then test 0x61...0x7A by the top bit of two sums; bytes past ASCII never count.
                let folded = (word | (ones &* 0x20)) & ~highs
                let atLeastA = (folded &+ ones &* (0x80 - 0x61)) & highs
                let atMostZ = (ones &* (0x80 + 0x7A) &- folded) & highs
                let isLetter = atLeastA & atMostZ & ~word
                // A capital letter has bit 0x20 clear; shifted by two it lands on the byte's top bit.
                let isCapital = isLetter & ~(word << 2)
                letters += isLetter.nonzeroBitCount
                capitals += isCapital.nonzeroBitCount
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if (byte | 0x20) &- 0x61 < 26 {
                letters += 1
                if byte < 0x60 { capitals += 1 }
            }
            index += 1
        }
        return (letters, capitals)
    }

    /// A bit per kind, from the case's position in the declaration (a payload-free enum is stored as
    /// that position; checked below for every case, so a reordering cannot go unnoticed).
    @inline(__always) static func bit(_ kind: MoveKind) -> UInt32 { 1 << UInt32(unsafeBitCast(kind, to: UInt8.self)) }

    /// Whether `bit(_:)` gives every kind its own bit (run by the tests).
    static var kindBitsAreDistinct: Bool {
        MemoryLayout<MoveKind>.size == 1 && MoveKind.allCases.count <= 32
            && Set(MoveKind.allCases.map(bit)).count == MoveKind.allCases.count
    }

    @inline(__always) static func bit(_ step: Step) -> UInt8 { 1 << UInt8(step.index) }
}
