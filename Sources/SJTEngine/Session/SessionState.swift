/// Everything that changes as a learner plays a scenario, and the only thing that is saved.
///
/// Like ink's saved story state, it holds no content: it names the scenario and version it belongs to,
/// and is resumed against that scenario with ``Session/init(resuming:scenario:catalogue:)``.
///
/// Save versions (raise ``currentSaveVersion`` on every change, and list it here):
/// - 1: first version.
public struct SessionState: Sendable, Equatable, Codable {
    /// The version this build writes.
    public static let currentSaveVersion = 1
    /// The oldest version this build still reads.
    public static let minimumLoadableSaveVersion = 1

    public var saveVersion: Int
    public var scenario: ScenarioID
    public var scenarioVersion: Int
    public var level: LeadershipLevel
    /// Seeds the option order shown at each node.
    public var seed: UInt64
    /// The node the learner is at: a decision awaiting a response, or the ending reached.
    public var currentNode: NodeID
    public var history: [RecordedResponse]

    public init(scenario: ScenarioID, scenarioVersion: Int, level: LeadershipLevel, seed: UInt64, start: NodeID) {
        self.saveVersion = Self.currentSaveVersion
        self.scenario = scenario
        self.scenarioVersion = scenarioVersion
        self.level = level
        self.seed = seed
        self.currentNode = start
        self.history = []
    }
}
