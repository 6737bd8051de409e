/// Renders diagnostics once, in the format compilers use and editors parse:
///
/// ```
/// scenarios/friday-referral.yaml:24:15: error: option 'b' leads to unknown node 'audti' [unknown-node]
/// scenarios/friday-referral.yaml:24:15: note: did you mean 'audit'?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Emphasis with ANSI escapes; only for a terminal, never with `NO_COLOR` or `--plain`.
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = ["\(diagnostic.location): \(label(diagnostic.severity)) \(diagnostic.message) [\(diagnostic.code.rawValue)]"]
        for note in diagnostic.notes {
            let place = note.location ?? diagnostic.location
            lines.append("\(place): \(label(.note)) \(note.message)")
        }
        return lines.joined(separator: "\n")
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    /// One line: how many files were checked and how many errors and warnings they have.
    public func summary(of diagnostics: [Diagnostic], filesChecked: Int) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        let files = Set(diagnostics.filter { $0.severity != .note }.map(\.location.file)).count
        let checked = "\(filesChecked) \(filesChecked == 1 ? "file" : "files") checked"
        if errors == 0 && warnings == 0 { return "\(checked): no problems found" }
        return "\(checked): \(count(errors, "error")), \(count(warnings, "warning")) in \(count(files, "file"))"
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private func label(_ severity: Diagnostic.Severity) -> String {
        guard colour else { return "\(severity.rawValue):" }
        let code = switch severity {
        case .error: "1;31"
        case .warning: "1;35"
        case .note: "1;36"
        }
        return "\u{1B}[\(code)m\(severity.rawValue):\u{1B}[0m"
    }
}
