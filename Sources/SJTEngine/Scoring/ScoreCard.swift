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
    /// - Complexity: O(*d* × *t* + *c*) in decisions, the tags of each, and the catalogue's size.
    public var scoreCard: ScoreCard {
        var total = 0, maximum = 0
        for (_, score) in answered {
            total += score.points
            maximum += score.maximum
        }
        let percentage = maximum > 0 ? Double(total) * 100 / Double(maximum) : nil
        return ScoreCard(
            total: total, maximum: maximum, percentage: percentage,
            band: percentage.flatMap { prepared.bands.band(forPercentage: $0) },
            principles: areas(slots: prepared.principleSlotCount, prepared.principleSlots,
                              id: prepared.principle(atSlot:)),
            elements: areas(slots: prepared.elementSlotCount, prepared.elementSlots,
                            id: prepared.element(atSlot:)))
    }

    /// Sums per principle or element slot (catalogue order, then extras), for the slots some
    /// decision counted toward.
    private func areas<ID: StringIdentifier>(
        slots: Int, _ tags: [[Int]], id: (Int) -> ID
    ) -> [AreaScore<ID>] {
        var sums = [(points: Int, maximum: Int, count: Int)](repeating: (0, 0, 0), count: slots)
        for (node, score) in answered {
            for slot in tags[node] {
                sums[slot].points += score.points
                sums[slot].maximum += score.maximum
                sums[slot].count += 1
            }
        }
        return sums.indices.compactMap { slot in
            let sum = sums[slot]
            guard sum.count > 0 else { return nil }
            return AreaScore(id: id(slot), points: sum.points, maximum: sum.maximum, decisions: sum.count, bands: prepared.bands)
        }
    }
}
