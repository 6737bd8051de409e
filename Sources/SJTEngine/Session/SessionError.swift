/// Why a session refused a response or could not be created or resumed.
///
/// A refused response leaves the session exactly as it was. Messages say what to do next; they never
/// contain a learner's name or free text.
public enum SessionError: Error, Sendable, Equatable, CustomStringConvertible {
    case levelNotCovered(LeadershipLevel, scenario: ScenarioID, covered: [LeadershipLevel])
    case sessionFinished
    case wrongFormat(expected: ResponseFormat, got: ResponseFormat)
    case malformedResponse(String, format: ResponseFormat)
    case unknownChoice(ChoiceID, node: NodeID)
    case repeatedChoice(ChoiceID)
    case sameBestAndWorst(ChoiceID)
    case incompleteResponse(missing: [ChoiceID])
    case unknownRating(RatingID, choice: ChoiceID)
    case unexpectedNode(expected: NodeID, got: NodeID)
    case invalidShownOrder(node: NodeID)
    case stateMismatch(String)
    case unsupportedSaveVersion(Int)

    public var description: String { message(quoting: { "'\($0)'" }) }

    /// The message, with each value it names (an id, a response as written) passed through `quote`,
    /// so that each audience can be shown what it may see: the values themselves for the trainer,
    /// only the bank's own ids in a pseudonymised export.
    public func message(quoting quote: (String) -> String) -> String {
        switch self {
        case .levelNotCovered(let level, let scenario, let covered):
            "scenario \(quote(scenario.rawValue)) is not written for level \(quote(level.rawValue)); choose one of: \(covered.map(\.rawValue).joined(separator: ", "))"
        case .sessionFinished:
            "the session has reached an ending; start a new attempt to answer again"
        case .wrongFormat(let expected, let got):
            "this decision takes a \(expected) response, not \(got)"
        case .malformedResponse(let text, let format):
            "\(quote(text)) is not a \(format) response; write it as \(Self.example(for: format))"
        case .unknownChoice(let choice, let node):
            "node \(quote(node.rawValue)) has no option \(quote(choice.rawValue))"
        case .repeatedChoice(let choice):
            "option \(quote(choice.rawValue)) is given more than once"
        case .sameBestAndWorst(let choice):
            "option \(quote(choice.rawValue)) cannot be both the most and the least effective"
        case .incompleteResponse(let missing):
            "every option needs an answer; missing: \(missing.map(\.rawValue).joined(separator: ", "))"
        case .unknownRating(let rating, let choice):
            "\(quote(rating.rawValue)) given for option \(quote(choice.rawValue)) is not a rating on the catalogue's scale"
        case .unexpectedNode(let expected, let got):
            "the response is for node \(quote(got.rawValue)), but the path leads to node \(quote(expected.rawValue))"
        case .invalidShownOrder(let node):
            "the shown order for node \(quote(node.rawValue)) must list each of its options exactly once"
        case .stateMismatch(let reason):
            "the saved session does not match the scenario: \(reason)"
        case .unsupportedSaveVersion(let version):
            "saved session version \(version) is not one this version of sjt reads"
        }
    }

    static func example(for format: ResponseFormat) -> String {
        format.visit(Example())
    }

    private struct Example: ResponseFormatVisitor {
        typealias Result = String
        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type) -> String { rules.textExample }
    }
}
