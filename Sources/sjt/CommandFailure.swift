/// A failure to report to the user in one sentence that says what to do; ArgumentParser prints it
/// as `Error: …` and exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
