import SJTCohort
import Testing

/// The cohort responses format's columns: their names, order and which a file must have.
struct CohortResponseColumnTests {
    @Test func columnsAreNamedInTheOrderTheExportWritesThemAndSevenAreRequired() {
        #expect(CohortResponse.columns == CohortResponse.Column.allCases.map(\.name))
        #expect(CohortResponse.columns == [
            "cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt", "step", "node_id",
            "response", "shown_order", "answered_at", "rationale",
        ])
        #expect(CohortResponse.requiredColumns == ["cohort", "learner_id", "level", "scenario_id", "step", "node_id", "response"])
    }
}
