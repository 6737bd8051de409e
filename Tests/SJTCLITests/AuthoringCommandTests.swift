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

    @Test func pathsListsEveryPathWithItsBestScorePerLevel() throws {
        let run = try sjt.run(["paths", "delayed-recording"] + example)
        #expect(run.status == 0)
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "delayed-recording: 6 paths")
        #expect(run.standardOutput.contains("""
            1. backlog -[a]-> cause -[a]-> good-end (positive)
               2 decisions
               frontline-worker    best 8/8 (100%)
               frontline-leader    best 8/8 (100%)
               operational-leader  best 8/8 (100%)
               strategic-leader    best 8/8 (100%)
            """))
        #expect(run.standardOutput.contains("""
            6. backlog -[c]-> cover -[c]-> audit -[a,b,c]-> poor-end (negative)
               3 decisions
               frontline-worker    best 14/17 (82%)
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
