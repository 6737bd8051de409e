import Foundation
import SJTLRS
import SJTTestSupport
import Testing

/// The client against a stub LRS on a loopback port: the request xAPI asks for, retries after
/// transient answers, and what an upload says when a batch is refused.
@Suite(.enabled(if: Python.isAvailable, "the stub LRS is Python's http.server: install python3 to run these"))
struct LRSClientTests {
    let credentials = LRSCredentials(user: "trainer", password: "pa:ss")

    /// The waits a client asked for, instead of waiting.
    final class Waits: @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [Double] = []
        func record(_ seconds: Double) { lock.withLock { recorded.append(seconds) } }
        var all: [Double] { lock.withLock { recorded } }
    }

    @Test func aStatementBatchIsPostedToStatementsWithTheVersionHeaderAndBasicAuth() throws {
        let stub = try StubLRS(answers: [.init(status: 200, body: #"["a"]"#)])
        let client = try LRSClient(endpoint: stub.url + "/", credentials: credentials)
        let answer = try client.postStatements(Data(#"[{"id":"a"}]"#.utf8))
        #expect(answer == HTTPAnswer(status: 200, body: Data(#"["a"]"#.utf8), tries: 1))
        #expect(stub.requests == [.init(
            path: "/xAPI/statements", version: "1.0.3", authorization: "Basic dHJhaW5lcjpwYTpzcw==", contentType: "application/json",
            body: #"[{"id":"a"}]"#)])
    }

    @Test func a503IsTriedAgainAfterTheWaitItsRetryAfterAsks() throws {
        let stub = try StubLRS(answers: [
            .init(status: 503, headers: ["Retry-After": "2"], body: "busy"), .init(status: 200, body: #"["a"]"#),
        ])
        let waits = Waits()
        let client = try LRSClient(endpoint: stub.url, credentials: credentials, sleep: waits.record)
        let answer = try client.postStatements(Data("[]".utf8))
        #expect(answer.status == 200 && answer.tries == 2)
        #expect(waits.all == [2])
        #expect(stub.requests.count == 2)
    }

    @Test func serverErrorsOnEveryTryGiveUpAfterTheTriesAllowedWithDoublingWaits() throws {
        let stub = try StubLRS(answers: [.init(status: 500, body: "down")])
        let waits = Waits()
        let client = try LRSClient(
            endpoint: stub.url, credentials: credentials, policy: RetryPolicy(tries: 4, firstDelay: 0.5), sleep: waits.record)
        #expect(throws: LRSError.unavailable(status: 500, tries: 4)) { try client.postStatements(Data("[]".utf8)) }
        #expect(waits.all == [0.5, 1, 2])
        #expect(stub.requests.count == 4)
    }

    @Test func aRefusedBatchNamesTheStatementByPositionAndLeavesOutItsRationale() throws {
        // What FastAPI answers for a statement it cannot read: the problem's place and message, and the input.
        let refusal = #"{"detail":[{"loc":["body",1,"result","response"],"msg":"Input should be a valid string","input":"I rang \"Sam's\" manager"}]}"#
        let stub = try StubLRS(answers: [.init(status: 200, body: #"["s1","s2"]"#), .init(status: 422, body: refusal)])
        let client = try LRSClient(endpoint: stub.url, credentials: credentials)
        var upload = LRSUpload(client: client, total: 5, batchSize: 2)
        let statements = (1...5).map { OutgoingStatement(id: "s\($0)", json: #"{"id":"s\#($0)"}"#, label: "answered: step \($0)") }
        try upload.add(statements[0])
        try upload.add(statements[1])
        try upload.add(statements[2])
        let refused = OutgoingStatement(id: "s4", json: #"{"id":"s4"}"#, label: "answered: step 4", secrets: [#"I rang "Sam's" manager"#])
        #expect(throws: LRSUploadError(
            stored: 2, total: 5, batch: 2, first: 3, last: 4,
            cause: .refused(status: 422, reason: "body.1.result.response: Input should be a valid string", statement: "statement 4, answered: step 4"))
        ) { try upload.add(refused) }
        #expect(stub.requests.count == 2)
    }

    @Test func theStoresOwnWordsAreQuotedWithEveryRationaleOfTheBatchCutOut() throws {
        let stub = try StubLRS(answers: [.init(status: 400, body: #"{"message":"statement s2 has result.extensions rationale 'told Amy Jones first' which is too long"}"#)])
        var upload = LRSUpload(client: try LRSClient(endpoint: stub.url, credentials: credentials), total: 2, batchSize: 2)
        try upload.add(OutgoingStatement(id: "s1", json: "{}", label: "answered: step 1"))
        let error = #expect(throws: LRSUploadError.self) {
            try upload.add(OutgoingStatement(id: "s2", json: "{}", label: "answered: step 2", secrets: ["told Amy Jones first"]))
        }
        #expect(error?.description == "stored 0 of 2 statements before the LRS refused batch 1 (statements 1–2): 400 Bad Request: "
            + "statement s2 has result.extensions rationale '…' which is too long (statement 2, answered: step 2)")
    }

    @Test func wrongCredentialsAreNotTriedAgain() throws {
        let stub = try StubLRS(answers: [.init(status: 401, body: #"{"detail":"Invalid authentication credentials"}"#)])
        var upload = LRSUpload(client: try LRSClient(endpoint: stub.url, credentials: credentials), total: 1)
        try upload.add(OutgoingStatement(id: "s1", json: "{}", label: "answered: step 1"))
        #expect(throws: LRSUploadError(stored: 0, total: 1, batch: 1, first: 1, last: 1, cause: .unauthorised(url: stub.url, status: 401))) {
            try upload.finish()
        }
        #expect(stub.requests.count == 1)
    }
}
