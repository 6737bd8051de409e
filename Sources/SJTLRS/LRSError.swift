/// Why a learning record store did not store a batch of statements: one sentence that says what
/// to do, naming the store by its URL (never a password; the URL holds none, ``LRSClient`` refuses
/// one that does).
public enum LRSError: Error, Equatable, CustomStringConvertible {
    /// Nothing answered: connection refused, no such host, a timeout after every try.
    case unreachable(url: String, reason: String)
    /// 401 or 403: the credentials are wrong, or may not write statements.
    case unauthorised(url: String, status: Int)
    /// 404: the URL is not an xAPI endpoint.
    case notFound(url: String)
    /// A 4xx other than those: the store refused the statements, for `reason` (its words, with any
    /// learner's rationale taken out). `statement` names the one it refused, when it said which.
    case refused(status: Int, reason: String, statement: String?)
    /// 429 or 5xx on every try.
    case unavailable(status: Int, tries: Int)
    /// A success whose body is not what xAPI says a store answers.
    case unexpectedAnswer(status: Int)

    public var description: String {
        switch self {
        case .unreachable(let url, let reason): "cannot reach the LRS at \(url): \(reason); check --lrs and that the LRS is running"
        case .unauthorised(let url, let status):
            "the LRS at \(url) refused the credentials (\(Self.status(status))); check the user and password "
                + "(--lrs-credentials FILE, or --lrs-user with SJT_LRS_PASSWORD)"
        case .notFound(let url):
            "\(url)/statements is not there (404 Not Found); --lrs names the LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI"
        case .refused(let status, let reason, let statement):
            "\(Self.status(status))\(reason.isEmpty ? "" : ": \(reason)")\(statement.map { " (\($0))" } ?? "")"
        case .unavailable(let status, let tries): "the LRS answered \(Self.status(status)) \(tries) times in a row; try again later"
        case .unexpectedAnswer(let status): "the LRS answered \(Self.status(status)) with something other than xAPI's answer"
        }
    }

    /// `409 Conflict`: the code and its reason phrase.
    static func status(_ code: Int) -> String {
        let phrase = [
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 409: "Conflict", 412: "Precondition Failed",
            413: "Content Too Large", 422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error",
            502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
        ][code]
        return phrase.map { "\(code) \($0)" } ?? String(code)
    }
}
