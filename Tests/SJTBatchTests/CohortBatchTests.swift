import Foundation
import SJTBatch
import SJTCohort
import SJTDigest
import SJTTestSupport
import Testing

/// The batch and compare pipelines driven as a library, as a new front end would: no command line,
/// real files in, a real export folder out.
struct CohortBatchTests {
    let bank = Fixtures.bank().bank!
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-batch-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    func path(_ name: String) -> String { folder + "/" + name }

    @Test func theSampleCohortIsScoredAndExportedWithItsManifest() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var batch = CohortBatch(bank: bank, engineVersion: "test")
        batch.inputs = [Fixtures.path("scenarios/sample-cohort/responses.csv")]
        batch.output = path("sample")
        let result = try batch.run()
        #expect(result.folder == path("sample"))
        let counts = result.manifest.counts
        #expect([counts.rowsRead, counts.rowsAccepted, counts.rowsRejected, counts.learners] as [Int] == [196, 196, 0, 24])
        #expect(result.manifest.files.keys.sorted() == [
            "attempts.csv", "capabilities.csv", "elements.csv", "items.csv", "learners.csv", "options.csv", "principles.csv",
            "responses.csv", "tests.csv",
        ])
        #expect(result.manifest.files["responses.csv"] == 196 && result.manifest.files["learners.csv"] == 24)
        let written = try FileManager.default.contentsOfDirectory(atPath: path("sample")).sorted()
        // The CSV files with their rows, the report made from them, and the manifest that lists them all.
        #expect(written == (result.manifest.files.keys + ["manifest.json", "report.html"]).sorted())
        #expect(result.manifest.files["report.html"] == nil)
        #expect(result.manifest.engineVersion == "test" && result.manifest.options["delimiter"] == "detected")
    }

    @Test func theSameFileNamedTwiceIsReadOnce() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = Fixtures.path("scenarios/sample-cohort/responses.csv")
        try FileManager.default.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: sample)
        var batch = CohortBatch(bank: bank, engineVersion: "test")
        batch.inputs = [sample, path("link.csv")]
        batch.output = path("out")
        #expect(try batch.run().manifest.counts.rowsRead == 196)
    }

    @Test func inputsWithoutResponsesThrowATypedErrorAndWriteNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "cohort,learner_id,level,scenario_id,step,node_id,response\n".write(toFile: path("empty.csv"), atomically: true, encoding: .utf8)
        var batch = CohortBatch(bank: bank, engineVersion: "test")
        batch.inputs = [path("empty.csv")]
        batch.output = path("out")
        #expect(throws: CohortInputError.headerOnly(input: path("empty.csv"))) { try batch.run() }
        #expect(!FileManager.default.fileExists(atPath: path("out")))
        #expect(
            "\(CohortInputError.headerOnly(input: "a.csv"))" == "a.csv has a header row but no responses; nothing was exported")
    }

    @Test func aComparisonReadsAnExportFolderAndAResponsesFileAlike() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = Fixtures.path("scenarios/sample-cohort/responses.csv")
        var batch = CohortBatch(bank: bank, engineVersion: "test")
        batch.inputs = [sample]
        batch.output = path("export")
        _ = try batch.run()
        var compare = CohortCompare(bank: bank, engineVersion: "test", pre: path("export"), post: sample)
        compare.output = path("compare")
        var warnings: [String] = []
        let result = try compare.run { warnings.append($0) }
        // The same learners on both sides, each unchanged: the folder's two decimals read back as the run's.
        #expect(warnings.isEmpty)
        #expect(result.manifest.matchedLearners == 24 && result.comparison.unmatched.isEmpty)
        #expect(result.comparison.changes.allSatisfy { abs($0.change) < 0.005 })
        #expect(try FileManager.default.contentsOfDirectory(atPath: path("compare")).sorted() == [
            "changes.csv", "manifest.json", "report.html", "summary.csv", "unmatched.csv",
        ])
    }
}

/// The manifest's `written_files` are taken from each file's bytes as they are written, not read
/// back: they must be what reading the files back gives.
struct WrittenFileHashTests {
    let bank = Fixtures.bank().bank!
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-hashes-\(UUID().uuidString)").path

    @Test(arguments: [true, false])
    func everyFileIsListedWithTheSizeAndHashOfItsBytes(_ byteOrderMark: Bool) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var batch = CohortBatch(bank: bank, engineVersion: "test")
        // Rows that are rejected too, so rejects.csv is among the files.
        let responses = try String(contentsOfFile: Fixtures.path("scenarios/sample-cohort/responses.csv"), encoding: .utf8)
            + "spring,l-x,,frontline-leader,no-such-scenario,1,1,1,n,a,,,\n"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try responses.write(toFile: folder + "/in.csv", atomically: true, encoding: .utf8)
        batch.inputs = [folder + "/in.csv"]
        batch.output = folder + "/out"
        batch.exportOptions.byteOrderMark = byteOrderMark
        _ = try batch.run()
        let manifest = try #require(FileManager.default.contents(atPath: folder + "/out/manifest.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        let written = try #require(json["written_files"] as? [String: [String: Any]])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").filter { $0 != "manifest.json" }
        #expect(Set(written.keys) == Set(files) && files.contains("rejects.csv"))
        for name in files {
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/out/" + name))
            #expect(written[name]?["bytes"] as? Int == bytes.count, "\(name)")
            #expect(written[name]?["sha256"] as? String == ContentHash.sha256(of: bytes), "\(name)")
        }
    }
}
