import Foundation

/// `manifest.json` of a `sjt compare` folder: what was compared, with what, and every file written.
public struct ComparisonManifest: Codable, Sendable, Equatable {
    public var engineVersion: String
    public var createdAt: String
    public var pre: String
    public var post: String
    public var catalogueSHA256: String
    public var matchedLearners: Int
    public var unmatchedLearners: Int
    /// Every file written, with its size and SHA-256: how `--force` knows the folder is sjt's.
    public var writtenFiles: [String: WrittenFile] = [:]

    public init(
        engineVersion: String, createdAt: String, pre: String, post: String, catalogueSHA256: String, matchedLearners: Int,
        unmatchedLearners: Int
    ) {
        self.engineVersion = engineVersion
        self.createdAt = createdAt
        self.pre = pre
        self.post = post
        self.catalogueSHA256 = catalogueSHA256
        self.matchedLearners = matchedLearners
        self.unmatchedLearners = unmatchedLearners
    }

    enum CodingKeys: String, CodingKey {
        case engineVersion = "engine_version", createdAt = "created_at", pre, post, catalogueSHA256 = "catalogue_sha256"
        case matchedLearners = "matched_learners", unmatchedLearners = "unmatched_learners", writtenFiles = "written_files"
    }

    /// Pretty, sorted JSON.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
