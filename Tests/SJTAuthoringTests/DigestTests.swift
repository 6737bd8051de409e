import Foundation
import SJTDigest
import Testing

/// FIPS 180-4 example vectors, and a multi-block input checked against `sha256sum`: the content
/// hashes sjt writes in manifests are swift-crypto's SHA-256, rendered as lower-case hex.
struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func digestMatchesTheStandardsVectors(input: String, expected: String) {
        #expect(ContentHash.sha256(ofText: input) == expected)
    }

    @Test func millionAsMatchTheStandardsLongVector() {
        #expect(ContentHash.sha256(of: [UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func aDigestInChunksIsTheDigestOfTheWhole() {
        var hasher = StreamingContentHash()
        for _ in 0..<1000 { hasher.update([UInt8](repeating: 0x61, count: 1000)) }
        #expect(hasher.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

/// RFC 4231 test cases 1, 2 and 6 (a key longer than the block): pseudonyms are HMAC-SHA-256.
struct PseudonymKeyTests {
    @Test func rfc4231TestCaseOne() {
        #expect(PseudonymKey(bytes: [UInt8](repeating: 0x0b, count: 20)).code(for: Array("Hi There".utf8))
            == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func rfc4231TestCaseTwo() {
        #expect(PseudonymKey(bytes: Array("Jefe".utf8)).code(for: Array("what do ya want for nothing?".utf8))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func rfc4231TestCaseSixWithALongKey() {
        #expect(PseudonymKey(bytes: [UInt8](repeating: 0xaa, count: 131)).code(for: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }
}
