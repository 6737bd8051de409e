/// The numbers of an attempt: percentage, band (after the ending's cap and before it), points, and
/// the breakdown per principle, framework element and capability. What a cohort export needs of every attempt;
/// ``SessionResult`` adds what a debrief needs.
///
/// The percentage is the mean over the decisions met of each one's points ÷ maximum, weighted by
/// each decision's `weight` (``Credit``): paths have different lengths, and a single choice counts
/// as much as a rank. Points and maximum are added up for display only; the percentage is not their
/// ratio. Once the attempt reaches an ending whose outcome has a ``Outcome/highestBand``, the band is
/// no higher than that; the percentage is never changed (docs/scoring.md).
public struct ScoreCard: Sendable, Equatable {
    public var total: Int
    public var maximum: Int
    public var credit: Credit
    /// `nil` when no decision met could earn anything.
    public var percentage: Double?
    /// The band the attempt reaches: the percentage's band, no higher than the ending's cap.
    public var band: Band?
    /// The band of the percentage alone, before any cap.
    public var uncappedBand: Band?
    /// The cap of the ending reached (its outcome's highest band), whether or not it lowered the
    /// band; `nil` before the ending and for endings whose outcome has none.
    public var cap: BandID?
    /// Per principle, in catalogue order; only principles some decision counted toward.
    public var principles: [AreaScore<PrincipleID>]
    /// Per framework element, in catalogue order.
    public var elements: [AreaScore<ElementID>]
    /// Per leadership capability, in catalogue order (none when the catalogue and bank have none).
    public var capabilities: [AreaScore<CapabilityID>]

    /// True when the ending's cap lowered the band.
    public var isCapped: Bool { band != uncappedBand }
}

extension Session {
    /// The score card so far, from the decisions answered.
    ///
    /// - Complexity: O(*d* × *t* + *b*) in decisions, the tags of each, and the catalogue's bands.
    public var scoreCard: ScoreCard {
        var total = 0, maximum = 0
        var credit = Credit.none
        for (node, score) in answered {
            total += score.points
            maximum += score.maximum
            credit.add(score, weight: prepared.weights[node])
        }
        let percentage = credit.percentage
        let cap = isFinished ? prepared.caps[currentIndex] : nil
        return ScoreCard(
            total: total, maximum: maximum, credit: credit, percentage: percentage,
            band: percentage.flatMap { prepared.bands.band(forPercentage: $0, cappedAt: cap) },
            uncappedBand: percentage.flatMap { prepared.bands.band(forPercentage: $0) },
            cap: cap,
            principles: areas(prepared.principleTags), elements: areas(prepared.elementTags),
            capabilities: areas(prepared.capabilityTags))
    }

    /// Credit per principle or element slot (catalogue order, then extras), for the slots some
    /// decision counted toward: each decision with its whole weight toward every slot it tags.
    ///
    /// An attempt touches a handful of slots out of the catalogue's dozens, so they are gathered in
    /// a short list searched in place, then put in slot order.
    private func areas<ID: StringIdentifier>(_ slots: TagSlots<ID>) -> [AreaScore<ID>] {
        var sums: [(slot: Int, points: Int, maximum: Int, count: Int, credit: Credit)] = []
        for (node, score) in answered {
            let weight = prepared.weights[node]
            for slot in slots.byNode[node] {
                if let index = sums.firstIndex(where: { $0.slot == slot }) {
                    sums[index].points += score.points
                    sums[index].maximum += score.maximum
                    sums[index].count += 1
                    sums[index].credit.add(score, weight: weight)
                } else {
                    var credit = Credit.none
                    credit.add(score, weight: weight)
                    sums.append((slot, score.points, score.maximum, 1, credit))
                }
            }
        }
        return sums.sorted { $0.slot < $1.slot }.map {
            AreaScore(
                id: slots.id(atSlot: $0.slot), points: $0.points, maximum: $0.maximum, decisions: $0.count, credit: $0.credit,
                bands: prepared.bands)
        }
    }
}
