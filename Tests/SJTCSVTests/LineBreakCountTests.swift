@testable import SJTCSV
import Testing

/// The line-break count that gives malformed files their line numbers counts eight bytes at a time;
/// it must agree with the plain rule (every CR, and every LF not right after a CR) on any bytes.
struct LineBreakCountTests {
    /// The rule, one byte at a time.
    static func plainCount(_ bytes: [UInt8], afterCR: Bool) -> Int {
        var breaks = 0, previousCR = afterCR
        for byte in bytes {
            if byte == 0x0D || (byte == 0x0A && !previousCR) { breaks += 1 }
            previousCR = byte == 0x0D
        }
        return breaks
    }

    static func count(_ bytes: [UInt8], afterCR: Bool) -> Int {
        bytes.withUnsafeBufferPointer { LineBreaks.count(in: $0, afterCR: afterCR) }
    }

    @Test(arguments: [false, true])
    func agreesWithThePlainRuleOnRandomBytesOfEveryLength(_ afterCR: Bool) {
        // CR, LF and their neighbours in value (0x0C, 0x0E, 0x09, 0x0B) most of the time, so that
        // bytes that differ from CR or LF by one bit, and runs of breaks across words, are all met.
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A, 0x0C, 0x0E, 0x09, 0x0B, 0x8D, 0x8A, 0x00, 0xFF, 0x41]
        for length in 0..<80 {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
                #expect(Self.count(bytes, afterCR: afterCR) == Self.plainCount(bytes, afterCR: afterCR), "\(bytes)")
            }
        }
    }

    @Test func longRunsOfBreaksAreCountedWhole() {
        // Thousands of words of breaks: more than a byte can count, in every lane.
        for (bytes, breaks) in [
            ([UInt8](repeating: 0x0D, count: 20_003), 20_003), ([UInt8](repeating: 0x0A, count: 20_003), 20_003),
            (Array(String(repeating: "\r\n", count: 10_001).utf8), 10_001), (Array(String(repeating: "ab\n", count: 9_000).utf8), 9_000),
        ] {
            #expect(Self.count(bytes, afterCR: false) == breaks)
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<50_000).map { _ in [UInt8(0x0D), 0x0A, 0x41].randomElement(using: &generator)! }
        #expect(Self.count(bytes, afterCR: true) == Self.plainCount(bytes, afterCR: true))
    }

    @Test func aCRLFAcrossTwoWordsCountsOnce() {
        let bytes = [UInt8](repeating: 0x41, count: 7) + [0x0D, 0x0A] + [UInt8](repeating: 0x41, count: 7)
        #expect(Self.count(bytes, afterCR: false) == 1)
        #expect(Self.count([0x0A] + bytes, afterCR: true) == 1)
        #expect(Self.count([0x0A] + bytes, afterCR: false) == 2)
    }
}
