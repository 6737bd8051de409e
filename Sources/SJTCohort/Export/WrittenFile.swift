/// A file sjt wrote into an export folder, as its manifest records it: what `--force` checks before
/// it replaces the folder, so that it never deletes a file sjt did not write or one changed since.
public struct WrittenFile: Codable, Sendable, Equatable {
    public var bytes: Int
    public var sha256: String

    public init(bytes: Int, sha256: String) {
        self.bytes = bytes
        self.sha256 = sha256
    }
}
