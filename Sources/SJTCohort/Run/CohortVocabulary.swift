import SJTEngine

/// A list of areas the catalogue scores every decision against, as a cohort export reports them:
/// each has its summary file (principles.csv, elements.csv, capabilities.csv) and a column per area
/// in learners.csv, all made by one aggregation (``LearnerSummary``).
///
/// Adding a vocabulary is a case here, its ids, and its credit in ``ScoredPath``; the files follow.
public enum CohortVocabulary: Int, CaseIterable, Sendable {
    case principles
    case elements
    case capabilities

    /// The area ids in catalogue order: an area's position in this list is how paths and
    /// learners refer to it.
    public func ids(in catalogue: Catalogue) -> [String] {
        switch self {
        case .principles: catalogue.principleOrder.map(\.rawValue)
        case .elements: catalogue.elementOrder.map(\.rawValue)
        case .capabilities: catalogue.capabilityOrder.map(\.rawValue)
        }
    }

    /// The summary file: `principles.csv`.
    public var fileName: String {
        switch self {
        case .principles: "principles.csv"
        case .elements: "elements.csv"
        case .capabilities: "capabilities.csv"
        }
    }

    /// The summary file's column naming the area: `principle`.
    public var idColumn: String {
        switch self {
        case .principles: "principle"
        case .elements: "element"
        case .capabilities: "capability"
        }
    }

    /// The area's column in learners.csv: a principle by its id, as compare reads it back; an
    /// element as `element_1.1`, since its id alone would read as a number; a capability as
    /// `capability_building-resilience`.
    public func learnerColumn(_ id: String) -> String {
        switch self {
        case .principles: id
        case .elements: "element_" + id
        case .capabilities: "capability_" + id
        }
    }
}

/// One value per ``CohortVocabulary``.
public struct PerVocabulary<Value> {
    public var principles: Value
    public var elements: Value
    public var capabilities: Value

    public init(principles: Value, elements: Value, capabilities: Value) {
        self.principles = principles
        self.elements = elements
        self.capabilities = capabilities
    }

    /// The same value for every vocabulary.
    public init(repeating value: Value) {
        self.init(principles: value, elements: value, capabilities: value)
    }

    /// A value for each vocabulary, made by `make`.
    public init(_ make: (CohortVocabulary) throws -> Value) rethrows {
        self.init(principles: try make(.principles), elements: try make(.elements), capabilities: try make(.capabilities))
    }

    public subscript(vocabulary: CohortVocabulary) -> Value {
        get {
            switch vocabulary {
            case .principles: principles
            case .elements: elements
            case .capabilities: capabilities
            }
        }
        // In place: `credits[vocabulary][i].add(…)` on a learner's sums must not copy the array.
        _modify {
            switch vocabulary {
            case .principles: yield &principles
            case .elements: yield &elements
            case .capabilities: yield &capabilities
            }
        }
    }
}

extension PerVocabulary: Sendable where Value: Sendable {}
extension PerVocabulary: Equatable where Value: Equatable {}

/// Each catalogue principle's, element's and capability's position in its vocabulary (the bank has
/// one catalogue).
struct AreaPositions: Sendable {
    var principles: [PrincipleID: Int]
    var elements: [ElementID: Int]
    var capabilities: [CapabilityID: Int]

    init(_ catalogue: Catalogue) {
        principles = Self.positions(catalogue.principleOrder)
        elements = Self.positions(catalogue.elementOrder)
        capabilities = Self.positions(catalogue.capabilityOrder)
    }

    private static func positions<ID: Hashable>(_ order: [ID]) -> [ID: Int] {
        Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    }

    /// The positions of a score card's areas that the catalogue lists, with their credit.
    static func sums<ID>(_ areas: [AreaScore<ID>], _ positions: [ID: Int]) -> [ScoredPath.AreaSum] {
        // Tags are checked against the catalogue by `sjt validate`, so every id has a position.
        areas.compactMap { area in positions[area.id].map { ScoredPath.AreaSum(position: Int32($0), credit: area.credit) } }
    }
}
