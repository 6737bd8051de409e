/// What a council chooses about its statements: where the activity ids are, and where the
/// learners' accounts are. Everything else about a statement follows from the run.
public struct XAPIOptions: Sendable, Equatable {
    /// Activity ids are made under it: `<base>/scenarios/<id>` and `<base>/scenarios/<id>/decisions/<node>`.
    public var activityBase: AbsoluteIRI
    /// The `homePage` of every learner's account: the system where the learner ids are the
    /// learners' accounts (the learning platform, or the training team's own site).
    public var accountHomePage: AbsoluteIRI

    /// - Parameter accountHomePage: `nil` for the activity base's origin (its scheme and host).
    public init(activityBase: AbsoluteIRI, accountHomePage: AbsoluteIRI? = nil) {
        self.activityBase = activityBase
        self.accountHomePage = accountHomePage ?? activityBase.origin
    }
}
