import SJTCSV
import SJTEngine

/// rejects.csv: every row not used, with its file, row number and reason, and its cells as read;
/// in a pseudonymised export only what ``RejectsRedaction`` allows. Written only when something was
/// rejected.
struct RejectsFile: ExportFile {
    let context: ExportContext

    let name = "rejects.csv"
    let header = ["source_file", "source_row", "reason"] + CohortResponse.columns + ["raw_fields"]

    func writeRows(to writer: CSVWriter) throws -> Int {
        let run = context.run, redaction = context.options.rejectsRedaction
        // The accepted cohorts, which a pseudonymised rejects.csv may show; gathered only for one.
        let cohorts = redaction == nil ? [] : run.cohorts
        for reject in run.rejected {
            let values: [String?] = reject.response.map { response in
                var values = redaction?.cells(of: response, cohorts: cohorts) ?? response.cells
                // A step of 0 means the row never got as far as a valid step.
                if response.step == 0 { values[CohortResponse.Column.step.rawValue] = nil }
                return values
            } ?? Array(repeating: nil, count: CohortResponse.columns.count)
            let reason = reject.reason.text(for: redaction?.audience ?? .trainer)
            try writer.write(
                [.text(reject.source.file), .integer(reject.source.row), .text(reason)] + values.map(CSVCell.text(orEmpty:))
                    + [reject.rawFields.isEmpty ? .empty : .text(reject.rawFields.joined(separator: " | "))])
        }
        return run.rejected.count
    }
}
