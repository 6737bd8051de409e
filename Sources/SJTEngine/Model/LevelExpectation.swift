/// How one option is rated at every level, so a learner can see "at operational level this would be
/// expected of you" and a trainer can see expectations rise.
public struct LevelExpectation: Sendable, Equatable {
    public var choice: ChoiceID
    public var ratings: PerLevel<RatingID>

    public init(choice: ChoiceID, ratings: PerLevel<RatingID>) {
        self.choice = choice
        self.ratings = ratings
    }
}
