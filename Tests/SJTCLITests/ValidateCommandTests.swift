import SJTTestSupport
import Testing

struct ValidateCommandTests {
    let sjt = CommandLineRunner()

    @Test func validBankPassesWithASummaryAndStatusZero() throws {
        let run = try sjt.run(["validate", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"])
        #expect(run == .init(status: 0, standardOutput: "2 files checked: no problems found\n", standardError: ""))
    }

    @Test func brokenFileReportsEveryProblemAndFails() throws {
        let run = try sjt.run(["validate", "Tests/Fixtures/broken/reachability.yaml", "--catalogue", "scenarios/catalogue.yaml"])
        #expect(run.status == 1)
        #expect(run.standardError == (try Fixtures.text("Tests/Fixtures/broken/reachability.expected")))
        #expect(run.standardOutput == "2 files checked: 3 errors, 0 warnings in 1 file\n")
    }

    @Test func severalFilesAreReportedTogetherInFileOrder() throws {
        let run = try sjt.run([
            "validate", "Tests/Fixtures/broken/unknown-node.yaml", "Tests/Fixtures/broken/duplicate-id.yaml",
            "--catalogue", "scenarios/catalogue.yaml",
        ])
        let expected = try Fixtures.text("Tests/Fixtures/broken/duplicate-id.expected")
            + Fixtures.text("Tests/Fixtures/broken/unknown-node.expected")
        #expect(run.standardError == expected)
        #expect(run.standardOutput == "3 files checked: 4 errors, 0 warnings in 2 files\n")
    }

    @Test func warningsPassUnlessStrict() throws {
        let arguments = ["validate", "Tests/Fixtures/broken/warnings.yaml", "--catalogue", "scenarios/catalogue.yaml"]
        #expect(try sjt.run(arguments).status == 0)
        #expect(try sjt.run(arguments + ["--strict"]).status == 1)
    }

    @Test func missingPathIsAnErrorNamingIt() throws {
        let run = try sjt.run(["validate", "no-such-dir", "--catalogue", "scenarios/catalogue.yaml"])
        #expect(run.status == 1)
        #expect(run.standardError == "no-such-dir:1:1: error: no such file or directory [file-not-found]\n")
    }

    @Test func bundledBankValidatesWithNoWarnings() throws {
        let run = try sjt.run(["validate", "--strict"])
        #expect(run.status == 0)
        #expect(run.standardError == "")
    }
}
