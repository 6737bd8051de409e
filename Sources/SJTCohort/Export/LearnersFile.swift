import SJTCSV
import SJTEngine

/// learners.csv: one row per learner and level, wide, with a column per principle and then per
/// framework element (``CohortVocabulary/learnerColumn(_:)``).
struct LearnersFile: ExportFile {
    let context: ExportContext

    static let columns = [
        "cohort", "learner_id", "learner_name", "level", "attempts", "complete_attempts", "total", "maximum", "percentage", "band",
    ]

    let name = "learners.csv"
    var header: [String] {
        Self.columns + CohortVocabulary.allCases.flatMap { vocabulary in
            vocabulary.ids(in: context.catalogue).map(vocabulary.learnerColumn)
        }
    }

    func writeRows(to writer: CSVWriter) throws -> Int {
        let pool = context.run.imported.pool, catalogue = context.catalogue
        return try context.run.forEachLearner(context.scope, catalogue: catalogue) { learner in
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
                record.append(.text(orEmpty: learner.percentage.flatMap { catalogue.band(forPercentage: $0)?.id.rawValue }))
                for vocabulary in CohortVocabulary.allCases {
                    for percentage in learner.areas[vocabulary] { record.append(.percentage(percentage)) }
                }
            }
        }
    }
}
