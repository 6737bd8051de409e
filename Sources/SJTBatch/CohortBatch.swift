import Foundation
import SJTAuthoring
import SJTCohort
import SJTDigest
import SJTEngine
import SJTReport

/// `sjt batch` as a library: a cohort's responses scored through the engine and written as a
/// folder of CSV files with a report and a manifest (docs/architecture.md has the map of its stages).
///
/// ```swift
/// var batch = CohortBatch(bank: bank, engineVersion: "0.1.0")
/// batch.inputs = ["spring.csv"]
/// batch.output = "exports/spring"
/// let result = try batch.run()
/// print(result.manifest.counts.rowsRejected)
/// ```
///
/// Nothing is written until the inputs have been read and scored, and the folder appears whole or
/// not at all (``ExportFolder``).
public struct CohortBatch {
    public let bank: ScenarioBank
    /// Goes in the manifest.
    public let engineVersion: String
    /// Cohort responses CSV files, `-` for standard input; a practice store named here is read as one.
    public var inputs: [String] = []
    /// Practice stores.
    public var stores: [String] = []
    /// The input delimiter; `nil` to detect it from each header.
    public var delimiter: UInt8?
    /// The export folder; `nil` for `exports/<cohort>-<UTC time>` (``defaultFolder(for:)``).
    public var output: String?
    /// Replace the folder if it holds an earlier export of sjt's (``ExportFolder``).
    public var replacing = false
    public var exportOptions = CohortExportOptions()
    /// Pseudonymise with this key before anything is scored.
    public var pseudonymKey: PseudonymKey?
    public var pseudonymisationOptions = PseudonymisationOptions()
    /// Recorded in the manifest's options: whether rejected rows are an error to the caller.
    public var allowsRejects = false
    /// Write the run as xAPI statements too, `statements.json` in the folder (docs/xapi.md).
    public var xapi: XAPIOptions?

    public init(bank: ScenarioBank, engineVersion: String) {
        self.bank = bank
        self.engineVersion = engineVersion
    }

    /// What a run wrote.
    public struct Result: Sendable {
        /// The export folder, as named.
        public var folder: String
        public var manifest: Manifest
        /// The statements written to `statements.json`, to send on; `nil` without ``CohortBatch/xapi``.
        public var statements: XAPIStatements?
        /// How long each stage took, by the wall clock, in the order they ran: where a large
        /// cohort's time goes (`sjt batch --timings`, benchmarks/README.md).
        public var stages: [StageTime] = []
        /// How long each export file took within the export stage, and on which writing thread, in
        /// the order they were begun.
        public var files: [FileWritingTime] = []
    }

    /// One stage of a run: its wall-clock time, and the processor time all the process's threads
    /// spent in it, which shows how busy the cores were (twice the wall-clock time is both cores
    /// busy throughout).
    public struct StageTime: Sendable, Equatable {
        public var stage: String
        public var seconds: Double
        /// User and system time of every thread, in seconds; `nil` when not measured.
        public var processorSeconds: Double?

        public init(stage: String, duration: Duration, processorSeconds: Double? = nil) {
            self.stage = stage
            seconds = Self.seconds(duration)
            self.processorSeconds = processorSeconds
        }

        /// A duration in seconds, as the stages give it.
        public static func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }

        /// The process's user and system time so far, in seconds.
        public static func processorTime() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
            return seconds(usage.ru_utime) + seconds(usage.ru_stime)
        }
    }

    /// Reads, scores and exports.
    ///
    /// - Parameter progress: Called now and then while scoring, with the attempts replayed and the total.
    /// - Throws: ``CohortInputError`` for inputs that cannot be read, and the export folder's and
    ///   CSV writer's errors; each says what to do, and nothing is left half-written.
    public func run(progress: ((Int, Int) -> Void)? = nil) throws -> Result {
        // A folder named with -o is checked before any work, so a refusal costs nothing.
        var folder = try output.map { try ExportFolder(path: $0, replacing: replacing) }
        var stopwatch = Stopwatch()
        var inputs = try readInputs()
        stopwatch.lap("read and import")
        let pseudonymisation = pseudonymKey.map { inputs.pseudonymise(key: $0, options: pseudonymisationOptions) }
        if pseudonymKey != nil { stopwatch.lap("pseudonymise") }
        let run = CohortRun(inputs.imported, scenarios: bank.preparedScenarios, progress: progress)
        inputs.count(run)
        stopwatch.lap("group and replay")

        let folderPath = output ?? Self.defaultFolder(for: run)
        if folder == nil { folder = try ExportFolder(path: folderPath, replacing: replacing) }
        var options = exportOptions
        // A pseudonymised export's rejects.csv quotes only the bank's words, whatever the caller set.
        if pseudonymKey != nil { options.rejectsRedaction = RejectsRedaction(vocabulary: bank.rejectsVocabulary) }
        var files = try CohortExport(run: run, catalogue: bank.catalogue, options: options).write(into: folder!)
        stopwatch.lap("export")
        let statements = xapi.map { XAPIStatements(run: run, catalogue: bank.catalogue, scenarioHashes: bank.scenarioHashes, options: $0) }
        if let statements {
            files[XAPIStatementsFile.name] = try XAPIStatementsFile.write(statements, to: folder!.temporaryPath + "/" + XAPIStatementsFile.name)
            stopwatch.lap("xAPI statements")
        }
        var manifest = manifest(run: run, inputs: inputs, files: files)
        manifest.pseudonymisation = pseudonymisation
        // The report reads the CSV files just written back, as `sjt report` does, so its figures
        // are theirs; learners.csv and attempts.csv it only counts, from the tallies their writers
        // took of the same cells. It goes into the folder before the manifest, which lists it.
        let report = try BatchReport(
            folder: folder!.temporaryPath, manifest: manifest, labels: bank.reportLabels, written: folder!.tallies
        ).render()
        try ReportFile.write(report, to: folder!.temporaryPath + "/" + ReportFile.name)
        stopwatch.lap("report")
        try folder!.commit { written in
            var manifest = manifest
            manifest.writtenFiles = written
            return try manifest.json()
        }
        stopwatch.lap("manifest and rename")
        return Result(folder: folderPath, manifest: manifest, statements: statements, stages: stopwatch.laps, files: folder!.writingTimes)
    }

    /// Wall-clock and processor-time laps, for ``Result/stages``.
    private struct Stopwatch {
        private let clock = ContinuousClock()
        private var last: ContinuousClock.Instant
        private var lastProcessor: Double
        private(set) var laps: [StageTime] = []

        init() {
            last = clock.now
            lastProcessor = StageTime.processorTime()
        }

        mutating func lap(_ stage: String) {
            let now = clock.now, processor = StageTime.processorTime()
            laps.append(StageTime(stage: stage, duration: last.duration(to: now), processorSeconds: processor - lastProcessor))
            (last, lastProcessor) = (now, processor)
        }
    }

    /// Every input read into one import, each file once, refusing inputs with no responses at all.
    private func readInputs() throws -> CohortInputs {
        var inputs = CohortInputs()
        for path in self.inputs + stores {
            try inputs.add(path, delimiter: delimiter, isStore: stores.contains(path))
        }
        try inputs.requireResponses()
        return inputs
    }

    private func manifest(run: CohortRun, inputs: CohortInputs, files: [String: Int]) -> Manifest {
        Manifest(
            engineVersion: engineVersion,
            createdAt: UTCTime.iso8601(),
            catalogue: .init(id: bank.catalogue.id, version: bank.catalogue.version, sha256: bank.catalogueSHA256),
            scenarios: bank.scenarios.map { .init(id: $0.id.rawValue, version: $0.version, sha256: bank.sources[$0.id]?.sha256 ?? "") },
            inputs: inputs.manifest, counts: Manifest.Counts(run: run),
            options: [
                "include_incomplete": String(exportOptions.includeIncomplete), "bom": String(exportOptions.byteOrderMark),
                "delimiter": delimiter.map { String(UnicodeScalar($0)) } ?? "detected",
                "pseudonymised": String(pseudonymKey != nil), "allow_rejects": String(allowsRejects),
            ].merging(xapi.map { ["xapi_activity_base": $0.activityBase.text, "xapi_account_home_page": $0.accountHomePage.text] } ?? [:]) { $1 },
            files: files)
    }

    /// `exports/<cohort>-<UTC time>`, the cohort's name when there is one, else `cohort`; the name
    /// is kept to letters, digits, `-` and `_`, and to 64 characters, so any cohort makes a folder.
    public static func defaultFolder(for run: CohortRun) -> String {
        let cohorts = run.cohorts
        let name = cohorts.count == 1
            ? String(cohorts.first!.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }.prefix(64)) : "cohort"
        return "exports/\(name.isEmpty ? "cohort" : name)-\(UTCTime.stamp())"
    }
}

extension ScenarioBank {
    /// Every scenario prepared against the catalogue, by id: what a cohort run replays through.
    public var preparedScenarios: [ScenarioID: PreparedScenario] {
        Dictionary(uniqueKeysWithValues: scenarios.map { ($0.id, PreparedScenario($0, catalogue: catalogue)) })
    }

    /// The catalogue's and scenarios' names, for the report.
    public var reportLabels: ReportLabels { ReportLabels(catalogue: catalogue, scenarios: scenarios) }

    /// What a pseudonymised rejects.csv may quote: the bank's ids and the format's names.
    public var rejectsVocabulary: Set<String> {
        // "best" and "worst" name the parts of a best-worst response.
        var words = Set(CohortResponse.columns + LeadershipLevel.allCases.map(\.rawValue) + ["best", "worst"])
        for rating in catalogue.scale.ratings { words.insert(rating.id.rawValue) }
        for scenario in scenarios {
            words.insert(scenario.id.rawValue)
            for node in scenario.nodes {
                words.insert(node.id.rawValue)
                for choice in node.decision?.choices ?? [] { words.insert(choice.id.rawValue) }
            }
        }
        return words
    }
}
