import Foundation
import SJTTestSupport
import Testing

/// `sjt play` on a real terminal: tmux runs it in an 80-column pane, a script types as a learner
/// would and saves the screen, and the test reads what was on it. (scripts/test installs tmux when
/// it is missing.)
struct InteractiveScreenTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-tmux-\(UUID())")

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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let read = { (name: String) in (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? "" }
        return (read("question.txt"), read("saved.txt"))
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
