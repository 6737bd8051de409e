import Foundation
import SJTTestSupport
import Testing

/// `sjt audit` end to end on the fixture banks of Tests/Fixtures/audit/ (docs/audit.md's worked
/// example) and on the bundled bank.
struct AuditCommandTests {
    // Help wraps at the terminal width; 80 columns as on a terminal that does not say.
    let sjt = CommandLineRunner(environment: ["COLUMNS": "80"])
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
        #expect(run.standardOutput == cleanText)
    }

    @Test(arguments: [
        ("length-cues", ["cue-gap", "keyed-best-longest", "cue-strategy", "length-ratio"]),
        ("keyed-first", ["cue-gap", "keyed-best-first", "cue-strategy"]),
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

    @Test func lengthCuesFindingsArePinned() throws {
        let run = try audit("length-cues")
        // The findings exactly; the summary's layout is pinned by the clean bank's test.
        #expect(run.standardOutput.hasPrefix(lengthCuesFindings))
        #expect(run.standardOutput.hasSuffix("\n\n\(lengthCuesLastLine)\n"))
    }

    @Test func eachFindingPointsAtTheAuthorsText() throws {
        let incoherent = try audit("incoherent").standardOutput
        #expect(incoherent.hasPrefix(incoherentFinding))
        let reference = try audit("shuffle-reference").standardOutput
        #expect(reference.hasPrefix(shuffleFinding))
        let misquote = try audit("misquote").standardOutput
        #expect(misquote.hasPrefix(misquoteFinding))
        let alike = try audit("levels-alike").standardOutput
        #expect(alike.hasPrefix(alikeFinding))
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
        #expect(lines[1].hasPrefix("finding,,,,,,Tests/Fixtures/audit/misquote.yaml,27,42,quotation-not-in-source,"))
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

    /// The bank as the review found it (Tests/Fixtures/reviewed-bank): the audit reports its figures.
    @Test func reviewedBankReportsTheReviewsFigures() throws {
        let run = try sjt.run(["audit", "Tests/Fixtures/reviewed-bank", "--catalogue", "scenarios/catalogue.yaml"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains(bundledCues))
        #expect(run.standardOutput.contains(bundledLongestAtFrontLineLeader))
        #expect(run.standardOutput.contains(bundledCoherenceAtFrontLineLeader))
    }

    /// The rewritten bank (issue 12) meets every threshold, the bank-wide cue gap included.
    @Test func bundledBankPassesStrict() throws {
        let run = try sjt.run(["audit", "scenarios", "--strict"])
        #expect(run.status == 0, "\(run.standardOutput)")
        #expect(run.standardOutput.hasSuffix("No thresholds broken.\n"))
        #expect(try sjt.run(["validate", "--strict"]).status == 0)
    }

    /// A decision given `weight:` is named in the summary with its weight, and in the CSV's measures.
    @Test func weightsAreShown() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-audit-weight-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let example = try String(contentsOfFile: Fixtures.path("docs/examples/delayed-recording.yaml"), encoding: .utf8)
        try example.replacingOccurrences(of: "  - id: cause\n", with: "  - id: cause\n    weight: 2\n")
            .write(to: folder.appendingPathComponent("delayed-recording.yaml"), atomically: true, encoding: .utf8)
        let run = try sjt.run(["audit", folder.path, "--catalogue", "scenarios/catalogue.yaml"])
        #expect(run.standardOutput.contains(
            "Audit of 1 scenario, 4 decisions (catalogue cyps-leadership)\nWeights: delayed-recording/cause ×2; every other decision 1.\n"))
        let csv = try sjt.run(["audit", folder.path, "--catalogue", "scenarios/catalogue.yaml", "--format", "csv"])
        #expect(csv.standardOutput.contains("cue,delayed-recording,cause,frontline-leader,weight,2.0000,"))
    }
}

// Whole outputs, pinned.
private let cleanText = #"""
Audit of 1 scenario, 3 decisions (catalogue audit-fixtures)
Weights: every decision weighs 1.

Surface cues (share of decisions; chance is keyed-best options over options):
  frontline-leader    keyed best is the longest 33%, written first 33%, chance 33%; median longest/shortest 1.00×
  operational-leader  keyed best is the longest 33%, written first 33%, chance 33%; median longest/shortest 1.00×

Cue strategies, played through the engine (mean, band of the mean, range over scenarios, positive endings):
  longest-option  frontline-leader    25%  below      25%–25%, positive 0%
  longest-option  operational-leader  25%  below      25%–25%, positive 0%
  first-in-file   frontline-leader    25%  below      25%–25%, positive 0%
  first-in-file   operational-leader  25%  below      25%–25%, positive 0%
  random          frontline-leader    38%  below      38%–38%, positive 19%
  random          operational-leader  39%  below      39%–39%, positive 17%

Level differentiation (decisions where the keyed best differs; where any rating differs):
  frontline-leader / operational-leader    1/3 (33%); 2/3 (67%)

Score–story coherence (uncapped percentages; the coherence band is 'meets', from 65%):
  frontline-leader    4 paths: 0 negative endings in 0 scenarios reachable in 'meets' or above (0 in 'exceeds'); 0 positive only below
  operational-leader  4 paths: 0 negative endings in 0 scenarios reachable in 'meets' or above (0 in 'exceeds'); 0 positive only below

Texts: 0 references to options by letter or position; 1 of 1 quotations claiming the pledge or framework found in the sources; 1 of 1 pledge texts found

No thresholds broken.

"""#

private let lengthCuesFindings = #"""
Tests/Fixtures/audit/catalogue.yaml:1:1: warning: across the bank a learner who always picks, ranks and rates by option length scores 83% against 37% at random at frontline-leader, a positive ending in 100% of attempts at frontline-leader, 100% against 37% at random at operational-leader, a positive ending in 100% of attempts at operational-leader; within 20 points of random and a positive ending in at most 30%, or position and length still tell [cue-gap]
Tests/Fixtures/audit/catalogue.yaml:1:1: warning: across the bank the keyed-best option is the longest in 83% at frontline-leader (chance 33%), 83% at operational-leader (chance 33%); at most 40% [keyed-best-longest]
Tests/Fixtures/audit/length-cues.yaml:3:5: warning: a learner who always picks, ranks and rates by option length scores 83% (meets) at frontline-leader, 100% (exceeds) at operational-leader; a cue strategy must stay below 65% [cue-strategy]
Tests/Fixtures/audit/length-cues.yaml:16:5: warning: options run from 61 to 124 characters (2.03×); at most 1.25×, or length gives the key away [length-ratio]
Tests/Fixtures/audit/length-cues.yaml:43:5: warning: options run from 61 to 124 characters (2.03×); at most 1.25×, or length gives the key away [length-ratio]
Tests/Fixtures/audit/length-cues.yaml:70:5: warning: options run from 61 to 124 characters (2.03×); at most 1.25×, or length gives the key away [length-ratio]

"""#

private let incoherentFinding = #"""
Tests/Fixtures/audit/incoherent.yaml:99:9: warning: negative ending 'harm-end' can be reached with up to 83% (meets) at frontline-leader, 67% (meets) at operational-leader; a negative ending must stay below 'meets' (65%) [score-story]

"""#

private let shuffleFinding = #"""
Tests/Fixtures/audit/shuffle-reference.yaml:54:32: warning: the feedback on option 'b' of node 'plan' refers to an option by letter or position ("the next option"); options are shuffled, so write out what it means [shuffle-reference]

"""#

private let misquoteFinding = #"""
Tests/Fixtures/audit/misquote.yaml:27:42: warning: the feedback on option 'b' of node 'call' quotes "a clear plan in place to mitigate risk" as the pledge or framework, but it is not word for word in any of the catalogue's sources [quotation-not-in-source]

"""#

private let alikeFinding = #"""
Tests/Fixtures/audit/levels-alike.yaml:9:10: warning: frontline-leader and operational-leader are keyed alike: the keyed-best option differs in 0 of 3 decisions (at least 20%); some rating differs in 0 of 3 (at least 50%) [level-differentiation]

"""#

private let bundledCues = #"""
  frontline-worker    keyed best is the longest 85%, written first 79%, chance 28%; median longest/shortest 2.37×
  frontline-leader    keyed best is the longest 87%, written first 81%, chance 28%; median longest/shortest 2.37×
  operational-leader  keyed best is the longest 81%, written first 67%, chance 28%; median longest/shortest 2.37×
  strategic-leader    keyed best is the longest 81%, written first 71%, chance 29%; median longest/shortest 2.37×
"""#

private let bundledLongestAtFrontLineLeader = #"""
  longest-option  frontline-leader    91%  exceeds    79%–100%, positive 100%
"""#

/// The review counted 15 negative endings in 10 scenarios (7 in 'exceeds') with the percentage it
/// knew, the points added up over the maximum. The engine's percentage is the mean over the
/// decisions, each weighing the same (docs/scoring.md), and the audit uses the engine's: a
/// best-worst decision that leads with the option sending the story wrong still earns half its
/// points, so more negative endings are reachable at 65% and fewer at the top.
private let bundledCoherenceAtFrontLineLeader = #"""
  frontline-leader    216 paths: 19 negative endings in 13 scenarios reachable in 'meets' or above (3 in 'exceeds'); 0 positive only below
"""#
private let lengthCuesLastLine = "6 findings: length-ratio 3, keyed-best-longest 1, cue-strategy 1, cue-gap 1"
