import Testing
@testable import DeescalateKit

/// The word-at-a-time scan must agree with the obvious byte loop wherever the NUL or the high byte
/// falls relative to the 8-byte words.
@Suite("Binary detector")
struct BinaryDetectorTests {
    @Test func theScanAgreesWithAByteLoopAtEveryOffset() {
        for length in 0..<40 {
            for nulAt in [nil] + (0..<length).map(Optional.some) {
                for highAt in [nil] + (0..<length).map(Optional.some) where highAt != nulAt {
                    var bytes = [UInt8](repeating: 0x61, count: length)
                    if let nulAt { bytes[nulAt] = 0 }
                    if let highAt { bytes[highAt] = 0xC3 }
                    let expectedNul = bytes.firstIndex(of: 0)
                    let expectedHigh = bytes[..<(expectedNul ?? length)].contains { $0 >= 0x80 }
                    let found = bytes.withUnsafeBytes { BinaryDetector.scanForNulAndHighBytes($0) }
                    #expect(found.nul == expectedNul && found.sawHighByte == expectedHigh, "length \(length), NUL \(String(describing: nulAt)), high \(String(describing: highAt))")
                }
            }
        }
    }

    @Test func reasons() {
        #expect(BinaryDetector.reason(Array("plain text\n".utf8), kind: "a chat log") == nil)
        #expect(BinaryDetector.reason(Array("£5 – café\n".utf8), kind: "a chat log") == nil)
        #expect(BinaryDetector.reason(Array("one\ntwo\u{0}\n".utf8), kind: "a chat log")?.line == 2)
        #expect(BinaryDetector.reason([0xFF, 0xFE, 0xFD, 0x41, 0xC3], kind: "a chat log")?.message.contains("not UTF-8") == true)
    }
}
