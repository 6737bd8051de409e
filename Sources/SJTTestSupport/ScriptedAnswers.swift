import SJTEngine

/// Turns the responses a test means to give (by option id) into the lines a learner would type (by
/// the numbers on screen), by stepping an engine session with the same seed as `sjt play`.
public enum ScriptedAnswers {
    public static func lines(
        for responses: [Response], scenario: Scenario, catalogue: Catalogue, level: LeadershipLevel, seed: UInt64
    ) throws -> [String] {
        var session = try Session(scenario: scenario, catalogue: catalogue, level: level, seed: seed)
        var lines: [String] = []
        for response in responses {
            guard case .decision(let offered) = session.presentation else { break }
            func position(_ id: ChoiceID) -> String { String(offered.choices.first { $0.id == id }!.position) }
            switch response {
            case .single(let id): lines.append(position(id))
            case .bestWorst(let best, let worst): lines.append("\(position(best)) \(position(worst))")
            case .rank(let order): lines.append(order.map(position).joined(separator: " "))
            case .rate(let ratings):
                let steps = offered.choices.map { choice in
                    let rating = ratings.first { $0.choice == choice.id }!.rating
                    return String(catalogue.scale.step(rating)! + 1)
                }
                lines.append(steps.joined(separator: " "))
            }
            try session.respond(response)
        }
        return lines
    }
}
