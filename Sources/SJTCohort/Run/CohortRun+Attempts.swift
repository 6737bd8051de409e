import SJTEngine

extension CohortRun {
    /// Calls `body` with each accepted attempt in the run's order (cohort, learner, scenario,
    /// attempt number), its responses paired with their scored steps: the domain-level way for an
    /// output (a report, learning records) to read a run.
    ///
    /// - Complexity: O(*r*) in the rows accepted, one attempt in memory at a time.
    public func forEachAttempt(_ body: (ScoredAttempt) throws -> Void) rethrows {
        for attempt in attempts { try body(scored(attempt)) }
    }

    /// The attempt with its responses paired with their scored steps.
    public func scored(_ attempt: Attempt) -> ScoredAttempt {
        var responses: [ScoredResponse] = []
        responses.reserveCapacity(Int(attempt.rowCount))
        forEachRow(of: attempt) { row, step in
            responses.append(ScoredResponse(
                step: Int(row.step), scored: steps[Int(step)], shownOrder: shownOrder(row.shownOrder),
                answeredAt: imported.texts.optional(row.answeredAt),
                rationale: imported.texts.optional(row.rationale)))
        }
        return ScoredAttempt(
            cohort: cohort(of: attempt), learnerID: learnerID(of: attempt), learnerName: learnerName(of: attempt),
            number: Int(attempt.number), path: path(of: attempt), responses: responses)
    }

    /// A shown order as its choice ids: the row's text split at spaces, empty when not given.
    func shownOrder(_ id: StringPool.ID) -> [ChoiceID] {
        id == 0 ? [] : imported.pool[id].split(separator: " ").map { ChoiceID(String($0)) }
    }
}
