import SJTDigest

/// What a statement is about, which its id is made from: the same response (or attempt) of the same
/// learner always has the same id, so a learning record store that is sent it twice stores it once.
///
/// The id is UUID v5 (``NameBasedUUID``) of ``name`` in ``XAPIProfile/namespace``. The name is the
/// kind and the parts, joined with `|`, each part with `%` written `%25` and `|` written `%7C`:
/// `answered|spring-2027|l-01|delayed-recording|1|1|2` for step 2 of attempt 1 of version 1.
public struct StatementIdentity: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// A response: one row of the cohort.
        case answered
        /// An attempt that reached an ending.
        case completed
        /// An attempt, as the registration its statements share (`context.registration`).
        case registration
    }

    public var kind: Kind
    public var cohort: String
    /// The learner id, or its pseudonym under `--pseudonymise`: never a name.
    public var learnerID: String
    public var scenario: String
    public var version: Int
    public var attempt: Int
    /// The response's step; `nil` for an attempt.
    public var step: Int?

    public init(kind: Kind, cohort: String, learnerID: String, scenario: String, version: Int, attempt: Int, step: Int? = nil) {
        self.kind = kind
        self.cohort = cohort
        self.learnerID = learnerID
        self.scenario = scenario
        self.version = version
        self.attempt = attempt
        self.step = step
    }

    /// The name the UUID is made from.
    public var name: String {
        let parts = [kind.rawValue, cohort, learnerID, scenario, String(version), String(attempt)] + (step.map { [String($0)] } ?? [])
        return parts.map { $0.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "|", with: "%7C") }
            .joined(separator: "|")
    }

    /// The id, in lower case as xAPI writes UUIDs.
    public var uuid: String { NameBasedUUID.version5(namespace: XAPIProfile.namespace, name: name).uuidString.lowercased() }

    /// How a message names the statement: ids only, never a learner's name or words.
    public var description: String {
        "\(kind.rawValue): cohort \(cohort), learner \(learnerID), scenario \(scenario) version \(version), attempt \(attempt)"
            + (step.map { ", step \($0)" } ?? "")
    }
}
