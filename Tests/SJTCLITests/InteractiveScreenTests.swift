import Foundation
import SJTTestSupport
import Testing

/// `sjt play` on a real terminal: tmux runs it in an 80-column pane, a script types as a learner
/// would and saves the screen, and the test reads what was on it. (scripts/test installs tmux when
/// it is missing.)
struct InteractiveScreenTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-tmux-\(UUID())")

    /// Runs a shell script that drives tmux, and waits for it: the tmux server outlives its clients,
    /// so the script kills it when it is done.
    func run(_ script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    /// Plays the first decision in tmux, answering `q`; returns the screen before and after,
    /// with escape sequences kept.
    func screens(plain: Bool) throws -> (question: String, saved: String) {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let server = "sjt-tests-\(getpid())-\(plain ? "plain" : "drawn")"
        let play = [
            "env", "-u", "NO_COLOR", "SJT_STORE=\(directory.path)/progress.sqlite", "SJT_SCENARIOS=\(Fixtures.path("docs/examples"))",
            "TERM=xterm-256color", CommandLineRunner.executable.path, "play", "--learner", "t-01", "--level",
            "frontline-leader", "--scenario", "delayed-recording", "--seed", "11", "--catalogue", Fixtures.cataloguePath,
        ] + (plain ? ["--plain"] : [])
        // One shell script: the tmux server outlives its clients, so no test process waits on it.
        let script = """
            t() { tmux -L \(server) "$@"; }
            t new-session -d -x 80 -y 60 -s play '\(play.joined(separator: " ")); sleep 5' </dev/null >/dev/null 2>&1
            wait_for() { for i in $(seq 100); do t capture-pane -p -t play | grep -q "$1" && return; sleep 0.1; done; }
            wait_for 'q to save and stop'
            t capture-pane -p -e -t play > '\(directory.path)/question.txt'
            t send-keys -t play q Enter
            wait_for 'Saved.'
            t capture-pane -p -e -t play > '\(directory.path)/saved.txt'
            t kill-server
            """
        try run(script)
        let read = { (name: String) in (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? "" }
        return (read("question.txt"), read("saved.txt"))
    }

    /// A first-time learner's first screens, in an 80-column pane with no `$COLUMNS` (so the width
    /// is the terminal's): the learner id asked, the level menu, then the recommendation and the
    /// first decision. Returns the screen as it reads, trailing blank lines left off.
    func firstScreens() throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let server = "sjt-tests-\(getpid())-first"
        let play = [
            "env", "-u", "COLUMNS", "SJT_STORE=\(directory.path)/progress.sqlite", "SJT_SCENARIOS=\(Fixtures.path("docs/examples"))",
            "TERM=xterm-256color", CommandLineRunner.executable.path, "play", "--seed", "11", "--catalogue", Fixtures.cataloguePath,
        ]
        let script = """
            t() { tmux -L \(server) "$@"; }
            t new-session -d -x 80 -y 60 -s play '\(play.joined(separator: " ")); sleep 5' </dev/null >/dev/null 2>&1
            wait_for() { for i in $(seq 100); do t capture-pane -p -t play | grep -q "$1" && return; sleep 0.1; done; }
            wait_for 'Your learner id'
            t send-keys -t play amira Enter
            wait_for 'Type 1 to 4'
            t send-keys -t play 2 Enter
            # The instructions, then the prompt under them: the screen is complete.
            for i in $(seq 100); do t capture-pane -p -t play | grep -A1 'q to save and stop' | grep -q '^>' && break; sleep 0.1; done
            t capture-pane -p -t play > '\(directory.path)/first.txt'
            t kill-server
            """
        try run(script)
        let screen = (try? String(contentsOf: directory.appendingPathComponent("first.txt"), encoding: .utf8)) ?? ""
        return screen.replacingOccurrences(of: "\\n+$", with: "\n", options: .regularExpression)
    }

    @Test func firstScreensWrapAtWordsInEightyColumns() throws {
        #expect(try firstScreens() == """
            Your learner id (your first name, or the id your trainer gave you):
            > amira
            Which level are you practising at?
              1. Front-line worker (e.g. family support workers, business services
                 assistants)
              2. Front-line leader (e.g. supervisors, team leaders)
              3. Operational leader (e.g. operational managers, service managers)
              4. Strategic leader (e.g. senior leaders, directors)
            Type 1 to 4:
            > 2
            Recommended for you: Recording that has fallen behind. You have not played it
            yet; it practises Good bureaucracy: clear rationale for decision making.

            ── Recording that has fallen behind: decision 1 ────────────────────────────────

            During supervision you notice that Sam, an experienced family support
            practitioner, has not recorded visits for three weeks. Sam says the visits
            happened and the families are fine.

            What do you do?
              1. Write the records up yourself from Sam's verbal account.
              2. Agree a date this week to bring the records up to date, and ask what got in
                 the way.
              3. Tell Sam the audit is next month and leave it at that.

            Type the number of your choice (q to save and stop).
            >

            """)
    }

    @Test func screenFitsEightyColumnsWithRulesAndEmphasisOnATerminal() throws {
        let (question, saved) = try screens(plain: false)
        #expect(question.contains("── Recording that has fallen behind: decision 1 ──"))
        #expect(question.contains("\u{1B}[1mWhat do you do?"))
        let visible = question.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(visible.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(saved.contains("Saved. Continue where you left off with: sjt play --resume"))
    }

    @Test func plainScreenHasNoBoxDrawingAndNoEscapes() throws {
        let (question, _) = try screens(plain: true)
        #expect(question.contains("Recording that has fallen behind: decision 1\n"))
        #expect(!question.contains("─") && !question.contains("\u{1B}["))
    }
}
