/// What one response format is: every rule the engine applies to an answer in it, as static
/// requirements of one type per format, so a new format is a new type the compiler makes complete,
/// plus one case in ``ResponseFormat`` and one in ``Response``.
///
/// The requirements are static and the formats are reached through ``ResponseFormat/visit(_:)`` and
/// ``Response/visit(_:)``, one exhaustive switch each: a scoring loop calls a specialised generic,
/// never an existential, which keeps the batch path as fast as the switches it replaced.
///
/// | concern | requirement | used by |
/// |---|---|---|
/// | the answer and its case of ``Response`` | ``Answer``, ``response(_:)`` | everything |
/// | text form (CSV, `--answers`, saved sessions) | ``read(_:scale:)``, ``text(_:)``, ``textExample`` | `Response+Text`, ``SessionError`` |
/// | checking it against a decision | ``validate(_:for:node:scale:)`` | `Response+Validation` |
/// | the form it is kept in | ``inWrittenOrder(_:for:)`` | ``Session/respond(_:rationale:at:shownOrder:)`` |
/// | what the story follows | ``route``, ``leadingChoice(_:)`` | ``Session``, ``ScenarioNode/successors``, ``ScenarioPath``, validators, graph, export flags |
/// | the options feedback is shown for | ``choicesPickedOut(_:)`` | ``ResponseOutcome/feedback`` |
/// | scoring | ``score(_:keyed:scale:)`` | ``Scorer`` |
/// | the key's answer, and the best along a path | ``keyedAnswer(order:decision:level:)``, ``bestAnswer(byKey:decision:leadingTo:level:)`` | `Scorer+BestResponse` |
/// | every answer along a path | ``forEachAnswer(at:leading:leadingTo:scale:_:)`` | `Scorer+Extremes`, the audit's ranges |
///
/// Presentation stays with its front end, each in one exhaustive switch: `sjt play`'s instructions
/// (`PlayScreen.instructions`) and answer parsing (`AnswerParser`), the scripted answers of the test
/// support, the simulator's learner model (`CohortSimulator.response`) and the audit's cue
/// strategies (`CueStrategy.response`): each draws its own random numbers in its own order, which
/// the tests pin.
package protocol ResponseFormatRules: Sendable {
    /// What a learner gives in this format, without the format around it.
    associatedtype Answer: Sendable, Hashable

    /// The case of ``ResponseFormat`` these rules are for.
    static var format: ResponseFormat { get }

    /// The answer as a ``Response``.
    static func response(_ answer: Answer) -> Response

    // MARK: Text

    /// An example of the text form, for the message of a malformed response.
    static var textExample: String { get }

    /// Reads the text form, already trimmed and not empty; `nil` when it is not of this format.
    ///
    /// Only the syntax is checked; whether the options exist is ``validate(_:for:node:scale:)``'s.
    static func read(_ trimmed: String, scale: RatingScale) -> Answer?

    /// The canonical text form, which ``read(_:scale:)`` reads back.
    static func text(_ answer: Answer) -> String

    // MARK: Checking and keeping

    /// Checks the answer against a decision in this format: options that exist, each once, every
    /// option answered where the format needs it, ratings on the scale.
    ///
    /// - Throws: the first ``SessionError`` found.
    static func validate(_ answer: Answer, for decision: Decision, node: NodeID, scale: RatingScale) throws(SessionError)

    /// The answer in the form it is recorded in, so the same answer always reads the same.
    static func inWrittenOrder(_ answer: Answer, for decision: Decision) -> Answer

    // MARK: The story

    /// Whether the story follows an option's `next` or the node's own.
    static var route: StoryRoute { get }

    /// The option whose `next` the story follows; `nil` when ``route`` is ``StoryRoute/nodeNext``.
    static func leadingChoice(_ answer: Answer) -> ChoiceID?

    /// The options the answer picks out, in the order their feedback is shown.
    static func choicesPickedOut(_ answer: Answer) -> [ChoiceID]

    // MARK: Scoring

    /// Scores a valid answer against a decision's key at one level (docs/scoring.md).
    static func score(_ answer: Answer, keyed: KeyTable, scale: RatingScale) -> DecisionScore

    /// The answer the key gives, from the options in key order (best first, ties in written order).
    static func keyedAnswer(order: [ChoiceID], decision: Decision, level: LeadershipLevel) -> Answer

    /// The highest-scoring answer that leads to `next`, from the options in key order; `nil` when
    /// none does.
    static func bestAnswer(byKey: [Choice], decision: Decision, leadingTo next: NodeID, level: LeadershipLevel) -> Answer?

    /// Calls `body` with every valid answer that sends the story to `next`, where `leading` are the
    /// options that lead there.
    static func forEachAnswer(
        at decision: Decision, leading: [ChoiceID], leadingTo next: NodeID, scale: RatingScale, _ body: (Answer) -> Void)

}

/// What a decision's response sends the story on by.
public enum StoryRoute: Sendable, Equatable {
    /// The `next` of the option the response leads with (``Response/leadingChoice``).
    case leadingOption
    /// The node's own `next`, whatever the response.
    case nodeNext
}
