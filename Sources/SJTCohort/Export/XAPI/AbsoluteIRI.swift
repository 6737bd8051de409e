/// An absolute IRI (RFC 3987) with a scheme and a host, and no query or fragment: what activity ids
/// are made under (`--activity-base`) and what a learner's account is at (`--account-home-page`).
///
/// A trailing `/` is dropped, so `https://lms.example.org/sjt/` and `https://lms.example.org/sjt`
/// name the same activities.
public struct AbsoluteIRI: Sendable, Equatable, CustomStringConvertible {
    /// The IRI as given, without a trailing `/`.
    public let text: String

    /// - Throws: ``AbsoluteIRIError``, which says what is wrong and shows a good one.
    public init(_ text: String) throws(AbsoluteIRIError) {
        guard !text.isEmpty else { throw .empty }
        if let character = text.first(where: Self.isForbidden) { throw .forbiddenCharacter(text, character) }
        guard let schemeEnd = text.firstRange(of: "://"), let first = text.unicodeScalars.first, Self.isLetter(first),
            text[..<schemeEnd.lowerBound].unicodeScalars.allSatisfy({ Self.isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { throw .noScheme(text) }
        let rest = text[schemeEnd.upperBound...]
        guard !rest.contains("?"), !rest.contains("#") else { throw .queryOrFragment(text) }
        let authority = rest.prefix { $0 != "/" }
        guard !authority.contains("@") else { throw .userInformation(text) }
        // The host, and a port after it when there is one: `[::1]:8080`, `lms.example.org:8443`.
        let hostEnd = authority.hasPrefix("[") ? authority.firstIndex(of: "]").map(authority.index(after:)) : authority.lastIndex(of: ":")
        let host = authority[..<(hostEnd ?? authority.endIndex)]
        let port = authority[(hostEnd ?? authority.endIndex)...]
        guard port.isEmpty || (port.first == ":" && port.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }) else { throw .noHost(text) }
        guard !host.isEmpty else { throw .noHost(text) }
        var trimmed = text
        while trimmed.hasSuffix("/"), trimmed.count > text.distance(from: text.startIndex, to: schemeEnd.upperBound) + authority.count {
            trimmed.removeLast()
        }
        self.text = trimmed
    }

    public var description: String { text }

    /// The scheme and authority alone: `https://lms.example.org` for `https://lms.example.org/sjt`.
    public var origin: AbsoluteIRI {
        let schemeEnd = text.firstRange(of: "://")!.upperBound
        let authority = text[schemeEnd...].prefix { $0 != "/" }
        return try! AbsoluteIRI(String(text[..<schemeEnd]) + authority)
    }

    /// This IRI followed by `/` and each segment, percent-encoded where a segment holds anything but
    /// RFC 3986's unreserved characters, so an id with a space or a slash stays one segment.
    public func appending(_ segments: String...) -> String {
        segments.reduce(text) { $0 + "/" + Self.encodeSegment($1) }
    }

    static func encodeSegment(_ segment: String) -> String {
        var encoded = ""
        for byte in segment.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, Self.isLetter(scalar) || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar) {
                encoded.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return encoded
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }

    /// Characters no IRI may hold (RFC 3987 §2.2 leaves them out): spaces and other controls, and
    /// `<`, `>`, `"`, `{`, `}`, `|`, `\`, `^` and `` ` ``.
    private static func isForbidden(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || "<>\"{}|\\^`".unicodeScalars.contains($0) }
    }
}

/// Why a text is not an ``AbsoluteIRI``: one sentence, with an example of one that is.
public enum AbsoluteIRIError: Error, Equatable, CustomStringConvertible {
    case empty
    case forbiddenCharacter(String, Character)
    case noScheme(String)
    case noHost(String)
    case queryOrFragment(String)
    case userInformation(String)

    public var description: String {
        let example = "give one such as https://learning.example.org/sjt"
        return switch self {
        case .empty: "it is empty; \(example)"
        case .forbiddenCharacter(let text, let character):
            "'\(text)' is not an IRI: it holds \(character == " " ? "a space" : "'\(character.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "U+" + String($0.value, radix: 16, uppercase: true) : String($0) }.joined())'"), which an IRI may not; percent-encode it or \(example)"
        case .noScheme(let text): "'\(text)' is not an absolute IRI: it has no scheme such as https://; \(example)"
        case .noHost(let text): "'\(text)' is not an absolute IRI: it names no host after the scheme; \(example)"
        case .queryOrFragment(let text): "'\(text)' has a query (?) or fragment (#), under which no id can be made; \(example)"
        case .userInformation(let text): "'\(text)' holds a user name (before @), which has no place in an id; \(example)"
        }
    }
}
