import SJTCSV
import SJTEngine

/// Writes a cohort run as a folder of CSV files for spreadsheets (see docs/csv-formats.md):
/// responses, attempts, learners (wide, one column per principle, element and capability), principles,
/// elements, capabilities, items, options, tests, and rejects when anything was rejected.
///
/// Each file is an ``ExportFile`` of its own; this type only lists them and writes each through the
/// libcsv wrapper, so the CSV rules hold for all of them. Rows are in a stable order, so the same
/// input gives byte-identical files, and are written as they are made: memory does not grow with
/// the rows written.
public struct CohortExport {
    public let run: CohortRun
    public let catalogue: Catalogue
    public let options: CohortExportOptions

    public init(run: CohortRun, catalogue: Catalogue, options: CohortExportOptions) {
        self.run = run
        self.catalogue = catalogue
        self.options = options
    }

    /// The files, in the order they are begun: the costliest first, since they are written two at
    /// a time and each thread takes the next when it is done (responses.csv on one thread,
    /// learners.csv on the other, then the rest). What several files read is worked out once: the
    /// area files' distributions by learners.csv, in the same pass over the learners as its rows;
    /// the item analyses by the first of their files to be written.
    var files: [any ExportFile] {
        let context = ExportContext(run: run, catalogue: catalogue, options: options)
        let run = run, catalogue = catalogue, scope = context.scope
        let tests = SharedFigures { TestAnalysis.all(in: run, scope) }
        // learners.csv comes before the area files in the list, so it is begun first.
        let areas = SharedFigures(providedByAFile: true) { AreaDistribution.all(of: run, scope, catalogue: catalogue) }
        var files: [any ExportFile] = [ResponsesFile(context: context), LearnersFile(context: context, distributions: areas)]
        files.append(AttemptsFile(context: context))
        files += CohortVocabulary.allCases.map { AreaSummaryFile(context: context, vocabulary: $0, distributions: areas) }
        files += [
            ItemsFile(context: context, analyses: tests), OptionsFile(context: context, analyses: tests),
            TestsFile(context: context, analyses: tests),
        ]
        if !run.rejected.isEmpty { files.append(RejectsFile(context: context)) }
        return files
    }

    /// The tests (scenario and level) items.csv, options.csv and tests.csv analyse.
    func testAnalyses() -> [TestAnalysis] {
        TestAnalysis.all(in: run, SummaryScope(includeIncomplete: options.includeIncomplete))
    }

    /// Writes every file into `directory`, which must exist.
    ///
    /// - Parameter threads: How many files are written at once; by default one per core, two at
    ///   most. The files are the same bytes whatever the number.
    /// - Returns: The rows written per file, by file name.
    public func write(into directory: String, threads: Int? = nil) throws -> [String: Int] {
        try files.write(into: directory, byteOrderMark: options.byteOrderMark, threads: threads ?? [any ExportFile].writingThreads)
    }

    /// Writes every file into the export folder, which learns each file's size and hash as it is
    /// written, for the manifest.
    ///
    /// - Returns: The rows written per file, by file name.
    public func write(into folder: ExportFolder) throws -> [String: Int] {
        try files.write(into: folder, byteOrderMark: options.byteOrderMark)
    }
}
