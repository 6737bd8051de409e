import Foundation

/// A scenario a learner has played, as the recommender sees it.
public struct PlayedAttempt: Sendable, Equatable {
    public var scenario: ScenarioID
    public var finishedAt: Date
    public var percentage: Double?
    /// The band the attempt reached, after its ending's cap (``ScoreCard/band``).
    public var band: BandID?
    /// The attempt's percentage per principle it exercised.
    public var principles: [PrincipleID: Double]

    public init(scenario: ScenarioID, finishedAt: Date, percentage: Double?, band: BandID? = nil, principles: [PrincipleID: Double]) {
        self.scenario = scenario
        self.finishedAt = finishedAt
        self.percentage = percentage
        self.band = band
        self.principles = principles
    }
}

/// What to practise next, and why, in one line a learner can read.
public struct Recommendation: Sendable, Equatable {
    public var scenario: ScenarioID
    public var reason: String

    public init(scenario: ScenarioID, reason: String) {
        self.scenario = scenario
        self.reason = reason
    }
}

/// Recommends the next scenario for a learner at a level:
///
/// 1. the principle with the weakest recent score (each principle's score in the latest completed
///    attempt that exercised it): a scenario whose main principle it is, else one that exercises it,
///    not yet played first, else the one played longest ago;
/// 2. with no scores yet, a scenario not yet played, main principles in catalogue order;
/// 3. when everything has been played, spaced repetition: the scenario played longest ago; when two
///    were played at the same time, the lower band first (after the ending's cap, so an attempt
///    that ended badly comes back before one that did not), then the lower percentage.
public struct Recommender: Sendable {
    public var scenarios: [Scenario]
    public var catalogue: Catalogue

    public init(scenarios: [Scenario], catalogue: Catalogue) {
        self.scenarios = scenarios
        self.catalogue = catalogue
    }

    /// - Parameter history: The learner's completed attempts at `level`, in any order.
    public func recommend(level: LeadershipLevel, history: [PlayedAttempt]) -> Recommendation? {
        let candidates = scenarios.filter { $0.covers(level) }
        guard !candidates.isEmpty else { return nil }
        let latestFirst = history.sorted { $0.finishedAt > $1.finishedAt }
        let lastPlayed = Dictionary(latestFirst.map { ($0.scenario, $0) }, uniquingKeysWith: { latest, _ in latest })

        // 1. The weakest principle, by its most recent score.
        var recent: [PrincipleID: Double] = [:]
        for attempt in latestFirst {
            for (principle, score) in attempt.principles where recent[principle] == nil { recent[principle] = score }
        }
        let order = catalogue.principleOrder
        if let weakest = recent.min(by: { ($0.value, order.firstIndex(of: $0.key) ?? .max) < ($1.value, order.firstIndex(of: $1.key) ?? .max) }) {
            let main = candidates.filter { $0.mainPrinciple == weakest.key }
            let exercising = candidates.filter { scenario in
                scenario.principles.contains(weakest.key)
                    || scenario.nodes.contains { $0.decision?.taggedPrinciples.contains(weakest.key) ?? false }
            }
            if let pick = freshestChoice(among: main.isEmpty ? exercising : main, lastPlayed: lastPlayed) {
                let name = catalogue.principle(weakest.key)?.name ?? weakest.key.rawValue
                let band = catalogue.band(forPercentage: weakest.value)?.name.lowercased() ?? ""
                let played = lastPlayed[pick.id] == nil ? "you have not played it yet" : "you played it longest ago of those that practise it"
                return Recommendation(
                    scenario: pick.id,
                    reason: "\(name) is your weakest principle recently (\(Int(weakest.value.rounded()))%, \(band)), and \(played).")
            }
        }

        // 2. Not yet played, main principles in catalogue order.
        let unplayed = candidates.filter { lastPlayed[$0.id] == nil }.sorted {
            (order.firstIndex(of: $0.mainPrinciple ?? "") ?? .max, $0.id) < (order.firstIndex(of: $1.mainPrinciple ?? "") ?? .max, $1.id)
        }
        if let pick = unplayed.first {
            let name = pick.mainPrinciple.flatMap { catalogue.principle($0)?.name } ?? "its principles"
            return Recommendation(scenario: pick.id, reason: "You have not played it yet; it practises \(name).")
        }

        // 3. Spaced repetition.
        guard let pick = freshestChoice(among: candidates, lastPlayed: lastPlayed), let last = lastPlayed[pick.id] else { return nil }
        let band = last.band.flatMap { id in catalogue.bands.first { $0.id == id } }.map { ", \($0.name.lowercased())" } ?? ""
        let score = (last.percentage.map { "\(Int($0.rounded()))%" } ?? "no score") + band
        return Recommendation(
            scenario: pick.id,
            reason: "You have played every scenario; this is the one you played longest ago (\(Self.day(last.finishedAt)), \(score)).")
    }

    /// Not played first (by id), then the one played longest ago, then the lower band, then the lower score.
    private func freshestChoice(among scenarios: [Scenario], lastPlayed: [ScenarioID: PlayedAttempt]) -> Scenario? {
        scenarios.min { a, b in
            switch (lastPlayed[a.id], lastPlayed[b.id]) {
            case (nil, nil): return a.id < b.id
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?):
                if x.finishedAt != y.finishedAt { return x.finishedAt < y.finishedAt }
                return (bandRank(x.band), x.percentage ?? 0, a.id) < (bandRank(y.band), y.percentage ?? 0, b.id)
            }
        }
    }

    /// A band's position, lowest first; an attempt with no band sorts first.
    private func bandRank(_ band: BandID?) -> Int {
        band.flatMap { id in catalogue.bands.firstIndex { $0.id == id } } ?? -1
    }

    private static func day(_ date: Date) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }
}
