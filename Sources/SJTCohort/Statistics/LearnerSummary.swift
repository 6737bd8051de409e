import SJTEngine

/// One learner at one level: their attempts, and the engine's credit over those summarised, in
/// total and per principle, framework element and capability.
///
/// The one aggregation of a cohort's learners: learners.csv, principles.csv, elements.csv and
/// `sjt compare` all read it, so a learner's percentage is worked out in one place.
public struct LearnerSummary: Sendable {
    var cohort: StringPool.ID
    public var learnerID: String
    /// The first name any of their rows gives.
    public var name: String?
    public var level: LeadershipLevel
    public var attempts: Int
    public var completeAttempts: Int
    /// Points added up over the attempts summarised, for display.
    public var total: Int
    public var maximum: Int
    /// Every decision of the attempts summarised, as the engine credited it.
    public var credit: Credit
    public var percentage: Double?
    /// Per vocabulary, by position in the catalogue's list; `nil` where no decision summarised
    /// counted toward the area.
    public var areas: PerVocabulary<[Double?]>
    /// False when no attempt is summarised.
    public var isSummarised: Bool
}

/// Which attempts a cohort's summaries count (learners, principles, elements, items, options, tests).
public struct SummaryScope: Sendable, Equatable {
    /// Unfinished attempts count too (`--include-incomplete`).
    public var includeIncomplete: Bool

    public init(includeIncomplete: Bool = false) { self.includeIncomplete = includeIncomplete }

    /// Whether the summaries count the attempt: complete ones, or all with `includeIncomplete`.
    func counts(_ attempt: CohortRun.Attempt, in run: CohortRun) -> Bool {
        includeIncomplete || run.isComplete(attempt)
    }
}

extension CohortRun {
    /// Calls `body` for each learner at each level, in order of cohort, learner and level.
    ///
    /// A learner's attempts are next to each other in the run (it is ordered by cohort and learner),
    /// so each learner is summed as it is met, in memory for one learner at a time.
    ///
    /// - Complexity: O(*a* × *v*) in attempts and the areas each credits.
    /// - Returns: The number of learner summaries.
    @discardableResult
    public func forEachLearner(
        _ scope: SummaryScope, catalogue: Catalogue, _ body: (LearnerSummary) throws -> Void
    ) rethrows -> Int {
        var count = 0
        var start = 0
        // Scratch sums, one per area, reused from one learner to the next.
        var credits = PerVocabulary { [Credit](repeating: .none, count: $0.ids(in: catalogue).count) }
        while start < attempts.count {
            let end = endOfLearner(startingAt: start)
            // Most learners practise at one level: only the levels met are summed, in framework order.
            var met = 0
            for index in start..<end { met |= 1 << paths[Int(attempts[index].path)].level.rank }
            for level in LeadershipLevel.allCases where met & (1 << level.rank) != 0 {
                var summary = LearnerSummary(
                    cohort: attempts[start].cohort, learnerID: learnerID(of: attempts[start]), name: nil, level: level,
                    attempts: 0, completeAttempts: 0, total: 0, maximum: 0, credit: .none, percentage: nil,
                    areas: PerVocabulary(repeating: []), isSummarised: false)
                for attempt in attempts[start..<end] {
                    // The path's fields are read where they are: copying a ScoredPath retains each of its arrays.
                    let path = Int(attempt.path)
                    guard paths[path].level == level else { continue }
                    summary.attempts += 1
                    if paths[path].isComplete { summary.completeAttempts += 1 }
                    if summary.name == nil { summary.name = learnerName(of: attempt) }
                    guard scope.counts(attempt, in: self) else { continue }
                    summary.isSummarised = true
                    summary.total += paths[path].total
                    summary.maximum += paths[path].maximum
                    summary.credit.add(paths[path].credit)
                    for vocabulary in CohortVocabulary.allCases {
                        for sum in paths[path].areas[vocabulary] { credits[vocabulary][Int(sum.position)].add(sum.credit) }
                    }
                }
                // Over all the decisions of the attempts summarised, each weighing what the engine gave it.
                summary.percentage = summary.credit.percentage
                for vocabulary in CohortVocabulary.allCases {
                    summary.areas[vocabulary] = credits[vocabulary].map(\.percentage)
                    for index in credits[vocabulary].indices { credits[vocabulary][index] = .none }
                }
                try body(summary)
                count += 1
            }
            start = end
        }
        return count
    }

    /// The position after the last attempt of the learner whose attempts start at `start`.
    private func endOfLearner(startingAt start: Int) -> Int {
        var end = start + 1
        while end < attempts.count, attempts[end].cohort == attempts[start].cohort,
            attempts[end].learnerID == attempts[start].learnerID
        {
            end += 1
        }
        return end
    }

    /// Each learner at each level with their percentage per principle over the attempts summarised
    /// (none when no attempt is): what `sjt compare` matches between two cohorts.
    public func learnerScores(_ scope: SummaryScope, catalogue: Catalogue) -> [CohortComparison.Learner] {
        var scores: [CohortComparison.Learner] = []
        forEachLearner(scope, catalogue: catalogue) { learner in
            var principles: [PrincipleID: Double] = [:]
            for (index, percentage) in learner.areas.principles.enumerated() {
                if let percentage { principles[catalogue.principleOrder[index]] = percentage }
            }
            scores.append(CohortComparison.Learner(id: learner.learnerID, level: learner.level, principles: principles))
        }
        return scores
    }
}
