import Foundation
import SJTLRS
import SJTTestSupport
import Testing

/// What needs no server: a closed port, and URLs that cannot be an LRS's.
struct LRSEndpointTests {
    @Test func aClosedPortIsConnectionRefusedAndNotTriedAgain() throws {
        let url = "http://127.0.0.1:\(try ClosedPort.make())/xAPI"
        let waits = LRSClientTests.Waits()
        let client = try LRSClient(endpoint: url, credentials: LRSCredentials(user: "u", password: "p"), sleep: waits.record)
        #expect(throws: LRSError.unreachable(url: url, reason: "connection refused")) { try client.postStatements(Data("[]".utf8)) }
        #expect(waits.all.isEmpty)
    }

    @Test(arguments: [
        ("ftp://lrs.example.org/xAPI", LRSEndpointError.notHTTP("ftp://lrs.example.org/xAPI")),
        ("lrs.example.org/xAPI", .notHTTP("lrs.example.org/xAPI")),
        ("https://trainer:secret@lrs.example.org/xAPI", .credentialsInURL),
        ("https://lrs.example.org/xAPI?x=1", .queryOrFragment("https://lrs.example.org/xAPI?x=1")),
    ])
    func urlsThatCannotBeAnEndpointAreRefused(_ url: String, _ error: LRSEndpointError) {
        #expect(throws: error) { try LRSClient.checkEndpoint(url) }
    }

    @Test func theCredentialsErrorNeverShowsThePassword() {
        #expect(LRSEndpointError.credentialsInURL.description
            == "the LRS URL holds a user or password; give them with --lrs-credentials FILE (or --lrs-user and SJT_LRS_PASSWORD) instead")
    }
}
