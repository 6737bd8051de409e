import Foundation
import SJTCohort
import SJTCSV
import SJTDigest
import SJTStore

/// Reads cohort responses from CSV files and practice stores into one import, with each input's
/// hash for the manifest: the first stage of `sjt batch` and `sjt compare`.
public struct CohortInputs {
    /// The input name that means standard input.
    public static let standardInput = CSVInput.standardInput

    public private(set) var imported = CohortImport()
    public private(set) var manifest: [Manifest.Input] = []
    /// Inputs read so far, by the file they reach: the same file named twice is read once.
    private var seen = Set<InputIdentity>()

    public init() {}

    /// Adds one input: a practice store when `isStore` says so or when it starts like one, else a
    /// responses CSV file. It is opened once and sniffed from the same stream, so a pipe or
    /// standard input (`-`) reads whole. An input that reaches a file already read is skipped.
    ///
    /// - Throws: ``CohortInputError``.
    public mutating func add(_ path: String, delimiter: UInt8?, isStore: Bool = false) throws {
        guard seen.insert(InputIdentity(path: path)).inserted else { return }
        if isStore { return try readStore(path) }
        let input: CSVInput
        do { input = try CSVInput(path: path) } catch { throw CohortInputError.cannotOpen(reason: "\(error)") }
        // A failed read here fails again, and is reported, when the CSV is read.
        if (try? input.head(16)) == Array("SQLite format 3\0".utf8) {
            // SQLite reads a store by its path, at random places: a stream cannot be one.
            guard input.size != nil else { throw CohortInputError.storeThroughPipe(input: Self.name(path)) }
            return try readStore(path)
        }
        let hash: String
        do {
            hash = try imported.read(input, delimiter: delimiter)
        } catch {
            throw CohortInputError.unreadable(input: Self.name(path), reason: "\(error)")
        }
        manifest.append(Manifest.Input(kind: "csv", path: path, sha256: hash, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0))
    }

    /// How an input is named in a message: `-` is "standard input".
    public static func name(_ path: String) -> String { path == standardInput ? "standard input" : path }

    /// Adds a practice store's responses, only one learner's or one cohort's when asked: what
    /// `sjt export xapi` reads, as `sjt export responses` does.
    ///
    /// - Throws: ``CohortInputError``.
    public mutating func addStore(_ path: String, learner: String? = nil, cohort: String? = nil) throws {
        guard seen.insert(InputIdentity(path: path)).inserted else { return }
        try readStore(path, learner: learner, cohort: cohort)
    }

    private mutating func readStore(_ path: String, learner: String? = nil, cohort: String? = nil) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw CohortInputError.noStore(path: path) }
        let store: ProgressStore
        do { store = try ProgressStore.open(at: path, access: .readOnly) } catch let error as StoreError {
            throw CohortInputError.store(reason: error.description)  // names the store and says what to do
        }
        let stored = try store.cohortResponses(learner: learner, cohort: cohort)
        imported.add(stored.rows, rejected: stored.leftOut, file: path)
        let hash = FileManager.default.contents(atPath: path).map { ContentHash.sha256(of: $0) } ?? ""
        manifest.append(Manifest.Input(kind: "store", path: path, sha256: hash, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0))
    }

    /// Refuses inputs that hold no responses between them: an export folder of empty files would
    /// look like success to a trainer. An input with no rows beside others that have some is fine.
    public func requireResponses() throws {
        guard imported.totalRowsRead == 0 else { return }
        switch (manifest.count, manifest.first?.kind) {
        case (1, "csv"): throw CohortInputError.headerOnly(input: Self.name(manifest[0].path))
        case (1, _): throw CohortInputError.emptyStore(path: manifest[0].path)
        case (let count, _):
            throw CohortInputError.noneHoldResponses(inputs: count, allCSV: manifest.allSatisfy { $0.kind == "csv" })
        }
    }

    /// Replaces learner ids (and, as asked, cohorts) with keyed pseudonyms, before anything is scored.
    public mutating func pseudonymise(key: PseudonymKey, options: PseudonymisationOptions) -> PseudonymisationReport {
        imported.pseudonymise(key: key, options: options)
    }

    /// Fills in each input's row counts once the run is done.
    public mutating func count(_ run: CohortRun) {
        let accepted = run.rowsAcceptedByFile
        let rejected = Dictionary(grouping: run.rejected, by: \.source.file).mapValues(\.count)
        for index in manifest.indices {
            let path = manifest[index].path
            manifest[index].rowsRead = imported.rowsRead[path] ?? 0
            manifest[index].rowsAccepted = accepted[path] ?? 0
            manifest[index].rowsRejected = rejected[path] ?? 0
        }
    }
}
