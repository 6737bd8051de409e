import Foundation
import SJTEngine

/// Where things are in the author's files, for pointing findings at them: the authored scenarios'
/// located values, and the files' lines for placing a phrase inside a long text.
///
/// Files are read once, when the locator is made.
struct AuditLocator: Sendable {
    let bank: ScenarioBank
    private let lines: [String: [Substring]]

    init(bank: ScenarioBank) {
        self.bank = bank
        var lines: [String: [Substring]] = [:]
        let files = bank.authored.values.map(\.file) + [bank.cataloguePath].compactMap { $0 }
        for file in files {
            if let text = try? String(contentsOfFile: file, encoding: .utf8) {
                lines[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
            }
        }
        self.lines = lines
    }

    func authored(_ scenario: ScenarioID) -> AuthoredScenario? { bank.authored[scenario] }

    /// The scenario's `id:` value, else the top of its file.
    func scenario(_ scenario: ScenarioID) -> FileLocation {
        authored(scenario).map { $0.id?.location ?? $0.location } ?? FileLocation(file: "\(scenario)", line: 1, column: 1)
    }

    /// The scenario's `levels:` list (its first level), else its id.
    func levels(_ scenario: ScenarioID) -> FileLocation {
        authored(scenario)?.levels.first?.location ?? self.scenario(scenario)
    }

    func node(_ node: NodeID, in scenario: ScenarioID) -> AuthoredNode? {
        authored(scenario)?.nodes.first { $0.id?.value == node.rawValue }
    }

    /// A node's `id:` value, else its scenario.
    func location(of node: NodeID, in scenario: ScenarioID) -> FileLocation {
        self.node(node, in: scenario).map { $0.id?.location ?? $0.location } ?? self.scenario(scenario)
    }

    /// A decision's `options:` key, else the node.
    func options(of node: NodeID, in scenario: ScenarioID) -> FileLocation {
        self.node(node, in: scenario)?.decision?.optionsLocation ?? location(of: node, in: scenario)
    }

    func option(_ choice: ChoiceID, of node: NodeID, in scenario: ScenarioID) -> AuthoredOption? {
        self.node(node, in: scenario)?.decision?.options.first { $0.id?.value == choice.rawValue }
    }

    /// The catalogue file's top: where bank-wide findings point.
    var catalogue: FileLocation { FileLocation(file: bank.cataloguePath ?? BankLoader.catalogueFileName, line: 1, column: 1) }

    /// Where `phrase` first occurs at or after `start` in its file: a folded text's value starts at
    /// its `>` marker, and the phrase may sit lines below. `start` itself when the phrase is not
    /// found on one line (a phrase folded across lines is found by its first word).
    ///
    /// - Complexity: O(lines searched × line length); at most 400 lines are searched.
    func refine(_ start: FileLocation, toPhrase phrase: String) -> FileLocation {
        guard let fileLines = lines[start.file], !phrase.isEmpty else { return start }
        let firstLine = max(start.line - 1, 0)
        for index in firstLine..<min(fileLines.count, firstLine + 400) {
            let line = fileLines[index]
            let from = index == firstLine ? line.unicodeScalars.index(line.startIndex, offsetBy: min(start.column - 1, line.unicodeScalars.count)) : line.startIndex
            if let range = line[from...].range(of: phrase) {
                let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
                return FileLocation(file: start.file, line: index + 1, column: column)
            }
        }
        return start
    }

    /// The line of `needle` at or after the first line holding `anchor` in the catalogue: how a
    /// principle's `pledge:` is found after its `id:`.
    func catalogueLocation(of needle: String, after anchor: String) -> FileLocation {
        guard let file = bank.cataloguePath, let fileLines = lines[file],
            let anchorLine = fileLines.firstIndex(where: { $0.contains(anchor) })
        else { return catalogue }
        return refine(FileLocation(file: file, line: anchorLine + 1, column: 1), toPhrase: needle)
    }
}
