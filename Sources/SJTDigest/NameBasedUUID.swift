import Crypto
import Foundation

/// Name-based UUIDs, version 5 (RFC 9562 §5.5): the same namespace and name always give the same
/// UUID, so an identity (a learner's response, say) names one record however often it is sent.
///
/// Version 5 is SHA-1 over the namespace's 16 bytes and the name's UTF-8 bytes, the first 16 bytes
/// of the digest kept, with the version and variant bits set. SHA-1 is what the RFC specifies for
/// version 5 (swift-crypto's `Insecure.SHA1`); it is used here to name, not to protect anything.
public enum NameBasedUUID {
    /// RFC 9562's namespace for fully qualified domain names, used by its worked example.
    public static let dnsNamespace = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
    /// RFC 9562's namespace for URLs.
    public static let urlNamespace = UUID(uuidString: "6ba7b811-9dad-11d1-80b4-00c04fd430c8")!

    /// The version 5 UUID of `name` in `namespace`.
    ///
    /// - Complexity: O(*n*) in the name's bytes.
    public static func version5(namespace: UUID, name: String) -> UUID {
        var hasher = Insecure.SHA1()
        withUnsafeBytes(of: namespace.uuid) { hasher.update(bufferPointer: $0) }
        hasher.update(data: Data(name.utf8))
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0f) | 0x50  // version 5
        bytes[8] = (bytes[8] & 0x3f) | 0x80  // the RFC's variant
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
