import Crypto
import Foundation

/// The SHA-256 of some bytes as 64 lower-case hexadecimal digits: the content hashes that tie a
/// recorded attempt or an export to the exact scenario and input files it used.
///
/// The digest is apple/swift-crypto's (BoringSSL's optimised code on Linux, CryptoKit on Apple's
/// systems); this type only names what sjt hashes and how the digest is written.
public enum ContentHash {
    /// The digest of `bytes`, in hexadecimal.
    ///
    /// - Complexity: O(*n*) in the bytes.
    public static func sha256<Bytes: DataProtocol>(of bytes: Bytes) -> String {
        Hex.string(SHA256.hash(data: bytes))
    }

    /// The digest of a text's UTF-8 bytes, in hexadecimal.
    public static func sha256(ofText text: String) -> String {
        sha256(of: Data(text.utf8))
    }
}

/// A SHA-256 over bytes that arrive a chunk at a time, such as a file read a megabyte at a time.
public struct StreamingContentHash: Sendable {
    private var hasher = SHA256()

    public init() {}

    public mutating func update<Bytes: DataProtocol>(_ bytes: Bytes) {
        hasher.update(data: bytes)
    }

    /// The digest of everything handed to ``update(_:)``, in hexadecimal.
    public func hex() -> String {
        Hex.string(hasher.finalize())
    }
}
