/// The score of one response: points out of a maximum, at the learner's level.
public struct DecisionScore: Sendable, Equatable {
    public var points: Int
    public var maximum: Int
    /// The rating at the learner's level of the option the response led with (the single, best or
    /// first-ranked pick); `nil` for a rate response.
    public var rating: RatingID?

    public init(points: Int, maximum: Int, rating: RatingID?) {
        self.points = points
        self.maximum = maximum
        self.rating = rating
    }

    /// True when the response earned less than the maximum.
    public var fellShort: Bool { points < maximum }
}
