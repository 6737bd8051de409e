import Foundation
import SJTEngine

/// A validated bank compiled to JSON: what the built-in bank is stored as inside the `sjt` binary,
/// so that starting sjt costs decoding the engine's values rather than parsing and validating YAML.
///
/// It holds what commands that play and score need (the catalogue, the scenarios, each file's
/// path and SHA-256), not the authored model with its locations: `sjt validate` and `sjt audit`
/// read the files themselves.
public struct BankArchive: Sendable, Codable {
    /// Raised when the archive's format changes, so an archive is never read by code that would
    /// misread it (the built-in one is always written and read by the same build).
    public static let formatVersion = 1

    public var format: Int
    public var catalogue: Catalogue
    public var catalogueSHA256: String
    /// Ordered by id, as ``ScenarioBank/scenarios`` is.
    public var scenarios: [Scenario]
    /// Where each scenario was read from, keyed by its id.
    public var sources: [String: ScenarioSource]

    public init(_ bank: ScenarioBank) {
        format = Self.formatVersion
        catalogue = bank.catalogue
        catalogueSHA256 = bank.catalogueSHA256
        scenarios = bank.scenarios
        sources = Dictionary(uniqueKeysWithValues: bank.sources.map { ($0.key.rawValue, $0.value) })
    }

    /// The bank the archive holds.
    public var bank: ScenarioBank {
        var bank = ScenarioBank(
            catalogue: catalogue, scenarios: scenarios,
            sources: Dictionary(uniqueKeysWithValues: sources.map { (ScenarioID($0.key), $0.value) }))
        bank.catalogueSHA256 = catalogueSHA256
        return bank
    }

    /// The archive as JSON, keys sorted, so the same bank always gives the same bytes.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Reads an archive written by ``json()``.
    ///
    /// - Throws: `DecodingError` when the bytes are not an archive of this format.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(Self.self, from: json)
        guard format == Self.formatVersion else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "archive format \(format), expected \(Self.formatVersion)"))
        }
    }
}
