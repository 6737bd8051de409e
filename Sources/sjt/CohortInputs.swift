import Foundation
import SJTCohort
import SJTCSV
import SJTDigest
import SJTStore

/// Reads cohort responses from CSV files and practice stores into one import, with each input's
/// hash for the manifest. Shared by `sjt batch` and `sjt compare`.
struct CohortInputs {
    /// The input name that means standard input.
    static let standardInput = CSVInput.standardInput

    var imported = CohortImport()
    var manifest: [Manifest.Input] = []

    /// Adds one input: a practice store when `isStore` says so or when it starts like one, else a
    /// responses CSV file. It is opened once and sniffed from the same stream, so a pipe or
    /// standard input (`-`) reads whole.
    mutating func add(_ path: String, delimiter: String?, isStore: Bool = false) throws {
        if isStore { return try addStore(path) }
        let input: CSVInput
        do { input = try CSVInput(path: path) } catch { throw CommandFailure("\(error); check the path") }
        // A failed read here fails again, and is reported, when the CSV is read.
        if (try? input.head(16)) == Array("SQLite format 3\0".utf8) {
            // SQLite reads a store by its path, at random places: a stream cannot be one.
            guard input.size != nil else {
                throw CommandFailure("\(Self.name(path)) is a practice store; give the store's path instead of piping it in")
            }
            return try addStore(path)
        }
        let hash: String
        do {
            hash = try imported.read(input, delimiter: delimiter.map { UInt8(ascii: Unicode.Scalar($0)!) })
        } catch {
            throw CommandFailure("\(Self.name(path)): \(error); nothing was exported")
        }
        manifest.append(Manifest.Input(kind: "csv", path: path, sha256: hash, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0))
    }

    /// How an input is named in a message: `-` is "standard input".
    static func name(_ path: String) -> String { path == standardInput ? "standard input" : path }

    mutating func addStore(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure("there is no progress store at \(path)") }
        let store: ProgressStore
        do { store = try ProgressStore.open(at: path, access: .readOnly) } catch let error as StoreError {
            throw CommandFailure(error.description)  // names the store and says what to do
        }
        let stored = try store.cohortResponses()
        imported.add(stored.rows, rejected: stored.leftOut, file: path)
        let hash = FileManager.default.contents(atPath: path).map { ContentHash.sha256(of: $0) } ?? ""
        manifest.append(Manifest.Input(kind: "store", path: path, sha256: hash, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0))
    }

    /// Refuses inputs that hold no responses between them: an export folder of empty files would
    /// look like success to a trainer. An input with no rows beside others that have some is fine.
    func requireResponses() throws {
        guard imported.totalRowsRead == 0 else { return }
        switch (manifest.count, manifest.first?.kind) {
        case (1, "csv"): throw CommandFailure("\(Self.name(manifest[0].path)) has a header row but no responses; nothing was exported")
        case (1, _): throw CommandFailure("the store \(manifest[0].path) holds no responses; nothing was exported")
        case (let count, _) where manifest.allSatisfy({ $0.kind == "csv" }):
            throw CommandFailure("none of the \(count) inputs holds a response (each has a header row only); nothing was exported")
        case (let count, _): throw CommandFailure("none of the \(count) inputs holds a response; nothing was exported")
        }
    }

    /// Fills in each input's row counts once the run is done.
    mutating func count(_ run: CohortRun) {
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
