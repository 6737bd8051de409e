import SJTEngine

/// How a cue strategy fares on one scenario at one level, played through ``Session``: the engine
/// scores every response and picks the path, so these are the figures a learner would be shown.
public struct CueStrategyResult: Sendable, Equatable, Codable {
    public var scenario: String
    public var level: String
    public var strategy: CueStrategy
    public var runs: Int
    /// Mean over the runs of each attempt's percentage.
    public var meanPercentage: Double
    /// The band of the mean percentage.
    public var band: String
    /// Runs that ended in a positive outcome, over runs.
    public var positiveShare: Double

    /// Runs of the random responder per scenario and level; the others are deterministic and run once.
    public static let randomRuns = 200
    /// The random responder's seed: fixed, so the audit is the same every time.
    public static let randomSeed: UInt64 = 0x5EED_0A0D_17

    /// Plays `strategy` on a prepared scenario at a level.
    ///
    /// - Complexity: O(runs × decisions on the path × options log options).
    init(_ strategy: CueStrategy, on prepared: PreparedScenario, at level: LeadershipLevel, positive: [OutcomeID]) {
        let runs = strategy == .random ? Self.randomRuns : 1
        var total = 0.0, positives = 0
        var generator = SeededGenerator(seed: Self.randomSeed ^ Self.hash(prepared.scenario.id.rawValue) ^ UInt64(level.rank))
        for run in 0..<runs {
            // A level the scenario covers: the caller only asks for those.
            guard var session = try? Session(prepared, level: level, seed: UInt64(run)) else { break }
            while case .decision(let offered) = session.presentation, let decision = prepared.scenario.node(offered.node)?.decision {
                let response = strategy.response(to: decision, at: level, scale: prepared.catalogue.scale, using: &generator)
                guard (try? session.respond(response)) != nil else { break }
            }
            // The score card and the ending are all this needs; the full result would also build the debrief.
            total += session.scoreCard.percentage ?? 0
            if case .ending(_, let ending) = session.presentation, positive.contains(ending.outcome) { positives += 1 }
        }
        self.scenario = prepared.scenario.id.rawValue
        self.level = level.rawValue
        self.strategy = strategy
        self.runs = runs
        self.meanPercentage = total / Double(runs)
        self.band = prepared.catalogue.band(forPercentage: meanPercentage)?.id.rawValue ?? ""
        self.positiveShare = Double(positives) / Double(runs)
    }

    /// FNV-1a of the scenario id: each scenario gets its own random stream, the same on every machine.
    private static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }
}
