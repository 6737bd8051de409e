import SJTDigest
import SJTEngine

/// Which bank a run used, in a few words a trainer can compare: the catalogue's id and version,
/// and a short hash of the content of the files served, e.g. `cyps-leadership version 1, content
/// 3f9a1c2b7d4e`.
///
/// The catalogue's version says which vocabulary; the hash tells two banks apart that share one
/// (an organisation's edited copy of the built-in bank, or the built-in bank of another build). It
/// is worked out from the files' SHA-256 alone, the same way for the built-in bank (at build time)
/// and for a folder (at load), so the built-in bank and a folder holding the same files have the
/// same version.
public struct BankVersion: Sendable, Equatable, CustomStringConvertible {
    public var catalogueID: String
    public var catalogueVersion: Int
    /// The first 12 hexadecimal digits of ``contentSHA256``: enough to tell banks apart by eye.
    public var contentHash: String { String(contentSHA256.prefix(12)) }
    /// SHA-256 over the catalogue's hash and each served scenario's id and hash, in id order.
    public var contentSHA256: String

    public init(bank: ScenarioBank) {
        catalogueID = bank.catalogue.id
        catalogueVersion = bank.catalogue.version
        // One line per file: a scenario's id cannot hold a newline, and each hash is 64 hex digits.
        let lines = ["catalogue \(bank.catalogueSHA256)"]
            + bank.scenarios.map { "\($0.id) \(bank.sources[$0.id]?.sha256 ?? "")" }
        contentSHA256 = ContentHash.sha256(ofText: lines.joined(separator: "\n") + "\n")
    }

    public var description: String { "\(catalogueID) version \(catalogueVersion), content \(contentHash)" }
}

extension ScenarioBank {
    /// The bank's version: see ``BankVersion``.
    public var version: BankVersion { BankVersion(bank: self) }
}
