/// Why the inputs of a batch or comparison cannot be read: each one sentence that names the input
/// (never a learner's text) and says what to do; nothing has been written when one is thrown.
public enum CohortInputError: Error, Equatable, CustomStringConvertible {
    /// The file cannot be opened; `reason` is the CSV reader's.
    case cannotOpen(reason: String)
    /// A practice store came through a pipe: SQLite reads a store by its path.
    case storeThroughPipe(input: String)
    /// The CSV cannot be read as cohort responses; `reason` names the line.
    case unreadable(input: String, reason: String)
    case noStore(path: String)
    /// The store refused to open; `reason` names the store and says what to do.
    case store(reason: String)
    /// One CSV input with a header and no rows.
    case headerOnly(input: String)
    case emptyStore(path: String)
    /// Several inputs, none with a response; `allCSV` when each is a header-only CSV file.
    case noneHoldResponses(inputs: Int, allCSV: Bool)
    /// A comparison input that is neither a file nor a folder.
    case noSuchInput(path: String)
    /// A comparison folder without learners.csv.
    case missingLearners(path: String)
    /// A learners.csv without the columns sjt batch writes.
    case notLearnersFile(path: String)
    case unreadableLearners(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let reason): "\(reason); check the path"
        case .storeThroughPipe(let input): "\(input) is a practice store; give the store's path instead of piping it in"
        case .unreadable(let input, let reason): "\(input): \(reason); nothing was exported"
        case .noStore(let path): "there is no progress store at \(path)"
        case .store(let reason): reason
        case .headerOnly(let input): "\(input) has a header row but no responses; nothing was exported"
        case .emptyStore(let path): "the store \(path) holds no responses; nothing was exported"
        case .noneHoldResponses(let count, true):
            "none of the \(count) inputs holds a response (each has a header row only); nothing was exported"
        case .noneHoldResponses(let count, false): "none of the \(count) inputs holds a response; nothing was exported"
        case .noSuchInput(let path): "there is no file or folder \(path)"
        case .missingLearners(let path): "\(path) is missing; give a folder written by sjt batch, a responses CSV file or a store"
        case .notLearnersFile(let path): "\(path) has no learner_id and level columns; is it a learners.csv from sjt batch?"
        case .unreadableLearners(let path, let reason): "\(path): \(reason)"
        }
    }
}
