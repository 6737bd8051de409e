import Foundation
import SJTCohort
import SJTDigest
import SJTStore

/// Reads cohort responses from CSV files and practice stores into one import, with each input's
/// hash for the manifest. Shared by `sjt batch` and `sjt compare`.
struct CohortInputs {
    /// The input name that means standard input.
    static let standardInput = "-"

    var imported = CohortImport()
    var manifest: [Manifest.Input] = []

    mutating func addCSV(_ path: String, delimiter: String?) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CommandFailure("cannot read \(path); check the path")
        }
        let hash: String
        do {
            hash = try imported.read(path: path, delimiter: delimiter.map { UInt8(ascii: Unicode.Scalar($0)!) })
        } catch {
            throw CommandFailure("\(path): \(error); nothing was exported")
        }
        manifest.append(Manifest.Input(kind: "csv", path: path, sha256: hash, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0))
    }

    mutating func addStore(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure("there is no progress store at \(path)") }
        let store: ProgressStore
        do { store = try ProgressStore.open(at: path) } catch {
            throw CommandFailure("\(path) cannot be read as a progress store: \(error)")
        }
        imported.add(try store.cohortResponses(), file: path)
        let hash = FileManager.default.contents(atPath: path).map { SHA256.hex(of: $0) } ?? ""
        manifest.append(Manifest.Input(kind: "store", path: path, sha256: hash, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0))
    }

    /// Refuses inputs that hold no responses between them: an export folder of empty files would
    /// look like success to a trainer. An input with no rows beside others that have some is fine.
    func requireResponses() throws {
        guard imported.totalRowsRead == 0 else { return }
        switch (manifest.count, manifest.first?.kind) {
        case (1, "csv"): throw CommandFailure("\(manifest[0].path) has a header row but no responses; nothing was exported")
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

    /// True when the file starts like an SQLite database (a practice store).
    static func isStore(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 16)) == Data("SQLite format 3\0".utf8)
    }
}
