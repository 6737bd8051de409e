import Foundation
import SJTDigest
import SJTEngine

/// The catalogue and every valid scenario found under the given paths.
///
/// A scenario file with any error is left out: it is never served to a learner or used for scoring.
public struct ScenarioBank: Sendable {
    public var catalogue: Catalogue
    /// Valid scenarios, ordered by id.
    public var scenarios: [Scenario]
    /// Where each scenario was read from, and its content hash.
    public var sources: [ScenarioID: ScenarioSource]
    /// SHA-256 of the catalogue file's text, for manifests.
    public var catalogueSHA256: String = ""
    /// Each valid scenario as the author wrote it, with locations: what `sjt audit` points its findings at.
    public var authored: [ScenarioID: AuthoredScenario] = [:]
    /// The catalogue file read, when it was read from disk.
    public var cataloguePath: String?

    public func scenario(_ id: ScenarioID) -> Scenario? { scenarios.first { $0.id == id } }
}

/// The file a scenario was read from.
public struct ScenarioSource: Sendable, Equatable, Codable {
    public var path: String
    /// SHA-256 of the file's UTF-8 text: a recorded attempt names it, so a changed file is noticed.
    public var sha256: String
}

/// What loading produced: the bank when the catalogue is usable, and every diagnostic.
public struct BankLoadReport: Sendable {
    public var bank: ScenarioBank?
    /// Sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// Every file read, the catalogue included.
    public var filesChecked: Int
    /// Scenario files that had errors, and so were left out of the bank.
    public var rejectedFiles: [String]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Finds, reads and validates scenario files.
///
/// ```swift
/// let report = BankLoader.load(paths: ["scenarios"])
/// print(DiagnosticRenderer().render(report.diagnostics))
/// ```
public enum BankLoader {
    /// The catalogue's file name; a file of this name is never read as a scenario.
    public static let catalogueFileName = "catalogue.yaml"

    /// Loads scenarios from files and directories (searched recursively for `.yaml` and `.yml`).
    ///
    /// - Parameters:
    ///   - paths: Files and directories.
    ///   - cataloguePath: The catalogue; by default `catalogue.yaml` in the first directory given, or
    ///     beside the first file.
    public static func load(paths: [String], cataloguePath: String? = nil) -> BankLoadReport {
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        for path in paths {
            switch scenarioFiles(at: path) {
            case .success(let found): files += found
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        var seen = Set<String>()
        files = files.filter { seen.insert($0).inserted }
        let cataloguePath = cataloguePath ?? defaultCatalogue(for: paths)
        var catalogue: Catalogue?
        var catalogueHash = ""
        if let source = read(cataloguePath, into: &diagnostics) {
            let (loaded, found) = CatalogueReader.read(source, file: cataloguePath)
            catalogue = loaded
            catalogueHash = ContentHash.sha256(ofText: source)
            diagnostics += found
        }
        var sources = [String: String]()
        for file in files {
            sources[file] = read(file, into: &diagnostics)
        }
        var report = validate(files: files.compactMap { file in sources[file].map { (file, $0) } }, catalogue: catalogue,
                              cataloguePath: cataloguePath, diagnostics: diagnostics)
        report.bank?.catalogueSHA256 = catalogueHash
        report.bank?.cataloguePath = cataloguePath
        return report
    }

    /// Validates scenario texts against a catalogue: the whole pipeline without touching the disk.
    public static func load(sources: [(file: String, text: String)], catalogue: Catalogue) -> BankLoadReport {
        validate(files: sources.map { ($0.file, $0.text) }, catalogue: catalogue, cataloguePath: nil, diagnostics: [])
    }

    private static func validate(
        files: [(String, String)], catalogue: Catalogue?, cataloguePath: String?, diagnostics: [Diagnostic]
    ) -> BankLoadReport {
        var diagnostics = diagnostics
        var authored: [AuthoredScenario] = []
        var read: [AuthoredScenario] = []
        var rejected: [String] = []
        var hashes: [String: String] = [:]
        for (file, text) in files {
            hashes[file] = ContentHash.sha256(ofText: text)
            let (scenario, found) = ScenarioReader.read(text, file: file)
            var fileDiagnostics = found
            if let scenario {
                // Structural checks need no catalogue; an empty one stands in when it is missing or broken.
                for validator in structuralValidators {
                    fileDiagnostics += validator.validate(scenario, catalogue: catalogue ?? .empty)
                }
                if let catalogue {
                    for validator in catalogueValidators {
                        fileDiagnostics += validator.validate(scenario, catalogue: catalogue)
                    }
                }
            }
            diagnostics += fileDiagnostics
            if let scenario { read.append(scenario) }
            if let scenario, !fileDiagnostics.contains(where: { $0.severity == .error }) {
                authored.append(scenario)
            } else {
                rejected.append(file)
            }
        }
        // The same scenario id in two files, with errors or without: both are suspect, so neither is served.
        var byID: [String: [AuthoredScenario]] = [:]
        for scenario in read { if let id = scenario.id?.value { byID[id, default: []].append(scenario) } }
        for (id, group) in byID where group.count > 1 {
            let sorted = group.sorted { $0.file < $1.file }
            for duplicate in sorted.dropFirst() {
                diagnostics.append(
                    .error(.duplicateID, "scenario id '\(id)' is also used by \(sorted[0].file)", at: duplicate.id!.location,
                           notes: [Diagnostic.Note("first defined here", at: sorted[0].id!.location)]))
            }
            rejected += group.map(\.file).filter { !rejected.contains($0) }
        }
        let filesChecked = files.count + (cataloguePath == nil ? 0 : 1)
        guard let catalogue else {
            return BankLoadReport(bank: nil, diagnostics: Array(Set(diagnostics)).sorted(), filesChecked: filesChecked, rejectedFiles: rejected.sorted())
        }
        authored.removeAll { scenario in (byID[scenario.id?.value ?? ""]?.count ?? 0) > 1 }
        let scenarios = authored.compactMap(ScenarioCompiler.compile).sorted { $0.id < $1.id }
        var sources: [ScenarioID: ScenarioSource] = [:]
        var authoredByID: [ScenarioID: AuthoredScenario] = [:]
        for scenario in authored {
            if let id = scenario.id?.value {
                sources[ScenarioID(id)] = ScenarioSource(path: scenario.file, sha256: hashes[scenario.file] ?? "")
                authoredByID[ScenarioID(id)] = scenario
            }
        }
        return BankLoadReport(
            bank: ScenarioBank(catalogue: catalogue, scenarios: scenarios, sources: sources, authored: authoredByID),
            diagnostics: Array(Set(diagnostics)).sorted(), filesChecked: filesChecked, rejectedFiles: rejected.sorted())
    }

    private static func defaultCatalogue(for paths: [String]) -> String {
        guard let first = paths.first else { return "scenarios/\(catalogueFileName)" }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory), isDirectory.boolValue {
            return (first as NSString).appendingPathComponent(catalogueFileName)
        }
        let directory = (first as NSString).deletingLastPathComponent
        return directory.isEmpty ? catalogueFileName : (directory as NSString).appendingPathComponent(catalogueFileName)
    }

    private static func scenarioFiles(at path: String) -> Result<[String], Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.error(.fileNotFound, "no such file or directory", at: FileLocation(file: path, line: 1, column: 1)))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        let enumerator = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml"), name != catalogueFileName else { continue }
            found.append((path as NSString).appendingPathComponent(relative))
        }
        return .success(found.sorted())
    }

    private static func read(_ path: String, into diagnostics: inout [Diagnostic]) -> String? {
        let location = FileLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error(.fileNotFound, "cannot read the file", at: location))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error(.yamlSyntax, "the file is not UTF-8 text", at: location))
            return nil
        }
        return text
    }
}
