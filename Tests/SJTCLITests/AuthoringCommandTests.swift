import SJTTestSupport
import Testing

/// `sjt graph`, `sjt paths` and `sjt catalogue`, on the worked example.
struct AuthoringCommandTests {
    let sjt = CommandLineRunner()
    let example = ["--scenarios", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"]

    @Test func graphAsMermaidShowsNodesFormatsOutcomesAndOptionLabels() throws {
        let run = try sjt.run(["graph", "delayed-recording", "--format", "mermaid"] + example)
        #expect(run.status == 0)
        #expect(run.standardOutput == """
            flowchart TD
              n0["backlog<br/>(single)"]
              n1["cause<br/>(rank)"]
              n2["audit<br/>(rate)"]
              n3["cover<br/>(best-worst)"]
              n4(["good-end<br/>Positive outcome"])
              n5(["mixed-end<br/>Mixed outcome"])
              n6(["poor-end<br/>Negative outcome"])
              n0 -->|"a"| n1
              n0 -->|"b"| n2
              n0 -->|"c"| n3
              n1 -->|"a"| n4
              n1 -->|"b, c"| n5
              n2 -->|"rated"| n6
              n3 -->|"a, d"| n5
              n3 -->|"b"| n6
              n3 -->|"c"| n2

            """)
    }

    @Test func graphAsDotIsValidGraphvizInput() throws {
        let run = try sjt.run(["graph", "delayed-recording", "--format", "dot"] + example)
        #expect(run.standardOutput.hasPrefix("digraph \"delayed-recording\" {\n"))
        #expect(run.standardOutput.contains("  \"cover\" -> \"audit\" [label=\"c\"];\n"))
        #expect(run.standardOutput.contains("  \"poor-end\" [shape=ellipse, style=dashed, label=\"poor-end\\nNegative outcome\"];\n"))
        #expect(run.standardOutput.hasSuffix("}\n"))
    }

    @Test func pathsListsEveryPathWithItsRangeAndBandsAfterTheCapPerLevel() throws {
        let run = try sjt.run(["paths", "delayed-recording"] + example)
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "delayed-recording: 6 paths")
        // The two blocks docs/scoring.md shows ("What each path can earn").
        #expect(run.standardOutput.contains("""
            2. backlog -[a]-> cause -[b,c]-> mixed-end (mixed)
               2 decisions
               frontline-worker    67–83%   meets
               frontline-leader    67–83%   meets
               operational-leader  67–83%   meets
               strategic-leader    75–100%  meets–exceeds

            3. backlog -[b]-> audit -[a,b,c]-> poor-end (negative, band at most developing)
               2 decisions
               frontline-worker    36–75%   below–developing (capped; uncapped below–meets)
               frontline-leader    6–50%    below–developing
               operational-leader  6–50%    below–developing
               strategic-leader    6–50%    below–developing
            """))
        #expect(run.standardOutput.contains("""
            6. backlog -[c]-> cover -[c]-> audit -[a,b,c]-> poor-end (negative, band at most developing)
               3 decisions
               frontline-worker    24–61%   below–developing
            """))
    }

    @Test func unknownScenarioSaysWhichOnesExist() throws {
        let run = try sjt.run(["paths", "nope"] + example)
        #expect(run.status == 1)
        #expect(run.standardError == "Error: no valid scenario 'nope' in docs/examples; the scenarios are: delayed-recording\n")
    }

    @Test func coverageTableCountsPrinciplesLevelsAndFormats() throws {
        let run = try sjt.run(["catalogue", "--coverage"] + example)
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("1 scenario, 4 decisions; 4 decisions (100%) have an option rated differently between levels.\n"))
        #expect(run.standardOutput.contains("| good-bureaucracy | 1 | 3 | 3 | 3 | 3 | 1 | 0 | 1 | 1 |\n"))
    }
}
