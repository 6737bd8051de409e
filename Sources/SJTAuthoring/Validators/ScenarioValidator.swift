import SJTEngine

/// One check of an authored scenario. Each validator reports every problem it finds; the loader
/// runs them all, so an author sees everything at once.
protocol ScenarioValidator: Sendable {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic]
}

/// Every validator, in the order their checks are documented in docs/scenario-format.md.
let allScenarioValidators: [any ScenarioValidator] = [
    DuplicateIDValidator(),
    NodeReferenceValidator(),
    NextPlacementValidator(),
    ReachabilityValidator(),
    OptionCountValidator(),
    KeyValidator(),
    FeedbackValidator(),
    CatalogueReferenceValidator(),
]
