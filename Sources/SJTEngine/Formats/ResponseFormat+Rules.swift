/// Work done with a format's rules, whichever format it is: ``ResponseFormat/visit(_:)`` calls
/// ``visit(_:)`` with the format's type, so the work is a generic, specialised per format.
package protocol ResponseFormatVisitor {
    associatedtype Result
    func visit<Format: ResponseFormatRules>(_ format: Format.Type) -> Result
}

/// Work done on a response with its format's rules: ``Response/visit(_:)`` calls ``visit(_:_:)``
/// with the format's type and the answer unwrapped.
package protocol ResponseVisitor {
    associatedtype Result
    func visit<Format: ResponseFormatRules>(_ format: Format.Type, _ answer: Format.Answer) -> Result
}

extension ResponseFormat {
    /// Every format's rules, in case order: the list a test checks against ``allCases``.
    package static var allRules: [any ResponseFormatRules.Type] { allCases.map { $0.visit(RulesType()) } }

    /// The one mapping from a format to its rules. A new case fails to compile here, and nowhere
    /// else in the engine.
    ///
    /// - Complexity: O(1); the visitor is specialised for each format, with no existential.
    package func visit<Visitor: ResponseFormatVisitor>(_ visitor: Visitor) -> Visitor.Result {
        switch self {
        case .single: visitor.visit(SingleChoiceFormat.self)
        case .bestWorst: visitor.visit(BestWorstFormat.self)
        case .rank: visitor.visit(RankFormat.self)
        case .rate: visitor.visit(RateFormat.self)
        }
    }

    /// Whether the story follows an option's `next` or the node's own.
    public var route: StoryRoute { visit(Route()) }

    private struct RulesType: ResponseFormatVisitor {
        func visit<Format: ResponseFormatRules>(_ format: Format.Type) -> any ResponseFormatRules.Type { format }
    }

    private struct Route: ResponseFormatVisitor {
        func visit<Format: ResponseFormatRules>(_ format: Format.Type) -> StoryRoute { format.route }
    }
}

extension Response {
    /// The one mapping from a response to its format's rules and its answer.
    ///
    /// - Complexity: O(1); the visitor is specialised for each format, with no existential.
    package func visit<Visitor: ResponseVisitor>(_ visitor: Visitor) -> Visitor.Result {
        switch self {
        case .single(let choice): visitor.visit(SingleChoiceFormat.self, choice)
        case .bestWorst(let best, let worst): visitor.visit(BestWorstFormat.self, .init(best: best, worst: worst))
        case .rank(let order): visitor.visit(RankFormat.self, order)
        case .rate(let ratings): visitor.visit(RateFormat.self, ratings)
        }
    }
}
