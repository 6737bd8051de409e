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

    /// The columns, in the order `sjt export responses` writes them.
    public static let columns = [
        "cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt", "step", "node_id",
        "response", "shown_order", "answered_at", "rationale",
    ]

    /// The position of a column in ``columns``.
    ///
    /// - Complexity: O(1): a switch, so the importer never hashes a column name per row.
    static func columnNumber(_ column: String) -> Int {
        switch column {
        case "cohort": 0
        case "learner_id": 1
        case "learner_name": 2
        case "level": 3
        case "scenario_id": 4
        case "scenario_version": 5
        case "attempt": 6
        case "step": 7
        case "node_id": 8
        case "response": 9
        case "shown_order": 10
        case "answered_at": 11
        case "rationale": 12
        default: preconditionFailure("'\(column)' is not a cohort responses column")
        }
    }

    /// Columns a file must have; the others may be left out.
    public static let requiredColumns = ["cohort", "learner_id", "level", "scenario_id", "step", "node_id", "response"]

    /// The required columns with their positions in ``columns``.
    static let requiredColumnNumbers = requiredColumns.map { (columnNumber($0), $0) }

    /// The row's cells, in ``columns`` order.
    public var cells: [String?] {
        [cohort, learnerID, learnerName, level, scenarioID, scenarioVersion.map(String.init), String(attempt), String(step),
         nodeID, response, shownOrder, answeredAt, rationale]
    }
}
