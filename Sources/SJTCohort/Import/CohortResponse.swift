/// One row of the cohort responses CSV: one learner's response to one decision, as `sjt export
/// responses` writes it and `sjt batch` reads it. The format is documented in docs/csv-formats.md.
public struct CohortResponse: Sendable, Equatable {
    public var cohort: String
    public var learnerID: String
    public var learnerName: String?
    /// A leadership level id, as written (checked when the attempt is replayed).
    public var level: String
    public var scenarioID: String
    public var scenarioVersion: Int?
    /// Which attempt at this scenario, for this learner: 1 unless given.
    public var attempt: Int
    public var step: Int
    public var nodeID: String
    /// The response in its text form: `b`, `best=b;worst=d`, `c>a>b>d`, `a=3;b=1;c=4;d=2`.
    public var response: String
    /// Option ids in the order shown, separated by spaces.
    public var shownOrder: String?
    /// ISO 8601.
    public var answeredAt: String?
    public var rationale: String?

    public init(
        cohort: String, learnerID: String, learnerName: String? = nil, level: String, scenarioID: String,
        scenarioVersion: Int? = nil, attempt: Int = 1, step: Int, nodeID: String, response: String,
        shownOrder: String? = nil, answeredAt: String? = nil, rationale: String? = nil
    ) {
        self.cohort = cohort
        self.learnerID = learnerID
        self.learnerName = learnerName
        self.level = level
        self.scenarioID = scenarioID
        self.scenarioVersion = scenarioVersion
        self.attempt = attempt
        self.step = step
        self.nodeID = nodeID
        self.response = response
        self.shownOrder = shownOrder
        self.answeredAt = answeredAt
        self.rationale = rationale
    }

    /// A column of the format, by its position in the order `sjt export responses` writes them:
    /// the importer reads a row's fields by these positions, never by looking a name up per row.
    public enum Column: Int, CaseIterable, Sendable {
        case cohort, learnerID, learnerName, level, scenarioID, scenarioVersion, attempt, step, nodeID, response
        case shownOrder, answeredAt, rationale

        /// The name in a header row: `learner_id`.
        public var name: String {
            switch self {
            case .cohort: "cohort"
            case .learnerID: "learner_id"
            case .learnerName: "learner_name"
            case .level: "level"
            case .scenarioID: "scenario_id"
            case .scenarioVersion: "scenario_version"
            case .attempt: "attempt"
            case .step: "step"
            case .nodeID: "node_id"
            case .response: "response"
            case .shownOrder: "shown_order"
            case .answeredAt: "answered_at"
            case .rationale: "rationale"
            }
        }

        /// A file must have it; the others may be left out.
        public var isRequired: Bool {
            switch self {
            case .cohort, .learnerID, .level, .scenarioID, .step, .nodeID, .response: true
            case .learnerName, .scenarioVersion, .attempt, .shownOrder, .answeredAt, .rationale: false
            }
        }
    }

    /// The columns' names, in the order `sjt export responses` writes them.
    public static let columns = Column.allCases.map(\.name)

    /// Columns a file must have; the others may be left out.
    public static let requiredColumns = Column.allCases.filter(\.isRequired).map(\.name)

    /// The row's cells, in ``columns`` order.
    public var cells: [String?] {
        [cohort, learnerID, learnerName, level, scenarioID, scenarioVersion.map(String.init), String(attempt), String(step),
         nodeID, response, shownOrder, answeredAt, rationale]
    }
}
