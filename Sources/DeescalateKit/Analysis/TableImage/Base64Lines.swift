/// Base64 as the table image is kept in Swift source: lines of the standard alphabet with padding,
/// line breaks and indentation ignored on reading.
enum Base64Lines {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` as lines of `width` characters (a multiple of 4).
    static func encode(_ bytes: [UInt8], width: Int) -> [String] {
        var text: [UInt8] = []
        text.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let chunk = Array(bytes[i..<min(i + 3, bytes.count)])
            let value = (UInt32(chunk[0]) << 16) | (UInt32(chunk.count > 1 ? chunk[1] : 0) << 8) | UInt32(chunk.count > 2 ? chunk[2] : 0)
            for k in 0..<4 {
                text.append(k <= chunk.count ? alphabet[Int((value >> UInt32(18 - 6 * k)) & 63)] : 0x3D)
            }
            i += 3
        }
        return stride(from: 0, to: text.count, by: width).map { String(decoding: text[$0..<min($0 + width, text.count)], as: UTF8.self) }
    }

    /// Each byte's value in the alphabet; 64 for "=", 65 for white space, 66 for anything else.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 66, count: 256)
        for (value, c) in alphabet.enumerated() { table[Int(c)] = UInt8(value) }
        table[0x3D] = 64
        for c in [0x20, 0x0A, 0x0D, 0x09] { table[c] = 65 }
        return table
    }()

    /// The bytes of base64 `text`, or nil when it holds a character outside the alphabet (other than
    /// white space), or padding before its end, or a length that is not whole groups of four.
    static func decode(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // Through a table into a buffer written in place: the image is a few hundred kilobytes,
        // decoded at every start, and appending byte by byte cost four times the decoding.
        var valid = true
        let bytes = values.withUnsafeBufferPointer { values in
            [UInt8](unsafeUninitializedCapacity: text.count / 4 * 3) { out, written in
                var group: UInt32 = 0, filled = 0, padding = 0, count = 0
                var i = 0
                while i < text.count {
                    // Four characters of the alphabet at once: nearly every group of the image.
                    if filled == 0, padding == 0, i + 4 <= text.count {
                        let a = values[Int(text[i])], b = values[Int(text[i + 1])], c = values[Int(text[i + 2])], d = values[Int(text[i + 3])]
                        if (a | b | c | d) < 64 {
                            let four = (UInt32(a) << 18) | (UInt32(b) << 12) | (UInt32(c) << 6) | UInt32(d)
                            out[count] = UInt8(truncatingIfNeeded: four >> 16)
                            out[count + 1] = UInt8(truncatingIfNeeded: four >> 8)
                            out[count + 2] = UInt8(truncatingIfNeeded: four)
                            count += 3
                            i += 4
                            continue
                        }
                    }
                    let c = text[i]
                    i += 1
                    let value = values[Int(c)]
                    if value < 64 {
                        // Only "=" may follow "=".
                        guard padding == 0 else { valid = false; break }
                        group = (group << 6) | UInt32(value)
                    } else if value == 64 {
                        padding += 1
                        group <<= 6
                    } else if value == 65 {
                        continue
                    } else {
                        valid = false
                        break
                    }
                    filled += 1
                    if filled == 4 {
                        guard padding <= 2 else { valid = false; break }
                        // At most three bytes for every four characters read: within the capacity.
                        out[count] = UInt8(truncatingIfNeeded: group >> 16)
                        if padding < 2 { out[count + 1] = UInt8(truncatingIfNeeded: group >> 8) }
                        if padding < 1 { out[count + 2] = UInt8(truncatingIfNeeded: group) }
                        count += 3 - padding
                        group = 0
                        filled = 0
                        if padding > 0 { padding = 3 }   // the end: nothing may follow a padded group
                    }
                }
                if filled != 0 { valid = false }
                written = count
            }
        }
        return valid ? bytes : nil
    }
}
