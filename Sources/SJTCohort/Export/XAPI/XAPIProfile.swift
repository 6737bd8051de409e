import Foundation

/// sjt's xAPI profile: the verbs, activity types and extension IRIs its statements use, and the
/// namespace their ids are made in (docs/xapi.md describes each).
///
/// The extension IRIs and the namespace are fixed, whatever `--activity-base` says: a learning
/// record store's reports find sjt's results by them, so they must not change from one council's
/// export to another's.
public enum XAPIProfile {
    /// The profile's own IRI, under which its extensions are named; also the statements' category.
    public static let iri = "https://w3id.org/sjt/xapi"
    /// The version of xAPI the statements are written for.
    public static let xAPIVersion = "1.0.3"
    /// The language of the bank and of the words in the statements' language maps.
    public static let language = "en-GB"

    /// The namespace of every statement id and registration: UUID v5 of ``iri`` in RFC 9562's URL
    /// namespace, `b6e649a8-1603-55c6-ac32-c013478340c3`.
    public static let namespace = UUID(uuidString: "b6e649a8-1603-55c6-ac32-c013478340c3")!

    public enum Verb {
        public static let answered = "http://adlnet.gov/expapi/verbs/answered"
        public static let completed = "http://adlnet.gov/expapi/verbs/completed"
    }

    public enum ActivityType {
        /// A scenario: an assessment of judgement at one level.
        public static let assessment = "http://adlnet.gov/expapi/activities/assessment"
        /// A decision of a scenario.
        public static let interaction = "http://adlnet.gov/expapi/activities/cmi.interaction"
        /// The profile, as the statements' category.
        public static let profile = "http://adlnet.gov/expapi/activities/profile"
    }

    /// The extension IRIs, each `https://w3id.org/sjt/xapi/extensions/<name>`.
    public enum Extension {
        public static let cohort = extensionIRI("cohort")
        public static let level = extensionIRI("level")
        public static let principles = extensionIRI("principles")
        public static let elements = extensionIRI("elements")
        public static let capabilities = extensionIRI("capabilities")
        public static let scenarioVersion = extensionIRI("scenario-version")
        public static let scenarioSHA256 = extensionIRI("scenario-sha256")
        public static let attempt = extensionIRI("attempt")
        public static let step = extensionIRI("step")
        public static let rating = extensionIRI("rating")
        public static let rationale = extensionIRI("rationale")
        public static let band = extensionIRI("band")
        public static let bandUncapped = extensionIRI("band-uncapped")
        public static let outcome = extensionIRI("outcome")
        public static let ending = extensionIRI("ending")
        public static let points = extensionIRI("points")
        public static let maximumPoints = extensionIRI("maximum-points")

        static func extensionIRI(_ name: String) -> String { iri + "/extensions/" + name }
    }
}
