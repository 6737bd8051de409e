/// The catalogue's rating scale, lowest rating first.
///
/// Single-choice decisions score the chosen option's `points`. Best-and-worst, rank and rate decisions
/// measure distance in *steps* along the scale (adjacent ratings are one step apart), so a scale whose
/// points are not evenly spaced still gives each near miss the same credit.
///
/// Look-ups scan the ratings: a scale has a handful, and comparing short ids is cheaper than hashing
/// them, which matters on the scoring path.
public struct RatingScale: Sendable, Equatable, Codable {
    /// Ratings ordered from lowest to highest points.
    public let ratings: [Rating]

    /// Creates a scale; ratings are sorted by points, lowest first.
    public init(_ ratings: [Rating]) {
        self.ratings = ratings.sorted { $0.points < $1.points }
    }

    /// The rating with this id, or `nil` if the scale has none.
    public func rating(_ id: RatingID) -> Rating? { step(id).map { ratings[$0] } }

    /// Points for a rating id; 0 for an id not on the scale (validated scenarios never have one).
    ///
    /// - Complexity: O(*r*) in the number of ratings.
    public func points(_ id: RatingID) -> Int { step(id).map { ratings[$0].points } ?? 0 }

    /// Position on the scale, 0 for the lowest rating.
    ///
    /// - Complexity: O(*r*) in the number of ratings.
    public func step(_ id: RatingID) -> Int? { ratings.firstIndex { $0.id == id } }

    /// Number of steps from the lowest to the highest rating: the most a distance can be.
    public var span: Int { max(ratings.count - 1, 0) }

    /// Finds a rating by id, or by its points written as a number (`"2"` for meets).
    public func rating(named text: String) -> Rating? {
        if let found = rating(RatingID(text)) { return found }
        if let value = Int(text) { return ratings.first { $0.points == value } }
        return nil
    }
}
