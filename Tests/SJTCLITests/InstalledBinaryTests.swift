import Foundation
import SJTAuthoring
import SJTEngine
import SJTTestSupport
import Testing

/// sjt as a trainer is handed it: the binary alone in an empty folder, no checkout, no scenarios
/// folder, a fresh home, or no environment at all.
///
/// The binary is the one `scripts/install` put in `$SJT_INSTALLED_PREFIX` (`scripts/test` installs
/// one there, statically linked, before the tests), else the debug build beside the tests.
struct InstalledBinaryTests {
    static let prefix = ProcessInfo.processInfo.environment["SJT_INSTALLED_PREFIX"].flatMap { $0.isEmpty ? nil : $0 }
    static let installed = prefix.map { URL(fileURLWithPath: $0).appendingPathComponent("bin/sjt") } ?? CommandLineRunner.executable

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-installed-\(UUID())")
    /// The empty folder the binary is copied into, alone.
    var folder: URL { directory.appendingPathComponent("handed-over") }
    var home: URL { directory.appendingPathComponent("home") }
    var sjt: URL { folder.appendingPathComponent("sjt") }

    init() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("handed-over"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("home"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.installed, to: directory.appendingPathComponent("handed-over/sjt"))
    }

    /// Runs in the folder with nothing but a fresh home and the XDG folders under it.
    func runner() -> CommandLineRunner {
        var runner = CommandLineRunner(workingDirectory: folder)
        runner.environment = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent(".local/share").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path, "XDG_CACHE_HOME": home.appendingPathComponent(".cache").path,
            "XDG_STATE_HOME": home.appendingPathComponent(".local/state").path, "PATH": "/usr/bin:/bin", "COLUMNS": "80",
        ]
        return runner
    }

    /// The lines a learner types to play `scenario` to its ending: the first option shown, the first
    /// and last for best and worst, the order shown for a ranking, the lowest rating for each option.
    static func answers(_ scenario: ScenarioID, level: LeadershipLevel, seed: UInt64) throws -> [String] {
        let bank = try #require(BankLoader.load(paths: [Fixtures.path("scenarios")]).bank)
        var session = try Session(scenario: try #require(bank.scenario(scenario)), catalogue: bank.catalogue, level: level, seed: seed)
        var lines: [String] = []
        while case .decision(let offered) = session.presentation {
            let ids = offered.choices.map(\.id)
            let positions = (1...ids.count).map(String.init)
            switch offered.format {
            case .single:
                try session.respond(.single(ids[0]))
                lines.append("1")
            case .bestWorst:
                try session.respond(.bestWorst(best: ids[0], worst: ids[ids.count - 1]))
                lines.append("1 \(ids.count)")
            case .rank:
                try session.respond(.rank(ids))
                lines.append(positions.joined(separator: " "))
            case .rate:
                try session.respond(.rate(ids.map { RatedChoice($0, offered.ratings[0].id) }))
                lines.append(ids.map { _ in "1" }.joined(separator: " "))
            }
        }
        return lines
    }

    @Test func theBinaryAloneInAnEmptyFolderPlaysToADebriefAndScoresASimulatedCohort() throws {
        let sjt = runner()
        let answers = try Self.answers("friday-referral", level: .frontLineLeader, seed: 5)
        let play = try sjt.run(
            ["play", "--learner", "amira", "--level", "frontline-leader", "--scenario", "friday-referral", "--seed", "5",
             "--answers", answers.joined(separator: ";")],
            executable: self.sjt)
        #expect(play.status == 0, "\(play.standardError)")
        #expect(play.standardOutput.contains("── Debrief: "))
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/share/sjt/progress.sqlite").path))

        let simulate = try sjt.run(["simulate", "--learners", "25", "--seed", "2", "-o", "cohort.csv"], executable: self.sjt)
        #expect(simulate.status == 0, "\(simulate.standardError)")
        // The file's lines end in CRLF, as every CSV file sjt writes: count the line feeds.
        let rows = try Data(contentsOf: folder.appendingPathComponent("cohort.csv")).filter { $0 == 0x0A }.count - 1
        let batch = try sjt.run(["batch", "cohort.csv", "-o", "results"], executable: self.sjt)
        #expect(batch.status == 0, "\(batch.standardError)")
        #expect(batch.standardOutput.hasSuffix("rows read \(rows) = accepted \(rows) + rejected 0\n"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("results/manifest.json").path))
    }

    @Test func theBinaryRunsWithNoEnvironmentAtAll() throws {
        let sjt = runner()
        let env = URL(fileURLWithPath: "/usr/bin/env")
        let version = try sjt.run(["-i", self.sjt.path, "--version"], executable: env)
        #expect(version.status == 0 && version.standardOutput.hasPrefix("sjt 0.1.0\nbuilt-in scenario bank: cyps-leadership version "))
        let catalogue = try sjt.run(["-i", self.sjt.path, "catalogue"], executable: env)
        #expect(catalogue.status == 0 && catalogue.standardOutput.hasPrefix("Scenario bank: built into sjt, "))
        // No HOME to find a store under: the store is named.
        let play = try sjt.run(
            ["-i", self.sjt.path, "play", "--store", "progress.sqlite", "--learner", "amira", "--level", "frontline-leader",
             "--scenario", "friday-referral", "--answers", "q"],
            executable: env)
        #expect(play.status == 0, "\(play.standardError)")
        #expect(play.standardOutput.hasSuffix("\nSaved. Continue where you left off with: sjt play --resume\n"))
        let simulate = try sjt.run(["-i", self.sjt.path, "simulate", "--learners", "5", "-o", "cohort.csv"], executable: env)
        #expect(simulate.status == 0, "\(simulate.standardError)")
        let batch = try sjt.run(["-i", self.sjt.path, "batch", "cohort.csv", "-o", "results"], executable: env)
        #expect(batch.status == 0, "\(batch.standardError)")
    }

    @Test(.enabled(if: prefix != nil, "needs scripts/install's binary: SJT_INSTALLED_PREFIX, which scripts/test sets (swift test alone does not)"))
    func theInstallHasAManPageCompletionsAndLinksInTheSwiftRuntimeLibcsvAndSQLite() throws {
        let prefix = URL(fileURLWithPath: try #require(Self.prefix))
        let manual = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/sjt.1"), encoding: .utf8)
        #expect(manual.hasPrefix(".TH SJT 1 \"\" \"sjt 0.1.0\" \"User Commands\"\n.SH NAME\nsjt \\- practise and analyse branching leadership scenarios\n"))
        for command in ["PLAY", "BATCH", "EXPORT RESPONSES", "CATALOGUE"] {
            #expect(manual.contains(".SH \"SJT \(command)\"\n"))
        }
        for completion in ["share/bash-completion/completions/sjt", "share/zsh/site-functions/_sjt", "share/fish/vendor_completions.d/sjt.fish"] {
            let text = try String(contentsOf: prefix.appendingPathComponent(completion), encoding: .utf8)
            #expect(text.contains("play") && text.contains("batch") && text.contains("catalogue"), "\(completion)")
        }
        let ldd = try CommandLineRunner().run([Self.installed.path], executable: URL(fileURLWithPath: "/usr/bin/ldd"))
        let libraries = ldd.standardOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        // No Swift runtime, no Foundation, no libcsv, no SQLite: the C and C++ runtime, and libcurl
        // (with what it needs) for FoundationNetworking's HTTP.
        let linkedIn = ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime", "libcsv", "libsqlite3"]
        #expect(libraries.filter { library in linkedIn.contains { library.hasPrefix($0) } } == [])
        #expect(Set(["libc.so.6", "libstdc++.so.6", "libcurl.so.4"]).isSubset(of: libraries))
    }
}
