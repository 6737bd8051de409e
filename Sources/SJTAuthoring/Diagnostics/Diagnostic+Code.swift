extension Diagnostic {
    /// The stable name of a kind of problem, printed in brackets after each message
    /// (`[unknown-node]`) so docs, tests and authors can refer to it. docs/scenario-format.md lists
    /// every one; `DiagnosticCodeTests` checks the list and this enum agree.
    public enum Code: String, Sendable, CaseIterable, Comparable {
        case yamlSyntax = "yaml-syntax"
        case fileNotFound = "file-not-found"
        case wrongType = "wrong-type"
        case unknownField = "unknown-field"
        case missingField = "missing-field"
        case invalidValue = "invalid-value"
        case unsupportedFormat = "unsupported-format"
        case invalidID = "invalid-id"
        case duplicateID = "duplicate-id"
        case nodeKind = "node-kind"
        case noDecisions = "no-decisions"
        case unknownNode = "unknown-node"
        case unreachableNode = "unreachable-node"
        case trap
        case missingKey = "missing-key"
        case missingFeedback = "missing-feedback"
        case missingLevelText = "missing-level-text"
        case unknownRating = "unknown-rating"
        case unknownPrinciple = "unknown-principle"
        case unknownLevel = "unknown-level"
        case unknownElement = "unknown-element"
        case unknownCapability = "unknown-capability"
        case unknownOutcome = "unknown-outcome"
        case unknownBand = "unknown-band"
        case unknownResponseFormat = "unknown-response-format"
        case tooFewOptions = "too-few-options"
        case emptyText = "empty-text"
        case misplacedNext = "misplaced-next"
        case levelNotInScenario = "level-not-in-scenario"
        case noDistinctBest = "no-distinct-best"
        case seniorOnlyElement = "senior-only-element"

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
