import Foundation
import SJTCSV
import SJTDigest
import SJTEngine

/// One CSV file of a cohort export: its name, its header, and its rows in a stable order.
///
/// ``CohortExport`` opens the writer, writes the header, asks the file for its rows and commits;
/// a file only says what its rows are. What several files share (the run, the catalogue, which
/// attempts are summarised, how rejects are redacted) is in ``ExportContext``.
protocol ExportFile: Sendable {
    /// `responses.csv`
    var name: String { get }
    var header: [String] { get }
    /// Writes every row after the header.
    ///
    /// - Returns: The number of rows written.
    func writeRows(to writer: CSVWriter) throws -> Int
    /// Writes every row after the header, counting the rows by the cells a reader of the file
    /// would count them by (``WrittenTally``), for a file with a row per learner or attempt.
    ///
    /// - Parameter tally: Set to the rows' tally by a file that takes one; left `nil` by others.
    /// - Returns: The number of rows written.
    func writeRows(to writer: CSVWriter, tally: inout WrittenTally?) throws -> Int
    /// Called once the file is written, or could not be: a file that hands figures over to others
    /// as it writes (``SharedFigures/provide(_:)``) lets them go on without it.
    func finished()
}

extension ExportFile {
    /// Most files take no tally.
    func writeRows(to writer: CSVWriter, tally: inout WrittenTally?) throws -> Int { try writeRows(to: writer) }

    func finished() {}
}

/// An export file that tallies its rows as it writes them (learners.csv, attempts.csv): it writes
/// them in ``ExportFile/writeRows(to:tally:)`` alone.
protocol TalliedExportFile: ExportFile {}

extension TalliedExportFile {
    /// The rows, their tally let go.
    func writeRows(to writer: CSVWriter) throws -> Int {
        var tally: WrittenTally?
        return try writeRows(to: writer, tally: &tally)
    }
}

/// What writing one file of an export gave: its rows, and its size and SHA-256, taken from its
/// bytes as they were written, so the manifest need not read the file back.
struct WrittenExport {
    var rows: Int
    var file: WrittenFile
    /// The rows' tally, for a file that takes one.
    var tally: WrittenTally?
    /// How long it took, and on which writing thread.
    var time: FileWritingTime?
}

extension Array where Element == any ExportFile {
    /// Writes each file into `directory` through the libcsv wrapper: the header, then its rows,
    /// committed under its name.
    ///
    /// - Returns: The rows written per file, by file name.
    /// - Parameter threads: How many files are written at once (tests compare one with several).
    func write(into directory: String, byteOrderMark: Bool, threads: Int = Self.writingThreads) throws -> [String: Int] {
        try writeDescribed(into: directory, byteOrderMark: byteOrderMark, threads: threads).mapValues(\.rows)
    }

    /// Writes each file into the export folder, and tells the folder each file's size and hash for
    /// the manifest (``ExportFolder/recordWritten(_:_:)``), and the tallies taken as rows were
    /// written, for the report (``ExportFolder/recordTally(_:_:)``).
    ///
    /// - Returns: The rows written per file, by file name.
    func write(into folder: ExportFolder, byteOrderMark: Bool) throws -> [String: Int] {
        let written = try writeDescribed(into: folder.temporaryPath, byteOrderMark: byteOrderMark, threads: Self.writingThreads)
        for name in map(\.name) {
            guard let export = written[name] else { continue }
            folder.recordWritten(name, export.file)
            if let tally = export.tally { folder.recordTally(name, tally) }
            if let time = export.time { folder.recordTime(time) }
        }
        return written.mapValues(\.rows)
    }

    /// As many threads as there are cores, two at most: the largest file, responses.csv, is about
    /// half the work, so a third would wait.
    static var writingThreads: Int { Swift.min(2, ProcessInfo.processInfo.activeProcessorCount) }

    /// Writes each file, hashing its bytes as they go out, `threads` files at a time.
    ///
    /// Each file is written whole by one thread, from the run alone, so its bytes are those of
    /// writing the files one after another. Threads take the files in list order, largest first.
    ///
    /// - Throws: The error of the first file in list order that could not be written.
    private func writeDescribed(into directory: String, byteOrderMark: Bool, threads: Int) throws -> [String: WrittenExport] {
        let work = ParallelFiles(count: count)
        let clock = ContinuousClock()
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(count, threads))) { writer in
            while let index = work.next() {
                let start = clock.now
                work.finish(index, Result {
                    var written = try self[index].write(into: directory, byteOrderMark: byteOrderMark)
                    written.time = FileWritingTime(file: self[index].name, writer: writer + 1, duration: start.duration(to: clock.now))
                    return written
                })
            }
        }
        var written: [String: WrittenExport] = [:]
        for (file, result) in zip(self, work.results) { written[file.name] = try result!.get() }
        return written
    }
}

/// Which file a writing thread takes next, and what each gave.
private final class ParallelFiles: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var taken = 0
    private let count: Int
    private(set) var results: [Result<WrittenExport, any Error>?]

    init(count: Int) {
        self.count = count
        results = Array(repeating: nil, count: count)
    }

    /// The next file not yet taken; `nil` when all are.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }

    func finish(_ index: Int, _ result: Result<WrittenExport, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }
}

extension ExportFile {
    /// Writes the file into `directory`: the header, then its rows, committed under its name.
    func write(into directory: String, byteOrderMark: Bool) throws -> WrittenExport {
        defer { finished() }
        let hash = HashOfWrittenBytes()
        let writer = try CSVWriter(path: directory + "/" + name, byteOrderMark: byteOrderMark, observer: hash.update)
        try writer.write(header.map(CSVCell.text))
        var tally: WrittenTally?
        let rows = try writeRows(to: writer, tally: &tally)
        try writer.commit()
        return WrittenExport(rows: rows, file: WrittenFile(bytes: writer.bytesWritten, sha256: hash.hex()), tally: tally)
    }
}

/// The SHA-256 of the bytes a ``CSVWriter`` writes, as its observer sees them.
private final class HashOfWrittenBytes {
    private var hash = StreamingContentHash()

    func update(_ bytes: UnsafeRawBufferPointer) { hash.update(bytes) }

    func hex() -> String { hash.hex() }
}

/// What every file of one cohort export reads.
struct ExportContext: Sendable {
    let run: CohortRun
    let catalogue: Catalogue
    let options: CohortExportOptions

    var scope: SummaryScope { SummaryScope(includeIncomplete: options.includeIncomplete) }
}
