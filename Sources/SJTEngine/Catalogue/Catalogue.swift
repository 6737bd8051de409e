/// The vocabulary scenarios refer to: principles, levels, framework elements, leadership
/// capabilities, the rating scale, outcomes and bands.
///
/// An organisation with a different pledge edits `scenarios/catalogue.yaml`, not the engine.
public struct Catalogue: Sendable, Equatable {
    public var id: String
    public var version: Int
    public var title: String
    public let principles: [Principle]
    public var levels: [LevelDescription]
    public let dimensions: [FrameworkDimension]
    /// An organisation's leadership capabilities, which decisions may also be tagged with; empty
    /// when the catalogue lists none.
    public let capabilities: [Capability]
    public var scale: RatingScale
    public var outcomes: [Outcome]
    /// Bands ordered by `from`, lowest first.
    public var bands: [Band]
    /// Principle and element ids in catalogue order, kept for ordering every result's breakdown.
    public private(set) var principleOrder: [PrincipleID]
    public private(set) var elementOrder: [ElementID]
    public private(set) var capabilityOrder: [CapabilityID]
    /// The source documents' own words, for checking quotations (`sources:`; empty when not given).
    public var sources: [SourceText] = []
    /// What `sjt audit` holds the bank to (`audit:`; defaults when not given).
    public var auditThresholds = AuditThresholds()

    public init(
        id: String, version: Int, title: String, principles: [Principle], levels: [LevelDescription],
        dimensions: [FrameworkDimension], scale: RatingScale, outcomes: [Outcome], bands: [Band], capabilities: [Capability] = []
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.principles = principles
        self.levels = levels
        self.dimensions = dimensions
        self.scale = scale
        self.outcomes = outcomes
        self.bands = bands.sorted { $0.from < $1.from }
        self.principleOrder = principles.map(\.id)
        self.elementOrder = dimensions.flatMap(\.elements).map(\.id)
        self.capabilities = capabilities
        self.capabilityOrder = capabilities.map(\.id)
    }

    /// A catalogue with nothing in it: what structural checks run against when the real one is
    /// missing or broken.
    public static let empty = Catalogue(
        id: "", version: 0, title: "", principles: [], levels: [], dimensions: [], scale: RatingScale([]), outcomes: [],
        bands: [])

    public func principle(_ id: PrincipleID) -> Principle? { principles.first { $0.id == id } }

    public func level(_ level: LeadershipLevel) -> LevelDescription? { levels.first { $0.level == level } }

    public var elements: [FrameworkElement] { dimensions.flatMap(\.elements) }

    public func element(_ id: ElementID) -> FrameworkElement? { elements.first { $0.id == id } }

    /// The dimension an element belongs to.
    public func dimension(of element: ElementID) -> FrameworkDimension? {
        dimensions.first { $0.elements.contains { $0.id == element } }
    }

    public func capability(_ id: CapabilityID) -> Capability? { capabilities.first { $0.id == id } }

    public func outcome(_ id: OutcomeID) -> Outcome? { outcomes.first { $0.id == id } }

    /// The band a percentage falls in: the last band whose `from` it reaches.
    ///
    /// A percentage below every band's `from` falls in the lowest band.
    public func band(forPercentage percentage: Double) -> Band? { bands.band(forPercentage: percentage) }

    /// The band an attempt with this percentage reaches when it ends in `outcome`: the
    /// percentage's band, no higher than the outcome's ``Outcome/highestBand``.
    ///
    /// - Complexity: O(*o* + *b*) in outcomes and bands.
    public func band(forPercentage percentage: Double, endingIn outcome: OutcomeID?) -> Band? {
        bands.band(forPercentage: percentage, cappedAt: outcome.flatMap { self.outcome($0)?.highestBand })
    }

    /// The band that means "meets expectations for the level" (``Band/meetsExpectations``); `nil` in
    /// a catalogue that marks none (validation requires one).
    public var meetsBand: Band? { bands.first { $0.meetsExpectations } }
}
