import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A learning record store's xAPI endpoint, and the one request sjt makes of it: `POST
/// <endpoint>/statements` with a batch of statements, as xAPI 1.0.3's communication part says
/// (`X-Experience-API-Version: 1.0.3`, JSON, HTTP basic authentication).
///
/// A 429 or 5xx answer is tried again as ``RetryPolicy`` says, as is a lost connection or a
/// timeout: statements have fixed ids, so sending a batch twice stores it once. A connection
/// refused or a host that does not exist is not: nothing is listening.
///
/// Built on Foundation's URLSession (FoundationNetworking on Linux), the only networking sjt does.
public struct LRSClient: Sendable {
    /// The endpoint as given, without a trailing `/`: statements go to `<endpoint>/statements`.
    public let endpoint: String
    public let credentials: LRSCredentials
    public let policy: RetryPolicy
    /// Seconds to wait for an answer to one try.
    public var timeout: Double = 60
    /// Waits between tries; tests record the waits instead of waiting.
    private let sleep: @Sendable (Double) -> Void

    /// - Throws: ``LRSEndpointError`` for a URL that is not http(s) with a host, holds a user or
    ///   password, or has a query or fragment.
    public init(
        endpoint: String, credentials: LRSCredentials, policy: RetryPolicy = RetryPolicy(),
        sleep: @escaping @Sendable (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }
    ) throws(LRSEndpointError) {
        self.endpoint = try Self.checkEndpoint(endpoint)
        self.credentials = credentials
        self.policy = policy
        self.sleep = sleep
    }

    /// The endpoint without a trailing `/`, when it can be one.
    ///
    /// - Throws: ``LRSEndpointError``.
    public static func checkEndpoint(_ endpoint: String) throws(LRSEndpointError) -> String {
        guard let url = URLComponents(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { throw .notHTTP(endpoint) }
        guard url.user == nil, url.password == nil else { throw .credentialsInURL }
        guard url.query == nil, url.fragment == nil else { throw .queryOrFragment(endpoint) }
        var trimmed = endpoint
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }

    /// Posts `body`, a JSON array of statements, trying again after transient failures.
    ///
    /// - Returns: The last answer: a success, or a status that is not worth trying again (a 4xx).
    /// - Throws: ``LRSError/unreachable(url:reason:)`` when nothing answered,
    ///   ``LRSError/unavailable(status:tries:)`` when every try was answered 429 or 5xx.
    public func postStatements(_ body: Data) throws(LRSError) -> HTTPAnswer {
        var request = URLRequest(url: URL(string: endpoint + "/statements")!, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue(credentials.authorization, forHTTPHeaderField: "Authorization")
        var tries = 0
        while true {
            tries += 1
            let exchange = Self.exchange(request)
            switch exchange {
            case .answered(let status, let data, let retryAfter):
                guard RetryPolicy.isTransient(status: status) else { return HTTPAnswer(status: status, body: data, tries: tries) }
                guard let delay = policy.delay(afterTries: tries, retryAfter: retryAfter) else {
                    throw .unavailable(status: status, tries: tries)
                }
                sleep(delay)
            case .failed(let reason, let transient):
                guard transient, let delay = policy.delay(afterTries: tries, retryAfter: nil) else {
                    throw .unreachable(url: endpoint, reason: reason)
                }
                sleep(delay)
            }
        }
    }

    private enum Exchange {
        case answered(status: Int, body: Data, retryAfter: String?)
        case failed(reason: String, transient: Bool)
    }

    /// One request and its answer, waited for.
    private static func exchange(_ request: URLRequest) -> Exchange {
        final class Outcome: @unchecked Sendable {
            var exchange = Exchange.failed(reason: "no answer", transient: true)
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = request.timeoutInterval
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: request) { data, response, error in
            if let response = response as? HTTPURLResponse {
                outcome.exchange = .answered(
                    status: response.statusCode, body: data ?? Data(), retryAfter: response.value(forHTTPHeaderField: "Retry-After"))
            } else {
                outcome.exchange = failure(error)
            }
            done.signal()
        }.resume()
        done.wait()
        return outcome.exchange
    }

    /// A transport error in words, and whether trying again may help.
    private static func failure(_ error: (any Error)?) -> Exchange {
        guard let error = error as? URLError else { return .failed(reason: error.map { "\($0.localizedDescription)" } ?? "no answer", transient: false) }
        return switch error.code {
        case .cannotConnectToHost: .failed(reason: "connection refused", transient: false)
        case .cannotFindHost, .dnsLookupFailed: .failed(reason: "no such host", transient: false)
        case .timedOut: .failed(reason: "no answer in time", transient: true)
        case .networkConnectionLost: .failed(reason: "the connection was lost", transient: true)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot:
            .failed(reason: "the secure connection failed (\(error.localizedDescription))", transient: false)
        default: .failed(reason: error.localizedDescription, transient: false)
        }
    }
}
