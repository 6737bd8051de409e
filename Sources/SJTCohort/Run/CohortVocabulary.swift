import SJTEngine

/// A list of areas the catalogue scores every decision against, as a cohort export reports them:
/// each has its summary file (principles.csv, elements.csv) and a column per area in learners.csv,
/// all made by one aggregation (``LearnerSummary``).
///
/// Adding a vocabulary (say, an organisation's capabilities) is a case here, its ids, and its
/// credit in ``ScoredPath``; the files follow.
public enum CohortVocabulary: Int, CaseIterable, Sendable {
    case principles
    case elements

    /// The area ids in catalogue order: an area's position in this list is how paths and
    /// learners refer to it.
    public func ids(in catalogue: Catalogue) -> [String] {
        switch self {
        case .principles: catalogue.principleOrder.map(\.rawValue)
        case .elements: catalogue.elementOrder.map(\.rawValue)
        }
    }

    /// The summary file: `principles.csv`.
    public var fileName: String {
        switch self {
        case .principles: "principles.csv"
        case .elements: "elements.csv"
        }
    }

    /// The summary file's column naming the area: `principle`.
    public var idColumn: String {
        switch self {
        case .principles: "principle"
        case .elements: "element"
        }
    }

    /// The area's column in learners.csv: a principle by its id, as compare reads it back; an
    /// element as `element_1.1`, since its id alone would read as a number.
    public func learnerColumn(_ id: String) -> String {
        switch self {
        case .principles: id
        case .elements: "element_" + id
        }
    }
}

/// One value per ``CohortVocabulary``.
public struct PerVocabulary<Value> {
    public var principles: Value
    public var elements: Value

    public init(principles: Value, elements: Value) {
        self.principles = principles
        self.elements = elements
    }

    /// The same value for every vocabulary.
    public init(repeating value: Value) {
        self.init(principles: value, elements: value)
    }

    public subscript(vocabulary: CohortVocabulary) -> Value {
        get {
            switch vocabulary {
            case .principles: principles
            case .elements: elements
            }
        }
        set {
            switch vocabulary {
            case .principles: principles = newValue
            case .elements: elements = newValue
            }
        }
    }
}

extension PerVocabulary: Sendable where Value: Sendable {}
extension PerVocabulary: Equatable where Value: Equatable {}

/// Each catalogue principle's and element's position in its vocabulary (the bank has one catalogue).
struct AreaPositions: Sendable {
    var principles: [PrincipleID: Int]
    var elements: [ElementID: Int]

    init(_ catalogue: Catalogue) {
        principles = Dictionary(uniqueKeysWithValues: catalogue.principleOrder.enumerated().map { ($1, $0) })
        elements = Dictionary(uniqueKeysWithValues: catalogue.elementOrder.enumerated().map { ($1, $0) })
    }
}
