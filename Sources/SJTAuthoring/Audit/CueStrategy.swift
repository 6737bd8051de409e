import SJTEngine

/// A learner who answers from surface cues, not from practice knowledge. Each makes a response in
/// the decision's own format, which the engine then scores like any other.
///
/// - `longest`: single, the longest option; best-worst, the longest as best and the shortest as
///   worst; rank, longest first; rate, length order mapped onto the scale, longest highest.
/// - `firstInFile`: the same with "written first" in place of "longest": single, the first option;
///   best-worst, first as best and last as worst; rank, file order; rate, first highest.
/// - `random`: single and best, worst uniform among the options (worst among the others); rank, a
///   uniform shuffle; rate, each option a uniform rating. Seeded, so every run is the same.
///
/// Ties in length keep file order. Mapping an order onto the scale: the option at place *p* of *n*
/// (0 first) gets step `round((n − 1 − p) × span ÷ (n − 1))`, so the first gets the top rating and
/// the last the bottom one.
public enum CueStrategy: String, Sendable, CaseIterable, Codable {
    case longest = "longest-option"
    case firstInFile = "first-in-file"
    case random

    /// The response this learner gives to a decision at a level.
    ///
    /// - Complexity: O(*n* log *n*) in options.
    func response(to decision: Decision, at level: LeadershipLevel, scale: RatingScale, using generator: inout SeededGenerator) -> Response {
        let ids = decision.choiceIDs
        let order: [ChoiceID]
        switch self {
        case .longest:
            let lengths = decision.choices.map { $0.auditLength(at: level) }
            order = ids.indices.sorted { (lengths[$0], -$0) > (lengths[$1], -$1) }.map { ids[$0] }
        case .firstInFile:
            order = ids
        case .random:
            var shuffled = ids
            for index in stride(from: shuffled.count - 1, to: 0, by: -1) {
                shuffled.swapAt(index, Int(generator.next() % UInt64(index + 1)))
            }
            order = shuffled
        }
        switch decision.format {
        case .single: return .single(order[0])
        case .bestWorst: return .bestWorst(best: order[0], worst: order[order.count - 1])
        case .rank: return .rank(order)
        case .rate:
            let ratings = scale.ratings
            if self == .random {
                return .rate(ids.map { RatedChoice($0, ratings[Int(generator.next() % UInt64(ratings.count))].id) })
            }
            let span = scale.span, last = max(order.count - 1, 1)
            return .rate(order.enumerated().map { place, id in
                let step = Int((Double((order.count - 1 - place) * span) / Double(last)).rounded())
                return RatedChoice(id, ratings[step].id)
            })
        }
    }
}
