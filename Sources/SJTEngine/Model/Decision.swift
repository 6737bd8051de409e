/// A decision point: a situation, a question and the options a learner chooses between.
public struct Decision: Sendable, Equatable {
    public var situation: String
    public var prompt: String
    public var format: ResponseFormat
    public var choices: [Choice]
    /// Where a rate node goes next; `nil` for other formats, whose options carry their own `next`.
    public var next: NodeID?
    public var principles: [PrincipleID]
    public var elements: [ElementID]
    /// Whether options are shown in a seeded shuffled order (resolved from the scenario's default).
    public var shuffle: Bool

    public init(
        situation: String, prompt: String, format: ResponseFormat, choices: [Choice], next: NodeID? = nil,
        principles: [PrincipleID] = [], elements: [ElementID] = [], shuffle: Bool = true
    ) {
        self.situation = situation
        self.prompt = prompt
        self.format = format
        self.choices = choices
        self.next = next
        self.principles = principles
        self.elements = elements
        self.shuffle = shuffle
    }

    /// The option with this id.
    ///
    /// - Complexity: O(*n*) in the number of options, which is small (two to six).
    public func choice(_ id: ChoiceID) -> Choice? { choices.first { $0.id == id } }

    /// The principles this decision counts toward: the node's own tags, then every option's
    /// `upholds` and `breaches`, each once, in that order.
    public var taggedPrinciples: [PrincipleID] {
        var seen = Set<PrincipleID>()
        return (principles + choices.flatMap { $0.upholds + $0.breaches }).filter { seen.insert($0).inserted }
    }

    /// How each option is rated at every level: what rises from front-line worker to strategic leader.
    public var expectations: [LevelExpectation] {
        choices.map { LevelExpectation(choice: $0.id, ratings: $0.key) }
    }
}
