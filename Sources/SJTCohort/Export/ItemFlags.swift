import SJTEngine

/// What an author should look at in a decision (docs/statistics.md): an item too easy or too hard,
/// one that stronger learners do worse on, an option nobody chose, and a key the cohort disagrees with.
struct ItemFlags {
    let scale: RatingScale

    func flags(for decision: Decision, item: Int, in test: TestAnalysis) -> [String] {
        let figures = test.analysis.items[item]
        var flags: [String] = []
        if let facility = figures.facility {
            if facility > 0.95 { flags.append("facility-above-0.95") }
            if facility < 0.2 { flags.append("facility-below-0.2") }
        }
        // Below zero by more than rounding: a correlation of exactly 0 can come out as −1e-15.
        if let discrimination = figures.discriminationIndex, discrimination < -1e-9 { flags.append("negative-discrimination") }
        // Option flags count leading options; a format that follows the node's own `next` has none.
        guard decision.format.route == .leadingOption else { return flags }
        let counts = Self.choiceCounts(decision, item: item, in: test)
        if counts.contains(0) { flags.append("option-never-chosen") }
        let most = counts.max() ?? 0
        let keyedBest = Set(Scorer(scale: scale).bestChoiceIndices(in: decision, at: test.level))
        if most > 0, !counts.indices.contains(where: { counts[$0] == most && keyedBest.contains($0) }) {
            flags.append("key-disagrees")
        }
        return flags
    }

    /// How many attempts led with each option at the item, on any visit (``TestAnalysis/chose(_:_:_:)``),
    /// in written order.
    static func choiceCounts(_ decision: Decision, item: Int, in test: TestAnalysis) -> [Int] {
        decision.choices.map { choice in
            test.patterns.indices.reduce(0) { $0 + (test.chose(choice.id, $1, item) ? test.patterns[$1].count : 0) }
        }
    }
}
