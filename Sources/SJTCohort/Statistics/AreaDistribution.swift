import SJTEngine

/// Every learner's percentage in each area of one vocabulary, by level: what principles.csv and
/// elements.csv summarise.
///
/// Memory: one `Double` per learner and area they were scored in.
struct AreaDistribution {
    /// By level (in `LeadershipLevel.allCases` order), then position in the vocabulary.
    private(set) var values: [[[Double]]]
    let vocabulary: CohortVocabulary

    init(_ vocabulary: CohortVocabulary, areas: Int) {
        self.vocabulary = vocabulary
        values = Array(repeating: Array(repeating: [], count: areas), count: LeadershipLevel.allCases.count)
    }

    /// Gathers every summarised learner of the run.
    init(_ vocabulary: CohortVocabulary, of run: CohortRun, _ scope: SummaryScope, catalogue: Catalogue) {
        self.init(vocabulary, areas: vocabulary.ids(in: catalogue).count)
        run.forEachLearner(scope, catalogue: catalogue) { add($0) }
    }

    mutating func add(_ learner: LearnerSummary) {
        guard learner.isSummarised, let level = LeadershipLevel.allCases.firstIndex(of: learner.level) else { return }
        for (index, percentage) in learner.areas[vocabulary].enumerated() {
            if let percentage { values[level][index].append(percentage) }
        }
    }
}
