@testable import SJTCohort
import Testing

/// The pool gives each distinct value one id, dense and in order of first appearance, told apart
/// byte for byte, however it is asked: with a likely id that is right, wrong or empty.
struct StringPoolTests {
    @Test func idsAreDenseInOrderOfFirstAppearanceWhateverIdIsGivenAsLikely() {
        var generator = SystemRandomNumberGenerator()
        // Short and long values (the hash reads eight bytes at a time), prefixes of one another,
        // a precomposed and a decomposed ë, and values met again and again.
        let alphabet = ["a", "ab", "abcdefgh", "abcdefghi", "abcdefghijklmnopq", "Zo\u{EB}", "Zoe\u{308}", "l-000001", "l-000002", " ", "x y z"]
        var plain = StringPool(), hinted = StringPool()
        // By bytes: String's == would take the two ë for one value.
        var expected: [[UInt8]: Int32] = [:]
        // The likely id is always one the pool holds, as the importer gives it (the row before's).
        var previous: Int32 = 0
        for _ in 0..<5_000 {
            var text = alphabet.randomElement(using: &generator)!
            if Bool.random(using: &generator) { text += String(Int.random(in: 0..<300, using: &generator)) }
            let id = plain.intern(text)
            let likely: Int32 = [previous, 0, Int32.random(in: 0..<Int32(hinted.count), using: &generator)].randomElement(using: &generator)!
            let hintedID = Array(text.utf8).withUnsafeBytes { hinted.intern($0, likely: likely) }
            #expect(hintedID == id)
            if let known = expected[Array(text.utf8)] {
                #expect(id == known)
            } else {
                #expect(Int(id) == expected.count + 1)
                expected[Array(text.utf8)] = id
            }
            #expect(plain[id] == text)
            previous = id
        }
        #expect(plain.count == hinted.count)
    }
}
