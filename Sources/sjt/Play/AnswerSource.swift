import Foundation

/// Where a learner's answers come from: the terminal or a script on standard input, one line each,
/// or the `--answers` list. `nil` means the input has ended.
protocol AnswerSource {
    mutating func nextLine() -> String?
}

/// Lines from standard input. When it is not a terminal (a script), each line read is echoed after
/// its prompt, so the transcript reads as the session went.
struct StandardInputAnswers: AnswerSource {
    let echo = isatty(STDIN_FILENO) != 1

    mutating func nextLine() -> String? {
        let line = readLine(strippingNewline: true).map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        if echo, let line { Terminal.standardOutput.write("\(VisibleText(line))\n") }
        return line
    }
}

/// `--answers "2;1,4;3 1 4 2"`: one entry per decision, separated by semicolons, then the end of
/// input.
struct ListedAnswers: AnswerSource {
    private var remaining: [String]

    init(_ list: String) {
        remaining = list.split(separator: ";", omittingEmptySubsequences: false).map { String($0) }
    }

    mutating func nextLine() -> String? {
        guard !remaining.isEmpty else { return nil }
        let line = remaining.removeFirst()
        Terminal.standardOutput.write(line + "\n")
        return line
    }
}
