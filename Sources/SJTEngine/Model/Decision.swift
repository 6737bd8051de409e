/// A decision point: a situation, a question and the options a learner chooses between.
///
/// Immutable content, shared by reference: every response scored reads a decision, and passing a
/// reference costs one retain where copying a struct of this size would cost one per field.
public final class Decision: Sendable, Equatable {
    /// The situation at each level the scenario covers: the same text, or the level's own seat.
    public let situation: PerLevel<String>
    /// The question at each level the scenario covers.
    public let prompt: PerLevel<String>
    public let format: ResponseFormat
    /// The options as written.
    public let choices: [Choice]
    /// The options' ids in written order: the order shown when options are not shuffled.
    public let choiceIDs: [ChoiceID]
    /// Where a rate node goes next; `nil` for other formats, whose options carry their own `next`.
    public let next: NodeID?
    public let principles: [PrincipleID]
    public let elements: [ElementID]
    /// The leadership capabilities it counts toward; empty to count toward the scenario's.
    public let capabilities: [CapabilityID]
    /// Whether options are shown in a seeded shuffled order (resolved from the scenario's default).
    public let shuffle: Bool
    /// How much this decision counts in the means that make an attempt's, a principle's and an
    /// element's percentage (``Credit``): 1 unless the author wrote `weight:`. Always above 0.
    public let weight: Double
    /// The principles this decision counts toward: the node's own tags, then every option's
    /// `upholds` and `breaches`, each once, in that order. Worked out once, as every result needs it.
    public let taggedPrinciples: [PrincipleID]

    /// A decision whose situation and question read the same at every level.
    public convenience init(
        situation: String, prompt: String, format: ResponseFormat, choices: [Choice], next: NodeID? = nil,
        principles: [PrincipleID] = [], elements: [ElementID] = [], capabilities: [CapabilityID] = [], shuffle: Bool = true,
        weight: Double = 1
    ) {
        self.init(
            situation: PerLevel(all: situation), prompt: PerLevel(all: prompt), format: format, choices: choices, next: next,
            principles: principles, elements: elements, capabilities: capabilities, shuffle: shuffle, weight: weight)
    }

    public init(
        situation: PerLevel<String>, prompt: PerLevel<String>, format: ResponseFormat, choices: [Choice], next: NodeID? = nil,
        principles: [PrincipleID] = [], elements: [ElementID] = [], capabilities: [CapabilityID] = [], shuffle: Bool = true,
        weight: Double = 1
    ) {
        precondition(weight > 0 && weight.isFinite, "a decision's weight must be above 0; validation guarantees it")
        self.situation = situation
        self.prompt = prompt
        self.format = format
        self.choices = choices
        self.next = next
        self.principles = principles
        self.elements = elements
        self.capabilities = capabilities
        self.shuffle = shuffle
        self.weight = weight
        self.choiceIDs = choices.map(\.id)
        var seen = Set<PrincipleID>()
        self.taggedPrinciples = (principles + choices.flatMap { $0.upholds + $0.breaches }).filter { seen.insert($0).inserted }
    }

    /// The option with this id.
    ///
    /// - Complexity: O(*n*) in the number of options, which is small (two to six).
    public func choice(_ id: ChoiceID) -> Choice? { index(of: id).map { choices[$0] } }

    /// The position of the option with this id in `choices`.
    ///
    /// A scan rather than a dictionary: with a handful of short ids, comparing is cheaper than hashing.
    public func index(of id: ChoiceID) -> Int? { choiceIDs.firstIndex(of: id) }

    /// Whether `order` can be the order this decision's options were shown in: every option once,
    /// or empty for a record that does not say.
    public func accepts(shownOrder order: [ChoiceID]) -> Bool {
        order.isEmpty || (order.count == choiceIDs.count && Set(order) == Set(choiceIDs))
    }

    /// The same decision with option shuffling turned on or off.
    public func shuffling(_ shuffle: Bool) -> Decision {
        Decision(
            situation: situation, prompt: prompt, format: format, choices: choices, next: next, principles: principles,
            elements: elements, capabilities: capabilities, shuffle: shuffle, weight: weight)
    }

    public static func == (lhs: Decision, rhs: Decision) -> Bool {
        if lhs === rhs { return true }
        return lhs.situation == rhs.situation && lhs.prompt == rhs.prompt && lhs.format == rhs.format
            && lhs.next == rhs.next && lhs.principles == rhs.principles && lhs.elements == rhs.elements
            && lhs.capabilities == rhs.capabilities && lhs.shuffle == rhs.shuffle && lhs.weight == rhs.weight && lhs.choices == rhs.choices
    }

    /// How each option is rated at every level: what rises from front-line worker to strategic leader.
    public var expectations: [LevelExpectation] {
        choices.map { LevelExpectation(choice: $0.id, ratings: $0.key) }
    }
}
