import SJTEngine

/// The words a report puts beside the export's figures: names of levels, principles, framework
/// elements, capabilities and bands from the catalogue, and scenario titles from the bank.
///
/// Only names: no figure comes from here but the "meets expectations" threshold, which is the
/// catalogue's and is not in any CSV file. An id the catalogue or bank does not know is shown as
/// the id.
public struct ReportLabels: Sendable {
    public let catalogue: Catalogue
    private let scenarioTitles: [String: String]

    public init(catalogue: Catalogue, scenarios: [Scenario]) {
        self.catalogue = catalogue
        scenarioTitles = Dictionary(scenarios.map { ($0.id.rawValue, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    func level(_ id: String) -> String {
        LeadershipLevel(rawValue: id).flatMap { catalogue.level($0)?.name } ?? id
    }

    /// Two letters for a level, for labels inside a chart: FW, FL, OL, SL.
    static func abbreviation(_ level: LeadershipLevel) -> String {
        switch level {
        case .frontLineWorker: "FW"
        case .frontLineLeader: "FL"
        case .operationalLeader: "OL"
        case .strategicLeader: "SL"
        }
    }

    func scenario(_ id: String) -> String { scenarioTitles[id] ?? id }

    func principle(_ id: String) -> String { catalogue.principle(PrincipleID(id))?.name ?? id }

    func element(_ id: String) -> String { catalogue.element(ElementID(id)).map { "\(id) \($0.name)" } ?? id }

    func capability(_ id: String) -> String { catalogue.capability(CapabilityID(id))?.name ?? id }

    func band(_ id: String) -> String { catalogue.bands.first { $0.id.rawValue == id }?.name ?? id }

    /// The lowest percentage that meets expectations, and the band's name; `nil` in a catalogue
    /// that marks no band so.
    var meets: (from: Double, name: String)? { catalogue.meetsBand.map { ($0.from, $0.name) } }
}
