import Foundation

/// `manifest.json`: everything needed to reproduce an export: the engine, the catalogue and every
/// scenario by version and content hash, every input by hash and row counts, the options, the time.
public struct Manifest: Codable, Sendable, Equatable {
    public struct Versioned: Codable, Sendable, Equatable {
        public var id: String
        public var version: Int
        public var sha256: String

        public init(id: String, version: Int, sha256: String) {
            self.id = id
            self.version = version
            self.sha256 = sha256
        }
    }

    public struct Input: Codable, Sendable, Equatable {
        /// `csv` or `store`.
        public var kind: String
        public var path: String
        public var sha256: String
        public var rowsRead: Int
        public var rowsAccepted: Int
        public var rowsRejected: Int

        public init(kind: String, path: String, sha256: String, rowsRead: Int, rowsAccepted: Int, rowsRejected: Int) {
            self.kind = kind
            self.path = path
            self.sha256 = sha256
            self.rowsRead = rowsRead
            self.rowsAccepted = rowsAccepted
            self.rowsRejected = rowsRejected
        }
    }

    public struct Counts: Codable, Sendable, Equatable {
        public var rowsRead: Int
        public var rowsAccepted: Int
        public var rowsRejected: Int
        public var attempts: Int
        public var completeAttempts: Int
        public var learners: Int
    }

    public var engineVersion: String
    public var createdAt: String
    public var catalogue: Versioned
    public var scenarios: [Versioned]
    public var inputs: [Input]
    public var counts: Counts
    public var options: [String: String]
    /// Rows written to each file.
    public var files: [String: Int]
    /// Every file written, with its size and SHA-256: how `--force` knows the folder is sjt's.
    public var writtenFiles: [String: WrittenFile]
    /// What `--pseudonymise` replaced and removed; absent when it was not given.
    public var pseudonymisation: PseudonymisationReport?

    public init(
        engineVersion: String, createdAt: String, catalogue: Versioned, scenarios: [Versioned], inputs: [Input],
        counts: Counts, options: [String: String], files: [String: Int], writtenFiles: [String: WrittenFile] = [:],
        pseudonymisation: PseudonymisationReport? = nil
    ) {
        self.engineVersion = engineVersion
        self.createdAt = createdAt
        self.catalogue = catalogue
        self.scenarios = scenarios
        self.inputs = inputs
        self.counts = counts
        self.options = options
        self.files = files
        self.writtenFiles = writtenFiles
        self.pseudonymisation = pseudonymisation
    }

    /// Reads what ``json()`` writes: snake_case keys. The file names and options that key its
    /// dictionaries are lower case, so they read back as they were written.
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    /// Pretty, sorted JSON with snake_case keys.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(self) + Data("\n".utf8)
    }
}

extension Manifest.Counts {
    public init(run: CohortRun) {
        rowsRead = run.rowsRead
        rowsAccepted = run.rowsAccepted
        rowsRejected = run.rowsRejected
        attempts = run.attempts.count
        completeAttempts = run.attempts.count(where: run.isComplete)
        learners = run.learnerCount
    }
}
