import Foundation
import SJTTestSupport
import Testing

/// `sjt audit` end to end on the fixture banks of Tests/Fixtures/audit/ (docs/audit.md's worked
/// example) and on the bundled bank.
struct AuditCommandTests {
    let sjt = CommandLineRunner()
    let catalogue = ["--catalogue", "Tests/Fixtures/audit/catalogue.yaml"]

    func audit(_ fixture: String, _ extra: [String] = []) throws -> CommandLineRunner.Run {
        try sjt.run(["audit", "Tests/Fixtures/audit/\(fixture).yaml"] + catalogue + extra)
    }

    /// The finding codes a run reports, each once, in order of first appearance.
    func codes(_ run: CommandLineRunner.Run) -> [String] {
        var seen: [String] = []
        for line in run.standardOutput.split(separator: "\n") where line.contains(": warning: ") {
            if let open = line.lastIndex(of: "["), line.hasSuffix("]") {
                let code = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
                if !seen.contains(code) { seen.append(code) }
            }
        }
        return seen
    }

    @Test func cleanBankPassesStrictWithTheWholeSummary() throws {
        let run = try audit("clean", ["--strict"])
        #expect(run.status == 0)
        #expect(run.standardError == "")
        #expect(run.standardOutput == CLEAN_TEXT)
    }

    @Test(arguments: [
        ("length-cues", ["keyed-best-longest", "cue-strategy", "length-ratio"]),
        ("keyed-first", ["keyed-best-first", "cue-strategy"]),
        ("incoherent", ["score-story"]),
        ("levels-alike", ["level-differentiation"]),
        ("shuffle-reference", ["shuffle-reference"]),
        ("misquote", ["quotation-not-in-source"]),
    ])
    func eachBrokenVariantFailsStrictWithItsFindingNamed(fixture: String, expected: [String]) throws {
        let run = try audit(fixture, ["--strict"])
        #expect(run.status == 1)
        #expect(codes(run) == expected)
    }

    @Test func brokenVariantsStillExitZeroWithoutStrict() throws {
        #expect(try audit("length-cues").status == 0)
    }

    @Test func lengthCuesOutputIsPinned() throws {
        let run = try audit("length-cues")
        #expect(run.standardOutput == LENGTH_CUES_TEXT)
    }

    @Test func eachFindingPointsAtTheAuthorsText() throws {
        let incoherent = try audit("incoherent").standardOutput
        #expect(incoherent.hasPrefix(INCOHERENT_FINDING))
        let reference = try audit("shuffle-reference").standardOutput
        #expect(reference.hasPrefix(SHUFFLE_FINDING))
        let misquote = try audit("misquote").standardOutput
        #expect(misquote.hasPrefix(MISQUOTE_FINDING))
        let alike = try audit("levels-alike").standardOutput
        #expect(alike.hasPrefix(ALIKE_FINDING))
    }

    @Test func thresholdThatIsNotANumberIsALocatedError() throws {
        let run = try sjt.run(["audit", "Tests/Fixtures/audit/clean.yaml", "--catalogue", "Tests/Fixtures/audit/bad-threshold-catalogue.yaml"])
        #expect(run.status == 1)
        #expect(run.standardOutput == "")
        #expect(run.standardError == """
            Tests/Fixtures/audit/bad-threshold-catalogue.yaml:39:21: error: 'max-length-ratio' must be a number [wrong-type]
            Error: the bank has errors, so it cannot be audited; run `sjt validate` and fix them first

            """)
    }

    @Test func csvHasARowPerFindingAndPerMeasure() throws {
        let run = try audit("misquote", ["--format", "csv"])
        #expect(run.status == 0)
        let lines = run.standardOutput.components(separatedBy: "\r\n")
        #expect(lines[0] == "section,scenario,node,level,measure,value,file,line,column,code,message")
        #expect(lines[1].hasPrefix("finding,,,,,,Tests/Fixtures/audit/misquote.yaml,28,32,quotation-not-in-source,"))
        #expect(lines.contains("cue,misquote,call,frontline-leader,length-ratio,1.0000,,,,,"))
    }

    @Test func jsonCarriesFindingsAndSummaries() throws {
        let run = try audit("incoherent", ["--format", "json"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]]
        #expect(findings?.count == 1)
        #expect(findings?.first?["code"] as? String == "score-story")
        #expect(object?["scenarios"] as? Int == 1)
        #expect((object?["cueStrategies"] as? [Any])?.count == 6)
    }

    @Test func bundledBankReportsTheReviewsFigures() throws {
        let run = try sjt.run(["audit", "scenarios"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains(BUNDLED_CUES))
        #expect(run.standardOutput.contains(BUNDLED_LONGEST_FLL))
        #expect(run.standardOutput.contains(BUNDLED_COHERENCE_FLL))
    }

    @Test func bundledBankPassesStrict() throws {
        // The bundled bank fails today; the next issue rewrites it. Never delete or loosen this.
        withKnownIssue("the bundled bank is rewritten in the next issue") {
            let run = try sjt.run(["audit", "scenarios", "--strict"])
            #expect(run.status == 0)
        }
    }

    @Test func helpDescribesEveryOption() throws {
        let run = try sjt.run(["audit", "--help"])
        #expect(run.status == 0)
        #expect(run.standardOutput == HELP_TEXT)
    }
}
private let BUNDLED_CUES = ""
private let BUNDLED_LONGEST_FLL = ""
private let BUNDLED_COHERENCE_FLL = ""
private let HELP_TEXT = ""
private let CLEAN_TEXT = ""
private let LENGTH_CUES_TEXT = ""
private let INCOHERENT_FINDING = ""
private let SHUFFLE_FINDING = ""
private let MISQUOTE_FINDING = ""
private let ALIKE_FINDING = ""
