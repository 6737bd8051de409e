import Foundation

/// Statements sent to a learning record store in batches, in order, stopping at the first batch
/// the store does not store: so an upload is never half-done without saying how much is stored.
///
/// ```swift
/// var upload = LRSUpload(client: client, total: statements.count, batchSize: 100)
/// for statement in statements { try upload.add(statement) }
/// let report = try upload.finish()
/// ```
///
/// A refusal is reported with the store's reason and, when its answer says which statement it
/// refused (by id, or by position in the batch), that statement's label; every rationale in the
/// batch is cut out of the reason first, since a store may quote what it was sent.
public struct LRSUpload {
    public let client: LRSClient
    public let total: Int
    public let batchSize: Int
    private var batch: [OutgoingStatement] = []
    private var report = LRSUploadReport(sent: 0, stored: 0, alreadyStored: 0, batches: 0)

    /// - Parameters:
    ///   - total: How many statements will be added, for messages ("stored 400 of 1,234").
    ///   - batchSize: Statements a request, at least 1.
    public init(client: LRSClient, total: Int, batchSize: Int = 100) {
        self.client = client
        self.total = total
        self.batchSize = max(batchSize, 1)
        batch.reserveCapacity(self.batchSize)
    }

    /// Adds a statement, sending the batch when it is full.
    public mutating func add(_ statement: OutgoingStatement) throws(LRSUploadError) {
        batch.append(statement)
        if batch.count == batchSize { try send() }
    }

    /// Sends what is left.
    public mutating func finish() throws(LRSUploadError) -> LRSUploadReport {
        if !batch.isEmpty { try send() }
        return report
    }

    private mutating func send() throws(LRSUploadError) {
        let number = report.batches + 1
        let first = report.sent + 1
        func failure(_ cause: LRSError) -> LRSUploadError {
            LRSUploadError(stored: report.sent, total: total, batch: number, first: first, last: report.sent + batch.count, cause: cause)
        }
        let body = Data(("[" + batch.map(\.json).joined(separator: ",") + "]").utf8)
        let answer: HTTPAnswer
        do { answer = try client.postStatements(body) } catch { throw failure(error) }
        switch answer.status {
        case 200:
            // xAPI answers with the ids stored; some stores (Ralph) list only those it did not hold.
            guard let ids = try? JSONDecoder().decode([String].self, from: answer.body) else { throw failure(.unexpectedAnswer(status: 200)) }
            let stored = min(ids.count, batch.count)
            report.stored += stored
            report.alreadyStored += batch.count - stored
        case 204: report.alreadyStored += batch.count  // every one held already
        case 201...299: report.stored += batch.count
        case 401, 403: throw failure(.unauthorised(url: client.endpoint, status: answer.status))
        case 404: throw failure(.notFound(url: client.endpoint))
        default:
            let refusal = Self.refusal(answer.body, in: batch, from: first)
            throw failure(.refused(status: answer.status, reason: refusal.reason, statement: refusal.statement))
        }
        report.sent += batch.count
        report.batches += 1
        batch.removeAll(keepingCapacity: true)
    }

    /// The store's reason for refusing a batch, in its own words, shortened, with every secret of
    /// the batch cut out; and the statement it names, when it names one.
    static func refusal(_ body: Data, in batch: [OutgoingStatement], from first: Int) -> (reason: String, statement: String?) {
        var reason = ""
        var position: Int?
        let parsed = try? JSONSerialization.jsonObject(with: body)
        let detail = (parsed as? [String: Any]).flatMap { $0["detail"] ?? $0["message"] ?? $0["error"] }
        if let text = detail as? String {
            reason = text
        } else if let problems = detail as? [[String: Any]] {
            // FastAPI and pydantic: each problem's place in the body and its message; never its `input`.
            reason = problems.prefix(3).map { problem in
                let location = (problem["loc"] as? [Any] ?? []).map { "\($0)" }
                if location.count > 1, location[0] == "body", let index = Int(location[1]) { position = position ?? index }
                return "\(location.joined(separator: ".")): \(problem["msg"] as? String ?? "")"
            }.joined(separator: "; ")
        } else if parsed == nil {
            reason = String(decoding: body.prefix(400), as: UTF8.self)
        }
        if position == nil, batch.count == 1 { position = 0 }
        if position == nil { position = batch.firstIndex { reason.contains($0.id) } }
        for secret in batch.flatMap(\.secrets) where !secret.isEmpty {
            reason = reason.replacingOccurrences(of: secret, with: "…")
            if let escaped = try? JSONEncoder().encode(secret), let text = String(data: escaped, encoding: .utf8) {
                reason = reason.replacingOccurrences(of: String(text.dropFirst().dropLast()), with: "…")
            }
        }
        reason = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
        if reason.count > 300 { reason = String(reason.prefix(300)) + "…" }
        let statement = position.flatMap { batch.indices.contains($0) ? "statement \(LRSUploadError.grouped(first + $0)), \(batch[$0].label)" : nil }
        return (reason, statement)
    }
}
