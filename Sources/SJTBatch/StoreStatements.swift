import SJTAuthoring
import SJTCohort
import SJTDigest

/// `sjt export xapi` as a library: a practice store's responses, read through the same bridge as
/// `sjt export responses` (``SJTStore/ProgressStore/cohortResponses(learner:cohort:)``) and scored
/// through the batch stages (import, pseudonymise, run), as xAPI statements: the engine's scores,
/// as `sjt batch --store … --xapi` would write them.
public struct StoreStatements {
    public let bank: ScenarioBank
    public var store: String
    public var learner: String?
    public var cohort: String?
    public var pseudonymKey: PseudonymKey?
    public var pseudonymisationOptions = PseudonymisationOptions()
    public var options: XAPIOptions

    public init(bank: ScenarioBank, store: String, options: XAPIOptions) {
        self.bank = bank
        self.store = store
        self.options = options
    }

    /// The statements, and the rows that did not become any.
    public struct Result: Sendable {
        public var statements: XAPIStatements
        /// Responses the store holds that sjt cannot read, and rows the engine did not accept, with
        /// their reasons (never a row's values).
        public var rejected: [RejectedRow]
    }

    /// Reads and scores the store's responses.
    ///
    /// - Throws: ``CohortInputError`` when the store is missing, cannot be read or holds no responses.
    public func run() throws -> Result {
        var inputs = CohortInputs()
        try inputs.addStore(store, learner: learner, cohort: cohort)
        try inputs.requireResponses()
        if let pseudonymKey { _ = inputs.pseudonymise(key: pseudonymKey, options: pseudonymisationOptions) }
        let run = CohortRun(inputs.imported, scenarios: bank.preparedScenarios)
        return Result(
            statements: XAPIStatements(run: run, catalogue: bank.catalogue, scenarioHashes: bank.scenarioHashes, options: options),
            rejected: run.rejected)
    }
}
