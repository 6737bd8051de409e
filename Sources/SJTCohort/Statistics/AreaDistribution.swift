import SJTEngine

/// Every learner's percentage in each area of one vocabulary, by level: what principles.csv,
/// elements.csv and capabilities.csv summarise.
///
/// Kept as how many learners had each percentage, not a number per learner: a cohort's learners
/// share few distinct percentages (their attempts share paths), so all three vocabularies can be
/// gathered in one pass over the learners without memory growing with the cohort.
///
/// Memory: one entry per distinct percentage met at each level and area.
struct AreaDistribution {
    /// By level (in `LeadershipLevel.allCases` order), then position in the vocabulary: each
    /// percentage met, and how many learners had it.
    private var counts: [[[Double: Int]]]
    let vocabulary: CohortVocabulary

    init(_ vocabulary: CohortVocabulary, areas: Int) {
        self.vocabulary = vocabulary
        counts = Array(repeating: Array(repeating: [:], count: areas), count: LeadershipLevel.allCases.count)
    }

    /// Every vocabulary's distribution, gathered in one pass over the summarised learners of the run.
    ///
    /// - Complexity: O(*a* × *v*) in attempts and the areas each credits, as `forEachLearner`, then
    ///   O(*p* log *p*) in distinct percentages for each area's summary.
    static func all(of run: CohortRun, _ scope: SummaryScope, catalogue: Catalogue) -> PerVocabulary<AreaDistribution> {
        var distributions = empty(catalogue)
        run.forEachLearner(scope, catalogue: catalogue) { distributions.add($0) }
        return distributions
    }

    /// A distribution of no learners for each vocabulary of the catalogue, to ``add(_:)`` them to.
    static func empty(_ catalogue: Catalogue) -> PerVocabulary<AreaDistribution> {
        PerVocabulary<AreaDistribution> { AreaDistribution($0, areas: $0.ids(in: catalogue).count) }
    }

    mutating func add(_ learner: LearnerSummary) {
        guard learner.isSummarised, let level = LeadershipLevel.allCases.firstIndex(of: learner.level) else { return }
        for (index, percentage) in learner.areas[vocabulary].enumerated() {
            if let percentage { counts[level][index][percentage, default: 0] += 1 }
        }
    }

    /// The percentages of the learners at the level (its position in `LeadershipLevel.allCases`)
    /// in the area (its position in the vocabulary), ascending, each as many times as learners had it.
    func sortedValues(level: Int, area: Int) -> [Double] {
        var values: [Double] = []
        for (value, count) in counts[level][area].sorted(by: { $0.key < $1.key }) {
            values.append(contentsOf: repeatElement(value, count: count))
        }
        return values
    }
}

extension PerVocabulary<AreaDistribution> {
    /// Adds the learner to each vocabulary's distribution.
    mutating func add(_ learner: LearnerSummary) {
        for vocabulary in CohortVocabulary.allCases { self[vocabulary].add(learner) }
    }
}
