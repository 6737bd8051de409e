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
            principles: areas(prepared.principleSlots,
                              id: prepared.principle(atSlot:)),
            elements: areas(prepared.elementSlots,
                            id: prepared.element(atSlot:)))
    }

    /// Sums per principle or element slot (catalogue order, then extras), for the slots some
    /// decision counted toward.
    ///
    /// An attempt touches a handful of slots out of the catalogue's dozens, so they are gathered in
    /// a short list searched in place, then put in slot order.
    private func areas<ID: StringIdentifier>(_ tags: [[Int]], id: (Int) -> ID) -> [AreaScore<ID>] {
        var sums: [(slot: Int, points: Int, maximum: Int, count: Int)] = []
        for (node, score) in answered {
            for slot in tags[node] {
                if let index = sums.firstIndex(where: { $0.slot == slot }) {
                    sums[index].points += score.points
                    sums[index].maximum += score.maximum
                    sums[index].count += 1
                } else {
                    sums.append((slot, score.points, score.maximum, 1))
                }
            }
        }
        return sums.sorted { $0.slot < $1.slot }.map {
            AreaScore(id: id($0.slot), points: $0.points, maximum: $0.maximum, decisions: $0.count, bands: prepared.bands)
        }
    }
}
