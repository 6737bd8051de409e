import SJTEngine

/// The least and the most a decision can earn at a level among the responses that send the story
/// to one node: what makes a path's band range.
///
/// Found by scoring every such response through ``Scorer``, so the range follows whatever the rules
/// are: single, each option leading there; best-worst, each such best with every other worst;
/// rank, each such first with every order of the rest; rate, every rating of every option.
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
        let ids = decision.choiceIDs
        let leading = decision.choices.filter { ($0.next ?? decision.next) == next }.map(\.id)
        switch decision.format {
        case .single:
            leading.forEach { take(.single($0)) }
        case .bestWorst:
            for best in leading { for worst in ids where worst != best { take(.bestWorst(best: best, worst: worst)) } }
        case .rank:
            for first in leading {
                Self.permutations(of: ids.filter { $0 != first }) { take(.rank([first] + $0)) }
            }
        case .rate:
            guard decision.next == next else { return nil }
            let ratings = scorer.scale.ratings.map(\.id)
            var indices = Array(repeating: 0, count: ids.count)
            // An odometer over every option's rating.
            while true {
                take(.rate(zip(ids, indices).map { RatedChoice($0, ratings[$1]) }))
                var position = 0
                while position < indices.count {
                    indices[position] += 1
                    if indices[position] < ratings.count { break }
                    indices[position] = 0
                    position += 1
                }
                if position == indices.count { break }
            }
        }
        guard least <= most else { return nil }
        (self.least, self.most, self.maximum) = (least, most, maximum)
    }

    /// Calls `body` with every order of `items` (Heap's algorithm).
    private static func permutations(of items: [ChoiceID], _ body: ([ChoiceID]) -> Void) {
        var items = items
        func generate(_ count: Int) {
            guard count > 1 else { body(items); return }
            generate(count - 1)
            for index in 0..<(count - 1) {
                items.swapAt(count % 2 == 0 ? index : 0, count - 1)
                generate(count - 1)
            }
        }
        generate(items.count)
    }
}
