/// Name-based (version 5, SHA-1) UUIDs per RFC 4122 §4.3, so the same graded transcript always
/// exports under the same statement id and a re-export is idempotent in a learning record store.
enum XAPIIdentifier {
    /// The namespace of Deescalate's statement ids (a fixed random UUID, never to change).
    static let namespace: [UInt8] = [0x5d, 0x1f, 0x3c, 0x8e, 0x2a, 0x47, 0x4b, 0x1d, 0x9c, 0x03, 0x6e, 0x55, 0xa1, 0xd2, 0x7b, 0x90]

    /// The version 5 UUID of `name` in `namespace`, lower-case with hyphens.
    static func uuid(name: String, namespace: [UInt8] = namespace) -> String {
        var digest = Array(SHA1.hash(namespace + Array(name.utf8)).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50 // version 5
        digest[8] = (digest[8] & 0x3F) | 0x80 // RFC 4122 variant
        let hex = digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}

/// SHA-1 (FIPS 180-4), for name-based UUIDs and for the keys of JSON Lines rows without an id: not
/// used for anything that needs to resist attack. Blocks are read straight from the message (only
/// the last one or two are padded in a copy), because `grade` digests every id-less row it reads.
enum SHA1 {
    /// The 20-byte digest of `message`.
    static func hash(_ message: [UInt8]) -> [UInt8] {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        var words = [UInt32](repeating: 0, count: 80)
        let whole = message.count / 64 * 64
        words.withUnsafeMutableBufferPointer { w in
            message.withUnsafeBufferPointer { bytes in
                var offset = 0
                while offset < whole {
                    compress(UnsafeBufferPointer(rebasing: bytes[offset..<offset + 64]), into: &state, words: w)
                    offset += 64
                }
            }
            // The rest of the message, the 0x80 marker, zeros, and the length in bits: one or two blocks.
            var tail = Array(message[whole...])
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            let bitLength = UInt64(message.count) &* 8
            for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
            tail.withUnsafeBufferPointer { bytes in
                for offset in stride(from: 0, to: bytes.count, by: 64) {
                    compress(UnsafeBufferPointer(rebasing: bytes[offset..<offset + 64]), into: &state, words: w)
                }
            }
        }
        return [state.0, state.1, state.2, state.3, state.4].flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - $0 * 8)) } }
    }

    /// One 64-byte block into the state; `words` is the 80-word schedule's scratch space.
    private static func compress(_ block: UnsafeBufferPointer<UInt8>, into state: inout (UInt32, UInt32, UInt32, UInt32, UInt32),
                                 words w: UnsafeMutableBufferPointer<UInt32>) {
        for index in 0..<16 {
            let base = index * 4
            w[index] = UInt32(block[base]) << 24 | UInt32(block[base + 1]) << 16 | UInt32(block[base + 2]) << 8 | UInt32(block[base + 3])
        }
        for index in 16..<80 {
            let mixed = w[index - 3] ^ w[index - 8] ^ w[index - 14] ^ w[index - 16]
            w[index] = mixed << 1 | mixed >> 31
        }
        var (a, b, c, d, e) = state
        @inline(__always) func step(_ f: UInt32, _ k: UInt32, _ word: UInt32) {
            let temp = (a << 5 | a >> 27) &+ f &+ e &+ k &+ word
            (e, d, c, b, a) = (d, c, b << 30 | b >> 2, a, temp)
        }
        for index in 0..<20 { step((b & c) | (~b & d), 0x5A82_7999, w[index]) }
        for index in 20..<40 { step(b ^ c ^ d, 0x6ED9_EBA1, w[index]) }
        for index in 40..<60 { step((b & c) | (b & d) | (c & d), 0x8F1B_BCDC, w[index]) }
        for index in 60..<80 { step(b ^ c ^ d, 0xCA62_C1D6, w[index]) }
        state.0 &+= a; state.1 &+= b; state.2 &+= c; state.3 &+= d; state.4 &+= e
    }
}
