import Foundation
import SJTCSV
import SJTDigest
import SJTTestSupport
import Testing

/// `--force` and the export folder: it replaces only a folder sjt wrote, never deletes a file sjt did
/// not write, is never caught with no export at its path, and cleans up what killed runs left.
struct ExportReplacementTests {
    let directory: URL
    let sjt: CommandLineRunner
    let example = ["--scenarios", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"]
    let sample = "Tests/Fixtures/cohort/broken-cohort.csv"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-replace-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(environment: ["SJT_STORE": directory.appendingPathComponent("progress.sqlite").path])
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ text: String, to name: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path(name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
    }

    func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func batch(_ output: String, force: Bool = false, input: String? = nil) throws -> CommandLineRunner.Run {
        try sjt.run(["batch", input ?? sample, "-o", path(output), "--allow-rejects"] + (force ? ["--force"] : []) + example)
    }

    /// The folder's files, each with its bytes, for comparing a folder before and after.
    func snapshot(_ name: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = path(name)
        for case let entry as String in FileManager.default.enumerator(atPath: root)! {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + entry, isDirectory: &isDirectory)
            files[entry] = isDirectory.boolValue ? Data() : FileManager.default.contents(atPath: root + "/" + entry)
        }
        return files
    }

    /// A process id that is certainly not running: one that has just ended.
    func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func forceDoesNotReplaceAFolderThatOnlyHoldsAFileNamedManifest() throws {
        try write("{\"name\": \"my web app\", \"version\": \"1.0\"}\n", to: "webapp/manifest.json")
        try write("console.log('hello')\n", to: "webapp/src/app.js")
        let before = try snapshot("webapp")
        let run = try batch("webapp", force: true)
        #expect(run.status == 1)
        #expect(run.standardError == """
            Error: \(path("webapp")) has a manifest.json that does not list the files of an sjt export, so --force will not replace it; choose another folder with -o

            """)
        #expect(try snapshot("webapp") == before)
    }

    @Test func forceRefusesAnEarlierExportHoldingFilesTheTrainerAddedAndNamesThem() throws {
        #expect(try batch("spring").status == 0)
        try write("my pivot table", to: "spring/pivot-analysis.xlsx")
        try write("png", to: "spring/charts/levels.png")
        let before = try snapshot("spring")
        let run = try batch("spring", force: true)
        #expect(run.status == 1)
        #expect(run.standardError == """
            Error: \(path("spring")) holds files sjt did not write (charts/, pivot-analysis.xlsx), so --force will not replace it; move them out of the folder, or choose another folder with -o

            """)
        #expect(try snapshot("spring") == before)
    }

    @Test func forceRefusesAnEarlierExportWhoseFilesWereEditedSince() throws {
        #expect(try batch("spring").status == 0)
        try write("learner_id,notes\nl-ok,my own notes\n", to: "spring/learners.csv")
        let run = try batch("spring", force: true)
        #expect(run.status == 1)
        #expect(run.standardError == """
            Error: \(path("spring")) holds files changed since sjt wrote them (learners.csv), so --force will not replace it; move them out of the folder, or choose another folder with -o

            """)
        #expect(contents("spring/learners.csv") == "learner_id,notes\nl-ok,my own notes\n")
    }

    @Test func forceReplacesAnUntouchedEarlierExportWhoseManifestListsEveryFileWithItsHash() throws {
        #expect(try batch("spring").status == 0)
        let run = try batch("spring", force: true)
        #expect(run.status == 0, "\(run.standardError)")
        let manifest = try JSONSerialization.jsonObject(with: Data(contents("spring/manifest.json")!.utf8)) as! [String: Any]
        let written = try #require(manifest["written_files"] as? [String: [String: Any]])
        let files = try FileManager.default.contentsOfDirectory(atPath: path("spring")).filter { $0 != "manifest.json" }
        #expect(Set(written.keys) == Set(files))
        #expect(written.keys.contains("rejects.csv"))
        for (name, entry) in written {
            let bytes = try #require(FileManager.default.contents(atPath: path("spring/" + name)))
            #expect(entry["bytes"] as? Int == bytes.count)
            #expect(entry["sha256"] as? String == ContentHash.sha256(of: bytes))
        }
        // Nothing is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") } == [])
    }

    @Test func compareForceFollowsTheSameRule() throws {
        let arguments = ["compare", sample, sample, "-o", path("changes")] + example
        #expect(try sjt.run(arguments).status == 0)
        #expect(try sjt.run(arguments + ["--force"]).status == 0)
        try write("mine", to: "changes/notes.txt")
        let run = try sjt.run(arguments + ["--force"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("holds files sjt did not write (notes.txt), so --force will not replace it"))
        #expect(contents("changes/notes.txt") == "mine")
    }

    @Test func aRunKilledAfterTheSwapLeavesTheNewExportAndTheNextRunRemovesTheOld() throws {
        #expect(try batch("spring").status == 0)
        let new = try snapshot("spring")
        // What a run killed between swapping the folders and removing the old one leaves: the old
        // export under its temporary name.
        let old = ".spring.partial-\(try deadProcessID())"
        #expect(try batch(old).status == 0)
        #expect(try batch("autumn").status == 0)
        #expect(!FileManager.default.fileExists(atPath: path(old)))
        #expect(try snapshot("spring") == new)
    }

    @Test func aRunKilledWithTheOldExportRenamedAsideGetsItBack() throws {
        // Where folders cannot be swapped in one step, the old one is renamed aside first; a run
        // killed before the new one is in leaves no export at the path, until the next run.
        let aside = ".spring.previous-\(try deadProcessID())"
        #expect(try batch(aside).status == 0)
        let old = try snapshot(aside)
        #expect(try batch("autumn").status == 0)
        #expect(!FileManager.default.fileExists(atPath: path(aside)))
        #expect(try snapshot("spring") == old)
    }

    @Test func leftoversOfKilledRunsAreRemovedWhateverTheyWereCalledButNeverForeignFiles() throws {
        let pid = try deadProcessID()
        try write("cohort,learner_id\nc,Zoë\n", to: "exports/.simulated-20261201T204247Z.partial-\(pid)/responses.csv")
        try write("half a file", to: "exports/.simulated-20261201T204247Z.partial-\(pid)/.attempts.csv.partial-\(pid)")
        try write("not sjt's", to: "exports/.thesis.partial-\(pid)/chapter1.docx")
        let run = try CommandLineRunner(workingDirectory: directory, environment: [:]).run(
            ["batch", Fixtures.root.appendingPathComponent("scenarios/sample-cohort/responses.csv").path,
             "--scenarios", Fixtures.root.appendingPathComponent("scenarios").path])
        #expect(run.status == 0, "\(run.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: path("exports")).filter { $0.hasPrefix(".") }
        #expect(left == [".thesis.partial-\(pid)"])
        #expect(contents("exports/.thesis.partial-\(pid)/chapter1.docx") == "not sjt's")
    }

    @Test func killingForceRunsAtAnyMomentLeavesAWholeExportAtThePath() throws {
        let input = path("cohort.csv")
        #expect(try sjt.run(["simulate", "--learners", "1500", "--seed", "3", "-o", input, "--scenarios", "scenarios"]).status == 0)
        let arguments = ["batch", input, "-o", path("exp"), "--scenarios", "scenarios"]
        #expect(try sjt.run(arguments).status == 0)
        let started = Date()
        #expect(try sjt.run(arguments + ["--force"]).status == 0)
        let duration = Date().timeIntervalSince(started)
        for trial in 0..<8 {
            let process = Process()
            process.executableURL = CommandLineRunner.executable
            process.arguments = arguments + ["--force"]
            process.currentDirectoryURL = Fixtures.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Spread over the run, most of them near its end, where the folders change places.
            Thread.sleep(forTimeInterval: duration * (0.5 + Double(trial) / 12))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try expectWholeExport("exp")
        }
        #expect(try sjt.run(arguments + ["--force"]).status == 0)
        try expectWholeExport("exp")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") } == [])
    }

    func expectWholeExport(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let data = try #require(FileManager.default.contents(atPath: path(name + "/manifest.json")), sourceLocation: sourceLocation)
        let manifest = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let written = try #require(manifest["written_files"] as? [String: [String: Any]], sourceLocation: sourceLocation)
        for (file, entry) in written {
            let bytes = FileManager.default.contents(atPath: path(name + "/" + file))
            #expect(bytes?.count == entry["bytes"] as? Int, "\(file)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - Files named with -o

    @Test func simulateAndExportResponsesDoNotOverwriteAFileWithoutForce() throws {
        try write("my own file\n", to: "mine.csv")
        let simulate = try sjt.run(["simulate", "--learners", "2", "-o", path("mine.csv")] + example)
        #expect(simulate.status == 1)
        #expect(simulate.standardError == "Error: \(path("mine.csv")) already exists; choose another file with -o, or replace it with --force\n")
        let export = try sjt.run(["export", "responses", "-o", path("mine.csv")])
        #expect(export.status == 1)
        #expect(export.standardError == "Error: \(path("mine.csv")) already exists; choose another file with -o, or replace it with --force\n")
        #expect(contents("mine.csv") == "my own file\n")
        #expect(try sjt.run(["simulate", "--learners", "2", "-o", path("mine.csv"), "--force"] + example).status == 0)
        #expect(contents("mine.csv")?.contains("delayed-recording") == true)
    }

    // MARK: - Messages a trainer can act on

    @Test func aLongCohortNameStillMakesADefaultFolder() throws {
        let cohort = String(repeating: "spring", count: 50)
        try write(
            "cohort,learner_id,level,scenario_id,step,node_id,response\n\(cohort),l-1,frontline-leader,delayed-recording,1,backlog,a\n",
            to: "long.csv")
        let run = try CommandLineRunner(workingDirectory: directory, environment: [:]).run(
            ["batch", path("long.csv"), "--scenarios", Fixtures.root.appendingPathComponent("docs/examples").path,
             "--catalogue", Fixtures.root.appendingPathComponent("scenarios/catalogue.yaml").path])
        #expect(run.status == 0, "\(run.standardError)")
        let folder = try #require(try FileManager.default.contentsOfDirectory(atPath: path("exports")).first)
        #expect(folder.hasPrefix(String(cohort.prefix(64)) + "-"))
    }

    @Test func aDanglingLinkIsNamedForWhatItIs() throws {
        try FileManager.default.createSymbolicLink(atPath: path("gone"), withDestinationPath: path("nowhere"))
        let run = try batch("gone", force: true)
        #expect(run.status == 1)
        #expect(run.standardError == """
            Error: \(path("gone")) is a symbolic link to something that does not exist; remove the link, or choose another folder with -o

            """)
    }

    @Test func folderProblemsAreSentencesNotFoundationCodes() throws {
        try write("a file", to: "file.txt")
        let underFile = try batch("file.txt/out")
        #expect(underFile.standardError == "Error: cannot write the export folder \(path("file.txt/out")): part of the path is a file, not a folder\n")
        let long = try batch(String(repeating: "x", count: 300))
        #expect(long.standardError == """
            Error: cannot write the export folder \(path(String(repeating: "x", count: 300))): the name is too long for the file system (most allow 255 bytes a name); choose a shorter one

            """)
        #expect(!long.standardError.contains("NSCocoaErrorDomain"))
        // A folder named as "this folder" is never replaced, even when it holds an earlier export.
        #expect(try batch("spring").status == 0)
        let dot = try batch("spring/.", force: true)
        #expect(dot.standardError == "Error: '\(path("spring/."))' cannot be an export folder; name a new folder with -o, e.g. -o exports/spring-2027\n")
        #expect(FileManager.default.fileExists(atPath: path("spring/manifest.json")))
    }
}
