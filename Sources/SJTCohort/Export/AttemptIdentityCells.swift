import SJTCSV
import SJTEngine

/// The cells responses.csv and attempts.csv both start a row with (`cohort, learner_id,
/// learner_name, level, scenario_id, scenario_version, attempt`), with what is the same on every
/// attempt on a path encoded once per path.
struct AttemptIdentityCells {
    static let columns = ["cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt"]

    private let run: CohortRun
    /// Taken once: copying the pool for each attempt would retain its arrays, from both writing
    /// threads at once.
    private let pool: StringPool
    /// Per path, where its `level, scenario_id, scenario_version` are in `cells`, once met.
    private var paths: [Range<Int>?]
    private var cells = EncodedCells()

    init(_ run: CohortRun) {
        self.run = run
        pool = run.imported.pool
        paths = Array(repeating: nil, count: run.paths.count)
    }

    /// Appends the attempt's leading cells to `record`, as `writer` encodes them.
    mutating func append(_ attempt: CohortRun.Attempt, to record: inout CSVRecord, with writer: CSVWriter) {
        let path = Int(attempt.path)
        if paths[path] == nil {
            let scored = run.paths[path]
            paths[path] = cells.add(writer.encode([
                .text(scored.level.rawValue), .text(scored.scenario.id.rawValue), .integer(scored.scenario.version),
            ]))
        }
        pool.withBytes(attempt.cohort) { record.append(utf8: $0) }
        pool.withBytes(attempt.learnerID) { record.append(utf8: $0) }
        pool.withBytes(run.learnerNameID(of: attempt)) { record.append(utf8: $0) }
        cells.append(paths[path]!, to: &record)
        record.append(.integer(Int(attempt.number)))
    }
}
