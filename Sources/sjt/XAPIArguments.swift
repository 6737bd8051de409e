import ArgumentParser
import SJTCohort

/// Where a council's xAPI statements say their activities and learners are: shared by `sjt export
/// xapi` and `sjt batch --xapi` (docs/xapi.md).
struct XAPIArguments: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The IRI the activity ids are made under, e.g. https://learning.example.org/sjt (required for statements).", valueName: "iri"))
    var activityBase: String?

    @Option(help: ArgumentHelp(
        "The homePage of the learners' accounts, the system their ids belong to (default: the activity base's scheme and host).",
        valueName: "iri"))
    var accountHomePage: String?

    /// The options, checked: a usage error (status 64) names the option and says what is wrong.
    func options() throws -> XAPIOptions {
        guard let activityBase else {
            throw ValidationError("xAPI statements need --activity-base IRI, e.g. --activity-base https://learning.example.org/sjt")
        }
        let base: AbsoluteIRI
        do { base = try AbsoluteIRI(activityBase) } catch { throw ValidationError("--activity-base: \(error)") }
        var home: AbsoluteIRI?
        if let accountHomePage {
            do { home = try AbsoluteIRI(accountHomePage) } catch { throw ValidationError("--account-home-page: \(error)") }
        }
        return XAPIOptions(activityBase: base, accountHomePage: home)
    }

    var isGiven: Bool { activityBase != nil || accountHomePage != nil }
}
