/// A decision's key at one level as numbers: each option's step on the scale and its points, in
/// written order, with the extremes the rules need.
///
/// ``Scorer`` applies its rules to a key table, however it was made: worked out on the spot from a
/// ``Decision`` and the scale, or read from a ``PreparedScenario`` that worked it out once.
package struct KeyTable {
    let decision: Decision
    let level: LeadershipLevel
    let steps: ArraySlice<Int>
    let points: ArraySlice<Int>
    let maximumPoints: Int
    let topStep: Int
    let bottomStep: Int

    /// Works the table out from the decision's key.
    ///
    /// - Precondition: every option is keyed at `level` with a rating on the scale; validation
    ///   guarantees it for authored scenarios.
    init(_ decision: Decision, at level: LeadershipLevel, scale: RatingScale) {
        var steps: [Int] = [], points: [Int] = []
        for choice in decision.choices {
            guard let rating = choice.key[level], let step = scale.step(rating) else {
                preconditionFailure("option '\(choice.id)' is not keyed on the scale at \(level); validation guarantees it is")
            }
            steps.append(step)
            points.append(scale.ratings[step].points)
        }
        self.init(decision, at: level, steps: steps[...], points: points[...])
    }

    init(_ decision: Decision, at level: LeadershipLevel, steps: ArraySlice<Int>, points: ArraySlice<Int>) {
        self.decision = decision
        self.level = level
        self.steps = steps
        self.points = points
        self.maximumPoints = points.max() ?? 0
        self.topStep = steps.max() ?? 0
        self.bottomStep = steps.min() ?? 0
    }

    func step(_ index: Int) -> Int { steps[steps.startIndex + index] }

    func points(_ index: Int) -> Int { points[points.startIndex + index] }

    func index(_ choice: ChoiceID) -> Int {
        guard let index = decision.index(of: choice) else {
            preconditionFailure("option '\(choice)' is not in the decision; the response was validated")
        }
        return index
    }

    func rating(_ index: Int) -> RatingID { decision.choices[index].key[level]! }
}
