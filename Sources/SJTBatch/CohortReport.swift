import SJTAuthoring
import SJTCohort
import SJTReport

/// `sjt report` as a library: an export folder's report.html made again from the folder's CSV
/// files, and the manifest's entry for it brought up to date (docs/report.md).
///
/// ```swift
/// let result = try CohortReport(bank: bank, folder: "exports/spring").run()
/// ```
///
/// The report is the one `sjt batch` or `sjt compare` wrote into the folder, byte for byte, when
/// the bank's catalogue is the one the export was made with; any other catalogue is refused, since
/// its names and its "meets expectations" threshold would not be the export's.
public struct CohortReport {
    public let bank: ScenarioBank
    public let folder: String

    public init(bank: ScenarioBank, folder: String) {
        self.bank = bank
        self.folder = folder
    }

    public struct Result: Sendable, Equatable {
        public var folder: String
        /// The report's path.
        public var report: String
        /// The report's size in bytes.
        public var bytes: Int
    }

    /// - Throws: ``ExportFolderError`` for a folder that is not an export sjt wrote, unchanged;
    ///   ``CohortReportError`` for another catalogue; ``ReportError`` for a CSV file that cannot be
    ///   read back.
    public func run() throws -> Result {
        // Said in sjt report's own words: the export folder's check speaks of --force and -o.
        switch FileKind(at: folder, followingLinks: true) {
        case .none: throw CohortReportError.noFolder(folder)
        case .directory:
            guard FileKind(at: folder + "/manifest.json", followingLinks: true) == .regularFile else {
                throw CohortReportError.notAnExport(folder)
            }
        default: throw CohortReportError.notAnExport(folder)
        }
        let export = try ExistingExport(path: folder)
        let page: [UInt8]
        switch export.kind {
        case .batch(let manifest):
            try requireCatalogue(manifest.catalogue.sha256)
            page = try BatchReport(folder: folder, manifest: manifest, labels: bank.reportLabels).render()
        case .comparison(let manifest):
            try requireCatalogue(manifest.catalogueSHA256)
            page = try ComparisonReport(folder: folder, manifest: manifest, labels: bank.reportLabels).render()
        }
        try export.replaceReport(with: page)
        return Result(folder: folder, report: folder + "/" + ReportFile.name, bytes: page.count)
    }

    private func requireCatalogue(_ sha256: String) throws(CohortReportError) {
        guard sha256 == bank.catalogueSHA256 else {
            throw .otherCatalogue(folder: folder, exported: sha256, bank: bank.cataloguePath ?? "the bank's catalogue")
        }
    }
}

/// Why `sjt report` will not make a report with this bank.
public enum CohortReportError: Error, CustomStringConvertible, Equatable {
    /// The export was made with another catalogue than the bank's (its SHA-256 in the manifest).
    case otherCatalogue(folder: String, exported: String, bank: String)
    /// There is nothing at the path named.
    case noFolder(String)
    /// The path named is not a folder with a manifest.json.
    case notAnExport(String)

    public var description: String {
        switch self {
        case .otherCatalogue(let folder, let exported, let bank):
            "\(folder) was made with another catalogue than \(bank) (SHA-256 \(exported.prefix(12))…), so its names and bands would not be "
                + "the export's; give the scenario bank it was made with (--scenarios DIR, --catalogue FILE)"
        case .noFolder(let folder):
            "there is no export folder at \(folder); name a folder sjt batch or sjt compare wrote"
        case .notAnExport(let folder):
            "\(folder) is not a folder sjt batch or sjt compare wrote (it has no manifest.json); name one that is"
        }
    }
}
