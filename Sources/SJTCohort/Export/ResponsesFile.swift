import SJTCSV
import SJTEngine

/// responses.csv: every accepted row, with the score the engine gave its step.
///
/// The largest file of an export, a row per response: what is the same on many rows is encoded
/// once (a step's scores, an attempt's leading cells, a shown order), and times and rationales are
/// copied from the import's bytes, so memory does not grow with the rows written.
struct ResponsesFile: ExportFile {
    let context: ExportContext

    let name = "responses.csv"
    let header = AttemptIdentityCells.columns + [
        "step", "node_id", "format", "response", "points", "maximum", "rating", "position_shown", "principles", "shown_order",
        "answered_at", "rationale", "complete",
    ]

    /// What every row answering one step shares, encoded once: where its cells are in the
    /// file's ``EncodedCells``, and the choice it leads with.
    private struct EncodedStep {
        /// `node_id, format, response, points, maximum, rating`.
        var decision: Range<Int>
        /// `principles`.
        var principles: Range<Int>
        /// The leading choice's code (``ChoiceCodes``), or −1 for a response that leads with none.
        var leadingChoice: Int32
    }

    /// A shown order as written in the export (ids separated by one space), and its choices' codes.
    private struct EncodedShownOrder {
        var cells: Range<Int>
        var choices: Range<Int>
    }

    func writeRows(to writer: CSVWriter) throws -> Int {
        let run = context.run
        var identities = AttemptIdentityCells(run)
        // Everything encoded once lives in plain arrays of bytes and numbers, so the rows, a million
        // or more, copy bytes without retaining or releasing anything.
        var cells = EncodedCells(), codes = ChoiceCodes()
        let steps = run.steps.map { Self.encode($0, with: writer, into: &cells, codes: &codes) }
        var shownOrders: [StringPool.ID: EncodedShownOrder] = [0: EncodedShownOrder(cells: 0..<0, choices: 0..<0)]
        var shownChoices: [Int32] = []
        let complete = [false, true].map { cells.add(writer.encode([.text($0 ? "yes" : "no")])) }
        let texts = run.imported.texts
        var leader: [UInt8] = []
        for attempt in run.attempts {
            // The cells every row of the attempt starts with, encoded once for all of them.
            writer.encode(into: &leader) { identities.append(attempt, to: &$0, with: writer) }
            let isComplete = complete[run.isComplete(attempt) ? 1 : 0]
            try run.forEachRow(of: attempt) { row, position in
                let step = steps[Int(position)]
                let shown: EncodedShownOrder
                if let known = shownOrders[row.shownOrder] {
                    shown = known
                } else {
                    let choices = run.shownOrder(row.shownOrder)
                    let start = shownChoices.count
                    shownChoices += choices.map { codes.code($0) }
                    shown = EncodedShownOrder(
                        cells: cells.add(writer.encode([.text(choices.map(\.rawValue).joined(separator: " "))])),
                        choices: start..<shownChoices.count)
                    shownOrders[row.shownOrder] = shown
                }
                // Where the leading choice was shown, counting from 1 (ScoredStep.positionShown(in:)).
                let positionShown = shownChoices[shown.choices].firstIndex(of: step.leadingChoice).map { $0 - shown.choices.lowerBound + 1 }
                try writer.write { record in
                    record.append(encoded: leader)
                    record.append(.integer(Int(row.step)))
                    cells.append(step.decision, to: &record)
                    record.append(positionShown.map(CSVCell.integer) ?? .empty)
                    cells.append(step.principles, to: &record)
                    cells.append(shown.cells, to: &record)
                    texts.withBytes(row.answeredAt) { record.append(utf8: $0) }
                    texts.withBytes(row.rationale) { record.append(utf8: $0) }
                    cells.append(isComplete, to: &record)
                }
            }
        }
        return run.rowsAccepted
    }

    private static func encode(
        _ step: ScoredStep, with writer: CSVWriter, into cells: inout EncodedCells, codes: inout ChoiceCodes
    ) -> EncodedStep {
        EncodedStep(
            decision: cells.add(writer.encode([
                .text(step.node.rawValue), .text(step.format.rawValue), .text(step.response.description),
                .integer(step.score.points), .integer(step.score.maximum), .text(orEmpty: step.score.rating?.rawValue),
            ])),
            principles: cells.add(writer.encode([.text(step.principles.map(\.rawValue).joined(separator: " "))])),
            leadingChoice: step.response.leadingChoice.map { codes.code($0) } ?? -1)
    }
}

/// A number for each choice id met, so that finding where a step's leading choice was shown
/// compares numbers. Ids are told apart as ``ChoiceID``'s `==` tells them apart.
private struct ChoiceCodes {
    private var codes: [ChoiceID: Int32] = [:]

    mutating func code(_ choice: ChoiceID) -> Int32 {
        if let known = codes[choice] { return known }
        let code = Int32(codes.count)
        codes[choice] = code
        return code
    }
}
