import Foundation
import SJTCSV
import SJTTestSupport
import Testing

/// `sjt compare` on a simulated pre/post pair with a built-in improvement: the same 200 learners
/// (same seed), the second time with 0.8 added to every learner's ability.
struct CompareCommandTests {
    let directory: URL
    let sjt = CommandLineRunner()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-compare-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func simulate(_ name: String, shift: String, learners: Int = 200) throws {
        let run = try sjt.run(["simulate", "--learners", "\(learners)", "--seed", "11", "--ability-shift", shift,
                               "--scenarios-per-learner", "4", "-o", path(name)])
        #expect(run.status == 0, "\(run.standardError)")
    }

    func table(_ name: String) throws -> CSVTable { try CSVTable(bytes: Array(FileManager.default.contents(atPath: path(name))!)) }

    @Test func builtInImprovementIsRecoveredWithConfidenceIntervalsAboveZero() throws {
        try simulate("pre.csv", shift: "0")
        try simulate("post.csv", shift: "0.8")
        let run = try sjt.run(["compare", path("pre.csv"), path("post.csv"), "-o", path("out")])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "Wrote \(path("out")): 200 learners matched, 0 in only one of the two.\n")
        let summary = try table("out/summary.csv")
        #expect(summary.header == ["level", "principle", "learners", "mean_pre", "mean_post", "mean_change", "sd_change",
                                   "ci95_low", "ci95_high", "effect_size", "share_moved_up"])
        // Every well-populated row shows a gain, and most are clearly above zero.
        let populated = summary.rows.filter { Int($0[2])! >= 20 }
        #expect(populated.count >= 20)
        #expect(populated.allSatisfy { Double($0[5])! > 0 })
        #expect(populated.count { Double($0[7])! > 0 } * 10 >= populated.count * 9)
        #expect(try table("out/unmatched.csv").rows.isEmpty)
        let changes = try table("out/changes.csv")
        #expect(changes.rows.allSatisfy { abs(Double($0[4])! - Double($0[3])! - Double($0[5])!) < 0.011 })
    }

    @Test func noChangeGivesZeroMeanChange() throws {
        try simulate("pre.csv", shift: "0", learners: 60)
        let run = try sjt.run(["compare", path("pre.csv"), path("pre.csv"), "-o", path("out")])
        #expect(run.status == 0)
        #expect(try table("out/summary.csv").rows.allSatisfy { $0[5] == "0.00" && $0[10] == "0.0000" })
    }

    @Test func learnersInOnlyOneInputAreListedAndExportFoldersAreRead() throws {
        try simulate("pre.csv", shift: "0", learners: 30)
        try simulate("post.csv", shift: "0.8", learners: 25)
        #expect(try sjt.run(["batch", path("post.csv"), "-o", path("post-export")]).status == 0)
        let run = try sjt.run(["compare", path("pre.csv"), path("post-export"), "-o", path("out")])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "Wrote \(path("out")): 25 learners matched, 5 in only one of the two.\n")
        let unmatched = try table("out/unmatched.csv")
        #expect(unmatched.rows.map { $0[0] }.sorted() == ["s000026", "s000027", "s000028", "s000029", "s000030"])
        #expect(unmatched.rows.allSatisfy { $0[2] == "pre" })
    }

    /// Issue 13: a learner whose post attempts are all incomplete was listed as only in pre. They
    /// took part after the course but finished nothing: `both`, `post attempts incomplete`, from a
    /// responses file and from a batch export alike. l1 finishes both times; l2 starts the
    /// scenario after but answers only its first decision; l3 does the same before; l4 is only in pre.
    @Test func aLearnerWhosePostAttemptsAreIncompleteIsListedAsSuch() throws {
        let header = "cohort,learner_id,level,scenario_id,step,node_id,response\n"
        func complete(_ learner: String, _ order: String) -> String {
            "c,\(learner),frontline-leader,delayed-recording,1,backlog,a\nc,\(learner),frontline-leader,delayed-recording,2,cause,\(order)\n"
        }
        func started(_ learner: String) -> String { "c,\(learner),frontline-leader,delayed-recording,1,backlog,a\n" }
        try Data((header + complete("l1", "b>a>c") + complete("l2", "a>b>c") + started("l3") + complete("l4", "a>b>c")).utf8)
            .write(to: URL(fileURLWithPath: path("pre.csv")))
        try Data((header + complete("l1", "a>b>c") + started("l2") + complete("l3", "a>b>c")).utf8)
            .write(to: URL(fileURLWithPath: path("post.csv")))
        let example = ["--scenarios", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"]
        #expect(try sjt.run(["batch", path("post.csv"), "-o", path("post-export")] + example).status == 0)
        for post in ["post.csv", "post-export"] {
            let run = try sjt.run(["compare", path("pre.csv"), path(post), "-o", path("out-\(post)")] + example)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput == "Wrote \(path("out-\(post)")): 1 learners matched, 1 in only one of the two, "
                + "2 in both with nothing to compare (see unmatched.csv).\n")
            let unmatched = try table("out-\(post)/unmatched.csv")
            #expect(unmatched.header == ["learner_id", "level", "present_in", "reason"])
            #expect(unmatched.rows == [
                ["l2", "frontline-leader", "both", "post attempts incomplete"],
                ["l3", "frontline-leader", "both", "pre attempts incomplete"],
                ["l4", "frontline-leader", "pre", "not in post"],
            ])
        }
    }
}
