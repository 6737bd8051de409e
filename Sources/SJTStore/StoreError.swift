/// Why the practice store could not be opened or written. Messages name the file and say what to
/// do; they never contain a learner's name or free text.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database at all.
    case notADatabase(path: String)
    /// An SQLite database, but not one sjt made.
    case notAnSJTStore(path: String)
    /// The database fails SQLite's integrity check.
    case corrupt(path: String, detail: String)
    /// Written by a newer sjt, with migrations this build does not know.
    case newerSchema(path: String, unknown: [String])
    case cannotOpen(path: String, detail: String)
    /// An empty file, or one sjt has only begun to create: read-only, there is nothing to read.
    case noProgress(path: String)
    case attemptNotFound(Int64)
    /// A row holds a value sjt did not write (see ``UnreadableRow``).
    case unreadableRow(path: String, UnreadableRow)
    /// SQLite could not read the store (a table missing, say); `detail` is its message alone.
    case cannotRead(path: String, detail: String)
    /// SQLite could not write to the store (a full disk, read-only media); `detail` is its message alone.
    case cannotWrite(path: String, detail: String)
    /// Another `sjt play` has the same attempt open, and answered this step first.
    case answeredElsewhere(step: Int)
    /// Another process holds the store for a moment; ``ProgressStore/open(at:)`` waits and retries.
    case busy

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not an sjt progress store (it is not an SQLite database); it was left untouched. Choose another file with --store or SJT_STORE."
        case .notAnSJTStore(let path):
            "\(path) is an SQLite database, but not an sjt progress store; it was left untouched. Choose another file with --store or SJT_STORE."
        case .corrupt(let path, let detail):
            "\(path) is damaged (\(detail)); it was left untouched. Restore it from a backup, or start a new store with --store."
        case .newerSchema(let path, let unknown):
            "\(path) was written by a newer version of sjt (\(unknown.joined(separator: ", "))); update sjt to use it."
        case .cannotOpen(let path, let detail):
            "cannot open the progress store \(path): \(detail)"
        case .noProgress(let path):
            "\(path) holds no progress yet; play a scenario first, or choose another store with --store or SJT_STORE."
        case .busy:
            "the progress store is busy; try again"
        case .unreadableRow(let path, let problem):
            "\(path) holds a row sjt cannot read: \(problem). Restore the store from a backup, or export what can be read with sjt export responses."
        case .cannotRead(let path, let detail):
            "\(path) cannot be read as a progress store (\(detail)). Restore it from a backup, or choose another store with --store."
        case .cannotWrite(let path, let detail):
            "\(path) cannot be written to (\(detail)); nothing more was saved. Check that the disk has room and that the file and its folder can be written to."
        case .answeredElsewhere(let step):
            "this attempt is being played in another session; its answer to step \(step) was already recorded there. Run `sjt play --resume` again to carry on from where it is now."
        case .attemptNotFound(let id):
            "attempt \(id) is not in the progress store"
        }
    }
}
