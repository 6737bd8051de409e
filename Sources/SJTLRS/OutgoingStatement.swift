/// A statement to send: its JSON, its id, how a message names it, and the words that must never
/// appear in a message (a learner's rationale), whatever the learning record store echoes back.
public struct OutgoingStatement: Sendable, Equatable {
    public var id: String
    public var json: String
    /// Ids only, e.g. `answered: cohort c1, learner l-01, scenario delayed-recording version 1, attempt 1, step 2`.
    public var label: String
    public var secrets: [String]

    public init(id: String, json: String, label: String, secrets: [String] = []) {
        self.id = id
        self.json = json
        self.label = label
        self.secrets = secrets
    }
}
