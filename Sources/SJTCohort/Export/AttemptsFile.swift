import SJTCSV
import SJTEngine

/// attempts.csv: one row per accepted attempt, with the engine's figures for its path.
struct AttemptsFile: TalliedExportFile {
    let context: ExportContext

    let name = "attempts.csv"
    let header = AttemptIdentityCells.columns + [
        "decisions", "total", "maximum", "percentage", "band", "ending", "outcome", "complete", "band_uncapped",
    ]

    /// The columns the rows are tallied by, for the report's cohort at a glance.
    static let tallyColumns = ["level", "complete"]

    /// An attempt row's `level, complete`.
    private struct Group: Hashable {
        var level: LeadershipLevel
        var isComplete: Bool
    }

    private static func complete(_ isComplete: Bool) -> String { isComplete ? "yes" : "no" }

    func writeRows(to writer: CSVWriter, tally: inout WrittenTally?) throws -> Int {
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
        // A path's level and completion are the row's `level` and `complete` cells.
        var groups: [Group: Int] = [:]
        for (path, attempts) in run.attemptsOnEachPath().enumerated() where attempts > 0 {
            groups[Group(level: run.paths[path].level, isComplete: run.paths[path].isComplete), default: 0] += attempts
        }
        tally = try WrittenTally(columns: Self.tallyColumns, counts: groups, writer: writer) { group, record in
            record.append(.text(group.level.rawValue))
            record.append(.text(Self.complete(group.isComplete)))
        }
        return run.attempts.count
    }

    /// `decisions, total, maximum, percentage, band, ending, outcome, complete, band_uncapped`.
    private static func figures(of path: ScoredPath, with writer: CSVWriter) -> [UInt8] {
        writer.encode([
            .integer(path.steps.count), .integer(path.total), .integer(path.maximum), .percentage(path.percentage),
            .text(orEmpty: path.band?.rawValue), .text(orEmpty: path.ending?.rawValue), .text(orEmpty: path.outcome?.rawValue),
            .text(complete(path.isComplete)), .text(orEmpty: path.uncappedBand?.rawValue),
        ])
    }
}
