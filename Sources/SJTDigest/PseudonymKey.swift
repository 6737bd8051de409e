import Crypto
import Foundation

/// The secret that turns learner ids into pseudonyms: HMAC-SHA-256 under the key, from
/// apple/swift-crypto, so the same id and key always give the same pseudonym and no one without the
/// key can tell whose it is.
public struct PseudonymKey: Sendable {
    private let key: SymmetricKey

    /// - Parameter bytes: The key file's bytes, exactly as stored (a trailing newline included).
    public init(bytes: [UInt8]) {
        key = SymmetricKey(data: bytes)
    }

    /// The HMAC-SHA-256 of `message` under the key, in hexadecimal (64 digits).
    ///
    /// - Complexity: O(*n*) in the message's bytes.
    public func code<Bytes: DataProtocol>(for message: Bytes) -> String {
        Hex.string(HMAC<SHA256>.authenticationCode(for: message, using: key))
    }
}

extension PseudonymKey {
    /// Why a key is easy to guess, when it is: anyone who guesses the key can tell whose pseudonym
    /// is whose, by hashing the names they suspect.
    public enum Weakness: Sendable, Equatable, CustomStringConvertible {
        case oneRepeatedByte
        case repeatedPattern(bytes: Int)
        case fewDistinctBytes(Int)

        public var description: String {
            switch self {
            case .oneRepeatedByte: "every byte is the same"
            case .repeatedPattern(let bytes): "it repeats a pattern of \(bytes) bytes"
            case .fewDistinctBytes(let count): "it uses only \(count) different byte values"
            }
        }
    }

    /// What makes `bytes` a weak key, or `nil` when it looks random enough. A trailing line break
    /// (a key written with `echo`) is not counted.
    ///
    /// Thirty-two random bytes use about 30 different values, and even sixteen nearly always more
    /// than 12; a key below 8 is a word or a pattern typed by hand.
    public static func weakness(of bytes: [UInt8]) -> Weakness? {
        var key = bytes[...]
        while let last = key.last, last == 0x0A || last == 0x0D { key = key.dropLast() }
        guard let first = key.first else { return .oneRepeatedByte }
        if key.allSatisfy({ $0 == first }) { return .oneRepeatedByte }
        let key32 = Array(key)
        for period in 2...4 where key32.count >= 2 * period {
            if key32.indices.allSatisfy({ key32[$0] == key32[$0 % period] }) { return .repeatedPattern(bytes: period) }
        }
        let distinct = Set(key32).count
        return distinct < 8 ? .fewDistinctBytes(distinct) : nil
    }
}
