import SJTCSV
import SJTEngine

/// learners.csv: one row per learner and level, wide, with a column per principle and then per
/// framework element (``CohortVocabulary/learnerColumn(_:)``).
struct LearnersFile: TalliedExportFile {
    let context: ExportContext
    /// The area files' distributions, gathered in the same pass as the rows and handed over.
    let distributions: SharedFigures<PerVocabulary<AreaDistribution>>

    static let columns = [
        "cohort", "learner_id", "learner_name", "level", "attempts", "complete_attempts", "total", "maximum", "percentage", "band",
    ]

    let name = "learners.csv"
    var header: [String] {
        Self.columns + CohortVocabulary.allCases.flatMap { vocabulary in
            vocabulary.ids(in: context.catalogue).map(vocabulary.learnerColumn)
        }
    }

    /// The columns the rows are tallied by, for the report's cohort at a glance.
    static let tallyColumns = ["cohort", "level", "band"]

    /// The area files work out their distributions themselves if this file was not written.
    func finished() { distributions.provide(nil) }

    /// A learner row's `cohort, level, band`, by the cohort's pool id.
    private struct Group: Hashable {
        var cohort: StringPool.ID
        var level: LeadershipLevel
        var band: String?
    }

    func writeRows(to writer: CSVWriter, tally: inout WrittenTally?) throws -> Int {
        let pool = context.run.imported.pool, catalogue = context.catalogue
        var groups: [Group: Int] = [:]
        var distributions = AreaDistribution.empty(catalogue)
        let rows = try context.run.forEachLearner(context.scope, catalogue: catalogue) { learner in
            distributions.add(learner)
            let band = learner.percentage.flatMap { catalogue.band(forPercentage: $0)?.id.rawValue }
            groups[Group(cohort: learner.cohort, level: learner.level, band: band), default: 0] += 1
            try writer.write { record in
                pool.withBytes(learner.cohort) { record.append(utf8: $0) }
                record.append(.text(learner.learnerID))
                record.append(.text(orEmpty: learner.name))
                record.append(.text(learner.level.rawValue))
                record.append(.integer(learner.attempts))
                record.append(.integer(learner.completeAttempts))
                record.append(.integer(learner.total))
                record.append(.integer(learner.maximum))
                record.append(.percentage(learner.percentage))
                record.append(.text(orEmpty: band))
                for vocabulary in CohortVocabulary.allCases {
                    for percentage in learner.areas[vocabulary] { record.append(.percentage(percentage)) }
                }
            }
        }
        self.distributions.provide(distributions)
        tally = try WrittenTally(columns: Self.tallyColumns, counts: groups, writer: writer) { group, record in
            pool.withBytes(group.cohort) { record.append(utf8: $0) }
            record.append(.text(group.level.rawValue))
            record.append(.text(orEmpty: group.band))
        }
        return rows
    }
}
