import SJTEngine

/// One check of an authored scenario. Each validator reports every problem it finds; the loader
/// runs them all, so an author sees everything at once.
protocol ScenarioValidator: Sendable {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic]
}

/// Checks of a scenario's own structure, which need no catalogue: they run even when the catalogue
/// is missing or broken, so an author still sees them.
let structuralValidators: [any ScenarioValidator] = [
    DuplicateIDValidator(),
    NodeReferenceValidator(),
    NextPlacementValidator(),
    ReachabilityValidator(),
    OptionCountValidator(),
]

/// Checks of what a scenario names in the catalogue.
let catalogueValidators: [any ScenarioValidator] = [
    KeyValidator(),
    LevelTextValidator(),
    CatalogueReferenceValidator(),
]
