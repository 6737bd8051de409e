import Foundation
import SJTAuthoring
import SJTBuiltInBank
import SJTEngine
import SJTTestSupport
import Testing

/// A bank compiled to JSON, as the built-in bank is stored in the binary, reads back as the bank it
/// was made from; and the built-in bank is the scenarios folder it was built from.
struct BankArchiveTests {
    func bank(_ folder: String) throws -> ScenarioBank {
        let report = BankLoader.load(paths: [Fixtures.path(folder)], cataloguePath: Fixtures.cataloguePath)
        return try #require(report.bank, "\(DiagnosticRenderer().render(report.diagnostics))")
    }

    @Test(arguments: ["scenarios", "Tests/Fixtures/reviewed-bank", "docs/examples", "Tests/Fixtures/levels"])
    func anArchiveReadsBackAsTheBankItWasMadeFrom(folder: String) throws {
        let bank = try bank(folder)
        let read = try BankArchive(json: Data(BankArchive(bank).json().utf8)).bank
        #expect(read.catalogue == bank.catalogue)
        #expect(read.scenarios == bank.scenarios)
        #expect(read.sources == bank.sources)
        #expect(read.catalogueSHA256 == bank.catalogueSHA256)
        #expect(read.version == bank.version)
    }

    @Test func theSameBankAlwaysGivesTheSameArchive() throws {
        #expect(try BankArchive(bank("scenarios")).json() == BankArchive(bank("scenarios")).json())
    }

    @Test func aTextTheSameAtEveryLevelIsStoredOnce() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        func json(_ table: PerLevel<String>) throws -> String { String(decoding: try encoder.encode(table), as: UTF8.self) }
        #expect(try json(PerLevel(all: "Ring the school.")) == #"{"all":"Ring the school."}"#)
        #expect(try json(PerLevel([.frontLineLeader: "Ring", .strategicLeader: "Ask"])) == #"{"frontline-leader":"Ring","strategic-leader":"Ask"}"#)
        #expect(try json(PerLevel([.frontLineWorker: "Ring", .frontLineLeader: "Ring"])) == #"{"frontline-leader":"Ring","frontline-worker":"Ring"}"#)
        let decoded = try JSONDecoder().decode(PerLevel<String>.self, from: Data(#"{"frontline-leader":"Ring","strategic-leader":"Ask"}"#.utf8))
        #expect(decoded == PerLevel([.frontLineLeader: "Ring", .strategicLeader: "Ask"]))
    }

    @Test func anArchiveOfAnotherFormatIsRefused() throws {
        let json = try BankArchive(bank("docs/examples")).json().replacingOccurrences(of: #""format":1"#, with: #""format":2"#)
        #expect(throws: DecodingError.self) { try BankArchive(json: Data(json.utf8)) }
    }

    @Test func theBuiltInBankIsTheScenariosFolderCompiled() throws {
        let folder = try bank("scenarios")
        let builtIn = BuiltInBank.bank
        #expect(builtIn.catalogue == folder.catalogue)
        #expect(builtIn.scenarios == folder.scenarios)
        #expect(builtIn.catalogueSHA256 == folder.catalogueSHA256)
        #expect(builtIn.sources.mapValues(\.sha256) == folder.sources.mapValues(\.sha256))
        // Recorded as a run in the checkout records them, not as this machine's paths.
        #expect(builtIn.sources["friday-referral"]?.path == "scenarios/friday-referral.yaml")
        #expect(BuiltInBank.version == folder.version.description)
    }
}

/// A bank's version names its catalogue and the content of its files, whatever folder they are in.
struct BankVersionTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-bank-version-\(UUID())")

    /// A folder holding the worked example, with `edit` applied to its text.
    func folder(_ name: String, edit: (String) -> String = { $0 }) throws -> ScenarioBank {
        let folder = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try Fixtures.text("docs/examples/delayed-recording.yaml")
        try edit(text).write(to: folder.appendingPathComponent("delayed-recording.yaml"), atomically: true, encoding: .utf8)
        let report = BankLoader.load(paths: [folder.path], cataloguePath: Fixtures.cataloguePath)
        return try #require(report.bank)
    }

    @Test func theVersionNamesTheCatalogueAndTwelveDigitsOfTheContentHash() throws {
        let version = try folder("a").version
        #expect(version.description == "cyps-leadership version 1, content \(version.contentHash)")
        #expect(version.contentHash.count == 12 && version.contentSHA256.hasPrefix(version.contentHash))
        #expect(version.contentHash.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func theSameFilesInAnotherFolderHaveTheSameVersion() throws {
        #expect(try folder("a").version == folder("b").version)
    }

    @Test func anyChangeToAFileChangesTheVersion() throws {
        let edited = try folder("edited") { $0 + "# reviewed\n" }
        #expect(try edited.version != folder("a").version)
        #expect(try edited.scenarios == folder("a").scenarios)
    }
}
