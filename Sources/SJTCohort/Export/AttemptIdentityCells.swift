import SJTCSV
import SJTEngine

/// The cells responses.csv and attempts.csv both start a row with (`cohort, learner_id,
/// learner_name, level, scenario_id, scenario_version, attempt`), encoded once per attempt, with
/// what is the same on every attempt on a path encoded once per path.
struct AttemptIdentityCells {
    static let columns = ["cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt"]

    private let run: CohortRun
    /// Per path, `level, scenario_id, scenario_version`, once met.
    private var paths: [[UInt8]?]

    init(_ run: CohortRun) {
        self.run = run
        paths = Array(repeating: nil, count: run.paths.count)
    }

    /// The attempt's leading cells, as `writer` encodes them.
    mutating func encode(_ attempt: CohortRun.Attempt, with writer: CSVWriter) -> [UInt8] {
        let path = Int(attempt.path)
        if paths[path] == nil {
            let scored = run.paths[path]
            paths[path] = writer.encode([
                .text(scored.level.rawValue), .text(scored.scenario.id.rawValue), .integer(scored.scenario.version),
            ])
        }
        let identity = paths[path]!
        let pool = run.imported.pool
        return writer.encode { record in
            pool.withBytes(attempt.cohort) { record.append(utf8: $0) }
            pool.withBytes(attempt.learnerID) { record.append(utf8: $0) }
            pool.withBytes(run.learnerNameID(of: attempt)) { record.append(utf8: $0) }
            record.append(encoded: identity)
            record.append(.integer(Int(attempt.number)))
        }
    }
}
