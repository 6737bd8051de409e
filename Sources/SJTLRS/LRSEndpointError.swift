/// Why `--lrs` cannot be a learning record store's xAPI endpoint.
public enum LRSEndpointError: Error, Equatable, CustomStringConvertible {
    case notHTTP(String)
    /// A user or password in the URL: it would be shown wherever the URL is.
    case credentialsInURL
    case queryOrFragment(String)

    public var description: String {
        switch self {
        case .notHTTP(let text):
            "'\(text)' is not an http:// or https:// URL with a host; give the LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI"
        case .credentialsInURL:
            "the LRS URL holds a user or password; give them with --lrs-credentials FILE (or --lrs-user and SJT_LRS_PASSWORD) instead"
        case .queryOrFragment(let text): "'\(text)' has a query (?) or fragment (#); give the LRS's xAPI endpoint alone, e.g. https://lrs.example.org/xAPI"
        }
    }
}
