import SJTCohort
import SJTLRS

/// Sends a run's statements to the learning record store `--lrs` names, and says how many it stored.
enum StatementSending {
    /// - Parameter file: Where the statements are written, for the message when sending stops.
    /// - Throws: ``CommandFailure`` saying how many statements the store holds, which batch it did
    ///   not store and why, and that sending again stores nothing twice.
    static func send(_ statements: XAPIStatements, to client: LRSClient, batchSize: Int, file: String) throws {
        var upload = LRSUpload(client: client, total: statements.count, batchSize: batchSize)
        let report: LRSUploadReport
        do {
            try statements.forEachStatement { (statement) throws(LRSUploadError) in
                try upload.add(OutgoingStatement(
                    id: statement.id, json: statement.json, label: statement.identity.description,
                    secrets: statement.rationale.map { [$0] } ?? []))
            }
            report = try upload.finish()
        } catch {
            // A conflict is not put right by sending again: the store holds these ids with other content.
            let conflict = if case .refused(409, _, _) = error.cause {
                " The LRS holds statements with these ids and other content: they were sent before with another "
                    + "--activity-base or --account-home-page, or the scenario's file changed without a new version."
            } else { "" }
            throw CommandFailure(
                "\(error).\(conflict) \(file) holds every statement: send it again once that is put right, and the LRS stores none twice")
        }
        let batches = report.batches == 1 ? "1 batch" : "\(report.batches) batches"
        Terminal.standardOutput.write(
            "Sent \(report.sent) statements to \(client.endpoint) in \(batches): \(report.stored) stored, \(report.alreadyStored) already there.\n")
    }
}
