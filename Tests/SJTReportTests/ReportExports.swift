import Foundation
import SJTAuthoring
import SJTBatch
import SJTCSV
import SJTCohort
import SJTDigest
import SJTEngine
import SJTTestSupport

/// Export folders made for a test through the library, as `sjt batch` and `sjt compare` make
/// them, in a temporary folder of the test's own.
struct ReportExports {
    let bank: ScenarioBank
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-report-\(UUID().uuidString)").path

    init(bank: ScenarioBank = Fixtures.bank().bank!) throws {
        self.bank = bank
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { folder + "/" + name }

    static let sample = Fixtures.path("scenarios/sample-cohort/responses.csv")

    /// `sjt batch` of `inputs` into `name`; rows may be rejected.
    @discardableResult
    func batch(_ inputs: [String], into name: String, pseudonymKey: [UInt8]? = nil) throws -> String {
        var batch = CohortBatch(bank: bank, engineVersion: "test")
        batch.inputs = inputs
        batch.output = path(name)
        batch.allowsRejects = true
        batch.pseudonymKey = pseudonymKey.map { PseudonymKey(bytes: $0) }
        return try batch.run().folder
    }

    /// Writes a responses file of the sample's header and the given rows.
    func responses(_ name: String, rows: [String]) throws -> String {
        let lines = try String(contentsOfFile: Self.sample, encoding: .utf8).split(whereSeparator: \.isNewline)
        try ([String(lines[0])] + rows).joined(separator: "\n").appending("\n").write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }

    /// The sample's response rows (without the header).
    static func sampleRows() throws -> [String] {
        Array(try String(contentsOfFile: sample, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst().map(String.init))
    }

    /// A CSV file of an export, read back.
    static func csv(_ folder: String, _ file: String) throws -> CSVTable {
        try CSVTable(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))))
    }

    /// The rows of a CSV file as dictionaries by column name.
    static func records(_ folder: String, _ file: String) throws -> [[String: String]] {
        let table = try csv(folder, file)
        return table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.header, $0)) }
    }

    static func report(_ folder: String) throws -> ReportHTML { try ReportHTML(path: folder + "/report.html") }
}

extension ReportExports {
    /// A simulated cohort (`sjt simulate`), the same learners for the same seed; `shift` is added
    /// to every learner's ability, as after a course that worked.
    func simulate(_ name: String, learners: Int, shift: Double, seed: UInt64 = 11) throws -> String {
        let simulator = CohortSimulator(
            scenarios: bank.scenarios.map { PreparedScenario($0, catalogue: bank.catalogue) }, levels: LeadershipLevel.allCases,
            cohort: "spring", scenariosPerLearner: 3, abilityShift: shift)
        let writer = try CohortResponseWriter(path: path(name))
        try simulator.simulate(learners: learners, seed: seed) { try writer.write($0) }
        try writer.commit()
        return path(name)
    }

    /// `sjt compare` of two inputs into `name`.
    func compare(_ pre: String, _ post: String, into name: String) throws -> String {
        var compare = CohortCompare(bank: bank, engineVersion: "test", pre: pre, post: post)
        compare.output = path(name)
        return try compare.run().folder
    }
}
