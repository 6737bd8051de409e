import SJTAuthoring
import SJTEngine

extension ScenarioBank {
    /// Each scenario's file's SHA-256, by id: what an xAPI statement names the content by.
    public var scenarioHashes: [ScenarioID: String] { sources.mapValues(\.sha256) }
}
