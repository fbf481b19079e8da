/// Atoms already compiled, found by their item's text: the rule table writes the same items
/// ("YOU", "sorry|apologise|apologize", "can|could") over and over (7,000 atoms, under 2,000
/// distinct), and compiling one looks each of its words up in the lexicon. Used while the table is
/// built, on one thread.
final class AtomMemo {
    /// Digest of an item's bytes → its position in `texts` and `atoms`.
    private var positions: [UInt64: Int] = [:]
    private var texts: [[UInt8]] = []
    private var atoms: [TokenPattern.Atom] = []

    init() {
        positions.reserveCapacity(4096)
        texts.reserveCapacity(4096)
        atoms.reserveCapacity(4096)
    }

    /// The atom of `bytes[item]`: the one compiled before for the same text, else `compile()`'s,
    /// kept. Two texts with one digest (never seen, but possible) are both compiled, the second
    /// every time it comes.
    func atom(_ bytes: UnsafeBufferPointer<UInt8>, _ item: Range<Int>, compile: () -> TokenPattern.Atom) -> TokenPattern.Atom {
        let text = UnsafeBufferPointer(rebasing: bytes[item])
        let digest = LineKey.digest(UnsafeRawBufferPointer(text))
        if let position = positions[digest] {
            return texts[position].elementsEqual(text) ? atoms[position] : compile()
        }
        let atom = compile()
        positions[digest] = atoms.count
        texts.append(Array(text))
        atoms.append(atom)
        return atom
    }
}
