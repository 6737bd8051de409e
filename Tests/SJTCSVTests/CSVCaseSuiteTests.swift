import Foundation
import SJTCSV
import SJTTestSupport
import Testing

/// Every case of the public CSV edge-case suites in ../shared/csv-cases (csv-spectrum, W3C CSVW,
/// csvlint, DuckDB), judged as MANIFEST.json says a careful importer should behave.
struct CSVCaseSuiteTests {
    struct Manifest: Decodable {
        struct Case: Decodable, Sendable, CustomTestStringConvertible {
            var id: String
            var input: String
            var rows: String?
            var import_expect: String
            var testDescription: String { id }
        }
        var cases: [Case]
    }

    static let directory = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/csv-cases")

    static let cases: [Manifest.Case] = {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent("MANIFEST.json").path),
            let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
        else { return [] }
        return manifest.cases
    }()

    @Test func suiteIsPresent() {
        #expect(Self.cases.count >= 48, "expected ../shared/csv-cases/MANIFEST.json beside the repository")
    }

    @Test(arguments: cases)
    func caseBehavesAsACarefulImporterShould(_ testCase: Manifest.Case) throws {
        let input = try #require(FileManager.default.contents(atPath: Self.directory.appendingPathComponent(testCase.input).path))
        let expected: [[String]]? = try testCase.rows.map { rows in
            let data = try #require(FileManager.default.contents(atPath: Self.directory.appendingPathComponent(rows).path))
            return try JSONDecoder().decode([[String]].self, from: data)
        }
        let outcome = Result { try CSVTable(bytes: Array(input)) }
        switch (testCase.import_expect, outcome) {
        case ("accept", .success(let table)), ("either", .success(let table)):
            #expect([table.header] + table.rows == expected)
        case ("accept", .failure(let error)):
            Issue.record("rejected a file a careful importer accepts: \(error)")
        case ("reject", .success):
            Issue.record("accepted a file a careful importer rejects")
        case (_, .failure(let error)):
            // A clean rejection says what is wrong, in words a trainer can act on.
            let message = "\(error)"
            #expect(!message.isEmpty && !message.contains("Error Domain"))
        default:
            break  // no-crash: reaching here without a crash is the test
        }
    }
}
