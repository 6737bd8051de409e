import Foundation
import SJTEngine

/// Makes a synthetic cohort with plausible response patterns, for tests, demos and benchmarks.
///
/// Each learner has an ability drawn from a standard normal distribution. At every decision the
/// learner leans towards better-rated options in proportion to their ability, through the engine's
/// own sessions, so every simulated path is a valid one:
/// - single and best-worst: options are picked with weights `exp(ability' × steps)`, where
///   `ability' = ability + 0.5` (most staff lean the right way) and `steps` is the option's rating;
/// - rank: options are ordered by `ability' × steps` plus Gumbel noise;
/// - rate: each rating is the key's, moved by normal noise that shrinks as ability grows.
///
/// Deterministic for a seed. Names are clearly fictional: "Learner 000042".
public struct CohortSimulator: Sendable {
    public var scenarios: [PreparedScenario]
    public var levels: [LeadershipLevel]
    public var cohort: String
    public var scenariosPerLearner: Int
    /// Added to every learner's ability: a cohort simulated again with the same seed and a shift is
    /// the same learners after a course that improved them by that much.
    public var abilityShift: Double

    public init(
        scenarios: [PreparedScenario], levels: [LeadershipLevel], cohort: String, scenariosPerLearner: Int, abilityShift: Double = 0
    ) {
        self.scenarios = scenarios
        self.levels = levels
        self.cohort = cohort
        self.scenariosPerLearner = scenariosPerLearner
        self.abilityShift = abilityShift
    }

    /// Simulates `learners` learners, handing each response to `emit` as it is made.
    public func simulate(learners: Int, seed: UInt64, emit: (CohortResponse) throws -> Void) throws {
        let start = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15, a fixed and fictional morning
        let formatter = ISO8601DateFormatter()
        guard learners > 0 else { return }
        for index in 1...learners {
            // Each learner draws from a stream of their own, so the same seed gives the same learners
            // (ability, level, scenarios) whatever the shift does to their answers.
            var rng = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
            let id = String(format: "s%06d", index)
            let ability = Self.normal(&rng) + abilityShift
            let level = levels[Int(rng.next() % UInt64(levels.count))]
            var candidates = scenarios.filter { $0.scenario.covers(level) }
            for slot in 0..<min(scenariosPerLearner, candidates.count) {
                let pick = Int(rng.next() % UInt64(candidates.count))
                let prepared = candidates.remove(at: pick)
                var session = try Session(prepared, level: level, seed: rng.next())
                var time = start.addingTimeInterval(Double(index % 86_400) + Double(slot) * 3_600)
                while case .decision(let offered) = session.presentation {
                    let decision = prepared.scenario.node(offered.node)!.decision!
                    let response = Self.response(to: offered, decision: decision, level: level, ability: ability,
                                                 scale: prepared.catalogue.scale, rng: &rng)
                    let outcome = try session.respond(response)
                    time.addTimeInterval(Double(30 + rng.next() % 150))
                    try emit(CohortResponse(
                        cohort: cohort, learnerID: id, learnerName: String(format: "Learner %06d", index), level: level.rawValue,
                        scenarioID: prepared.scenario.id.rawValue, scenarioVersion: prepared.scenario.version, attempt: 1,
                        step: outcome.recorded.step, nodeID: offered.node.rawValue, response: outcome.recorded.response.description,
                        shownOrder: offered.choices.map(\.id.rawValue).joined(separator: " "), answeredAt: formatter.string(from: time)))
                }
            }
        }
    }

    static func response(
        to offered: OfferedDecision, decision: Decision, level: LeadershipLevel, ability: Double, scale: RatingScale,
        rng: inout SeededGenerator
    ) -> Response {
        let ids = offered.choices.map(\.id)
        let steps = ids.map { id in Double(decision.choice(id)?.key[level].flatMap { scale.step($0) } ?? 0) }
        let lean = ability + 0.5
        func pick(_ weights: [Double], excluding: Int? = nil) -> Int {
            let adjusted = weights.enumerated().map { $0.offset == excluding ? 0 : $0.element }
            var threshold = uniform(&rng) * adjusted.reduce(0, +)
            for (index, weight) in adjusted.enumerated() {
                threshold -= weight
                if threshold <= 0 && weight > 0 { return index }
            }
            return adjusted.lastIndex { $0 > 0 } ?? 0
        }
        switch offered.format {
        case .single:
            return .single(ids[pick(steps.map { exp(lean * $0) })])
        case .bestWorst:
            let best = pick(steps.map { exp(lean * $0) })
            let worst = pick(steps.map { exp(-lean * $0) }, excluding: best)
            return .bestWorst(best: ids[best], worst: ids[worst])
        case .rank:
            let keys = steps.map { lean * $0 - log(-log(max(uniform(&rng), 1e-12))) }
            return .rank(ids.indices.sorted { keys[$0] > keys[$1] }.map { ids[$0] })
        case .rate:
            let spread = 1.5 / (1 + exp(ability))
            return .rate(zip(ids, steps).map { id, step in
                let noisy = Int((step + normal(&rng) * spread).rounded())
                return RatedChoice(id, scale.ratings[min(max(noisy, 0), scale.ratings.count - 1)].id)
            })
        }
    }

    static func uniform(_ rng: inout SeededGenerator) -> Double { Double(rng.next() >> 11) / Double(1 << 53) }

    /// A standard normal draw (Box–Muller).
    static func normal(_ rng: inout SeededGenerator) -> Double {
        let u = max(uniform(&rng), 1e-12), v = uniform(&rng)
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}
