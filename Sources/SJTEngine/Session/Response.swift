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
    public var format: ResponseFormat { visit(Format()) }

    /// The option the story follows: the single pick, the best pick, or the option ranked first.
    /// `nil` for a rate response, whose node has one `next` of its own.
    public var leadingChoice: ChoiceID? { visit(LeadingChoice()) }

    /// The options the response picks out, in the order their feedback is shown: the single pick;
    /// the best then the worst pick; every option in ranking order; every option rated.
    public var choicesPickedOut: [ChoiceID] { visit(ChoicesPickedOut()) }

    private struct Format: ResponseVisitor {
        typealias Result = ResponseFormat
        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type, _ answer: Rules.Answer) -> ResponseFormat { rules.format }
    }

    private struct LeadingChoice: ResponseVisitor {
        typealias Result = ChoiceID?
        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type, _ answer: Rules.Answer) -> ChoiceID? {
            rules.leadingChoice(answer)
        }
    }

    private struct ChoicesPickedOut: ResponseVisitor {
        typealias Result = [ChoiceID]
        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type, _ answer: Rules.Answer) -> [ChoiceID] {
            rules.choicesPickedOut(answer)
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

extension Response {
    /// The response in the form it is recorded in: rate's ratings in the options' written order,
    /// whatever order they were given in, so the same answer always reads the same in the store
    /// and in exports.
    func inWrittenOrder(for decision: Decision) -> Response { visit(WrittenOrder(decision: decision)) }

    private struct WrittenOrder: ResponseVisitor {
        typealias Result = Response
        let decision: Decision

        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type, _ answer: Rules.Answer) -> Response {
            rules.response(rules.inWrittenOrder(answer, for: decision))
        }
    }
}
