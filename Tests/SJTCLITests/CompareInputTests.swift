import Foundation
import SJTTestSupport
import Testing

/// `sjt compare`'s inputs follow batch's rules: `-` is standard input, and a cohort with no
/// responses is refused rather than compared as nobody.
struct CompareInputTests {
    let directory: URL
    let sjt = CommandLineRunner()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-compare-input-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @Test func theCohortBeforeCanComeFromStandardInput() throws {
        let simulate = try sjt.run(["simulate", "--learners", "20", "--seed", "11", "-o", path("pre.csv")])
        #expect(simulate.status == 0, "\(simulate.standardError)")
        let pre = try String(contentsOfFile: path("pre.csv"), encoding: .utf8)
        let run = try sjt.run(["compare", "-", path("pre.csv"), "-o", path("out")], input: pre)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "Wrote \(path("out")): 20 learners matched, 0 in only one of the two.\n")
    }

    @Test func standardInputCannotBeBothCohorts() throws {
        let run = try sjt.run(["compare", "-", "-", "-o", path("out")], input: "")
        #expect(run.status != 0)
        #expect(run.standardError.hasPrefix("Error: standard input (-) can be only one of the two cohorts\n"))
    }

    @Test func aCohortWithAHeaderRowOnlyIsRefused() throws {
        try Data("cohort,learner_id,level,scenario_id,step,node_id,response\n".utf8).write(to: URL(fileURLWithPath: path("empty.csv")))
        let run = try sjt.run(["compare", path("empty.csv"), path("empty.csv"), "-o", path("out")])
        #expect(run.status == 1)
        #expect(run.standardError == "Error: \(path("empty.csv")) has a header row but no responses; nothing was exported\n")
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }

    @Test func aLearnerWhoseIdStartsLikeAFormulaMatchesAcrossAnExportAndAResponsesFile() throws {
        let file = path("amy.csv")
        try Data(("cohort,learner_id,level,scenario_id,step,node_id,response\n"
            + "c1,-amy,frontline-leader,delayed-recording,1,backlog,a\nc1,-amy,frontline-leader,delayed-recording,2,cause,b>a>c\n").utf8)
            .write(to: URL(fileURLWithPath: file))
        let example = ["--scenarios", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"]
        let batch = try sjt.run(["batch", file, "-o", path("export")] + example)
        #expect(batch.status == 0, "\(batch.standardError)")
        let run = try sjt.run(["compare", path("export"), file, "-o", path("out")] + example)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "Wrote \(path("out")): 1 learners matched, 0 in only one of the two.\n")
    }
}
