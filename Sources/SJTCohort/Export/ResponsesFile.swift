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

    /// What every row answering one step shares, encoded once.
    private struct EncodedStep {
        /// `node_id, format, response, points, maximum, rating`.
        var decision: [UInt8]
        /// `principles`.
        var principles: [UInt8]
    }

    /// A shown order as written in the export (ids separated by one space), and the ids.
    private struct EncodedShownOrder {
        var encoded: [UInt8]
        var choices: [ChoiceID]
    }

    func writeRows(to writer: CSVWriter) throws -> Int {
        let run = context.run
        var identities = AttemptIdentityCells(run)
        var steps = [EncodedStep?](repeating: nil, count: run.steps.count)
        var shownOrders: [StringPool.ID: EncodedShownOrder] = [0: EncodedShownOrder(encoded: [], choices: [])]
        let complete = [false, true].map { writer.encode([.text($0 ? "yes" : "no")]) }
        let texts = run.imported.texts
        for attempt in run.attempts {
            let leader = identities.encode(attempt, with: writer)
            let isComplete = complete[run.isComplete(attempt) ? 1 : 0]
            try run.forEachRow(of: attempt) { row, position in
                let scored = run.steps[Int(position)]
                if steps[Int(position)] == nil { steps[Int(position)] = Self.encode(scored, with: writer) }
                if shownOrders[row.shownOrder] == nil {
                    let choices = run.shownOrder(row.shownOrder)
                    shownOrders[row.shownOrder] = EncodedShownOrder(
                        encoded: writer.encode([.text(choices.map(\.rawValue).joined(separator: " "))]), choices: choices)
                }
                let step = steps[Int(position)]!, shown = shownOrders[row.shownOrder]!
                try writer.write { record in
                    record.append(encoded: leader)
                    record.append(.integer(Int(row.step)))
                    record.append(encoded: step.decision)
                    record.append(scored.positionShown(in: shown.choices).map(CSVCell.integer) ?? .empty)
                    record.append(encoded: step.principles)
                    record.append(encoded: shown.encoded)
                    texts.withBytes(row.answeredAt) { record.append(utf8: $0) }
                    texts.withBytes(row.rationale) { record.append(utf8: $0) }
                    record.append(encoded: isComplete)
                }
            }
        }
        return run.rowsAccepted
    }

    private static func encode(_ step: ScoredStep, with writer: CSVWriter) -> EncodedStep {
        EncodedStep(
            decision: writer.encode([
                .text(step.node.rawValue), .text(step.format.rawValue), .text(step.response.description),
                .integer(step.score.points), .integer(step.score.maximum), .text(orEmpty: step.score.rating?.rawValue),
            ]),
            principles: writer.encode([.text(step.principles.map(\.rawValue).joined(separator: " "))]))
    }
}
