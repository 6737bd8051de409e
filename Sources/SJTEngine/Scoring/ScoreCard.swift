/// The numbers of an attempt: total and maximum, percentage, band, and the breakdown per principle
/// and framework element. What a cohort export needs of every attempt; ``SessionResult`` adds what a
/// debrief needs.
///
/// Different paths have different lengths, so the percentage is over the decisions actually met:
/// `total / maximum × 100`, where `maximum` adds up only the decisions on the learner's path.
public struct ScoreCard: Sendable, Equatable {
    public var total: Int
    public var maximum: Int
    /// `nil` when the maximum is 0.
    public var percentage: Double?
    public var band: Band?
    /// Per principle, in catalogue order; only principles some decision counted toward.
    public var principles: [AreaScore<PrincipleID>]
    /// Per framework element, in catalogue order.
    public var elements: [AreaScore<ElementID>]
}

extension Session {
    /// The score card so far, from the decisions answered.
    ///
    /// - Complexity: O(*d* × *t*) in decisions and the principles or elements each is tagged with.
    public var scoreCard: ScoreCard {
        var total = 0, maximum = 0
        for (_, score) in answered {
            total += score.points
            maximum += score.maximum
        }
        let percentage = maximum > 0 ? Double(total) * 100 / Double(maximum) : nil
        return ScoreCard(
            total: total, maximum: maximum, percentage: percentage,
            band: percentage.flatMap { catalogue.band(forPercentage: $0) },
            principles: areas(in: catalogue.principleOrder) { principles(of: $0) },
            elements: areas(in: catalogue.elementOrder) { elements(of: $0) })
    }

    /// The principles a decision counts toward: its tags, or the scenario's when it has none.
    func principles(of decision: Decision) -> [PrincipleID] {
        decision.taggedPrinciples.isEmpty ? scenario.principles : decision.taggedPrinciples
    }

    /// The framework elements a decision counts toward: its own, or the scenario's.
    func elements(of decision: Decision) -> [ElementID] {
        decision.elements.isEmpty ? scenario.elements : decision.elements
    }

    /// Sums per principle or element, in catalogue order, then any the catalogue does not list.
    ///
    /// Linear scans, not dictionaries: an attempt tags a handful, and this runs for every attempt a
    /// cohort scores.
    private func areas<ID: StringIdentifier>(in order: [ID], _ tags: (Decision) -> [ID]) -> [AreaScore<ID>] {
        var sums: [(id: ID, points: Int, maximum: Int, count: Int)] = []
        for (decision, score) in answered {
            for id in tags(decision) {
                if let index = sums.firstIndex(where: { $0.id == id }) {
                    sums[index].points += score.points
                    sums[index].maximum += score.maximum
                    sums[index].count += 1
                } else {
                    sums.append((id, score.points, score.maximum, 1))
                }
            }
        }
        let rank = { (id: ID) in order.firstIndex(of: id) ?? order.count }
        return sums.sorted { (rank($0.id), $0.id) < (rank($1.id), $1.id) }.map {
            AreaScore(id: $0.id, points: $0.points, maximum: $0.maximum, decisions: $0.count, catalogue: catalogue)
        }
    }
}
