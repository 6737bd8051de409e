import SJTCSV
import SJTEngine

/// attempts.csv: one row per accepted attempt, with the engine's figures for its path.
struct AttemptsFile: ExportFile {
    let context: ExportContext

    let name = "attempts.csv"
    let header = AttemptIdentityCells.columns + [
        "decisions", "total", "maximum", "percentage", "band", "ending", "outcome", "complete", "band_uncapped",
    ]

    func writeRows(to writer: CSVWriter) throws -> Int {
        let run = context.run
        var identities = AttemptIdentityCells(run)
        // What every attempt on a path shares, once met.
        var figures = [[UInt8]?](repeating: nil, count: run.paths.count)
        for attempt in run.attempts {
            let path = Int(attempt.path)
            if figures[path] == nil { figures[path] = Self.figures(of: run.paths[path], with: writer) }
            try writer.write { record in
                identities.append(attempt, to: &record, with: writer)
                record.append(encoded: figures[path]!)
            }
        }
        return run.attempts.count
    }

    /// `decisions, total, maximum, percentage, band, ending, outcome, complete, band_uncapped`.
    private static func figures(of path: ScoredPath, with writer: CSVWriter) -> [UInt8] {
        writer.encode([
            .integer(path.steps.count), .integer(path.total), .integer(path.maximum), .percentage(path.percentage),
            .text(orEmpty: path.band?.rawValue), .text(orEmpty: path.ending?.rawValue), .text(orEmpty: path.outcome?.rawValue),
            .text(path.isComplete ? "yes" : "no"), .text(orEmpty: path.uncappedBand?.rawValue),
        ])
    }
}
