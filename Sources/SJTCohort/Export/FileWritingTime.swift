/// How long one file of an export took to write, by the wall clock, and which of the writing
/// threads wrote it: where the export stage's time goes (`sjt batch --timings`).
public struct FileWritingTime: Sendable, Equatable {
    /// `responses.csv`
    public var file: String
    /// The writing thread, counting from 1.
    public var writer: Int
    public var duration: Duration

    public init(file: String, writer: Int, duration: Duration) {
        self.file = file
        self.writer = writer
        self.duration = duration
    }
}
