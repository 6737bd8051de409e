import SJTEngine

/// The least and the most a decision can earn at a level among the responses that send the story
/// to one node: what makes a path's band range.
///
/// Found by scoring every such response through ``Scorer``, so the range follows whatever the rules
/// are: single, each option leading there; best-worst, each such best with every other worst;
/// rank, each such first with every order of the rest; rate, every rating of every option. The
/// responses come from ``Scorer/forEachResponse(at:leadingTo:_:)``, the same list the engine's
/// extremes walk.
struct ResponseRange: Sendable, Equatable {
    var least: Int
    var most: Int
    var maximum: Int

    /// - Returns: `nil` when no response leads to `next`.
    /// - Complexity: single O(*n*); best-worst O(*n*²); rank O(*n*!) (120 orders for six options);
    ///   rate O(*r*ⁿ) for *r* ratings (4 096 for six options on a four-point scale). Banks keep to
    ///   two to six options; callers memoise per node, target and level.
    init?(at decision: Decision, leadingTo next: NodeID, level: LeadershipLevel, scorer: Scorer) {
        var least = Int.max, most = Int.min, maximum = 0
        func take(_ response: Response) {
            let score = scorer.score(response, for: decision, at: level)
            least = min(least, score.points)
            most = max(most, score.points)
            maximum = score.maximum
        }
        // The engine's own list of the answers that lead there, format by format (Formats/).
        scorer.forEachResponse(at: decision, leadingTo: next, take)
        guard least <= most else { return nil }
        (self.least, self.most, self.maximum) = (least, most, maximum)
    }
}
