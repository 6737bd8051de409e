/// What a learner answered at one decision node, in the node's response format.
///
/// A response names options by id, never by the position they were shown in, so it means the same
/// thing whatever order the options were offered in.
public enum Response: Sendable, Equatable, Hashable {
    /// One option.
    case single(ChoiceID)
    /// The most and the least effective option; they must differ.
    case bestWorst(best: ChoiceID, worst: ChoiceID)
    /// Every option, most effective first.
    case rank([ChoiceID])
    /// A rating for every option.
    case rate([RatedChoice])

    /// The format this response answers.
    public var format: ResponseFormat {
        switch self {
        case .single: .single
        case .bestWorst: .bestWorst
        case .rank: .rank
        case .rate: .rate
        }
    }

    /// The option the story follows: the single pick, the best pick, or the option ranked first.
    /// `nil` for a rate response, whose node has one `next` of its own.
    public var leadingChoice: ChoiceID? {
        switch self {
        case .single(let choice): choice
        case .bestWorst(let best, _): best
        case .rank(let order): order.first
        case .rate: nil
        }
    }
}

/// One option's rating in a rate response.
public struct RatedChoice: Sendable, Equatable, Hashable, Codable {
    public var choice: ChoiceID
    public var rating: RatingID

    public init(_ choice: ChoiceID, _ rating: RatingID) {
        self.choice = choice
        self.rating = rating
    }
}
