/// An upload that stopped: how many statements are stored, which batch was not, and why. The
/// statements after it were not sent.
public struct LRSUploadError: Error, Equatable, CustomStringConvertible {
    /// Statements the store holds from this upload: those of the batches before (stored now or before).
    public var stored: Int
    public var total: Int
    /// The batch that was not stored, counting from 1.
    public var batch: Int
    /// Its first and last statements' positions in the upload, counting from 1.
    public var first: Int
    public var last: Int
    public var cause: LRSError

    public init(stored: Int, total: Int, batch: Int, first: Int, last: Int, cause: LRSError) {
        self.stored = stored
        self.total = total
        self.batch = batch
        self.first = first
        self.last = last
        self.cause = cause
    }

    public var description: String {
        let counts = "stored \(Self.grouped(stored)) of \(Self.grouped(total)) statements"
        let range = "batch \(batch) (statements \(Self.grouped(first))–\(Self.grouped(last)))"
        return switch cause {
        case .refused: "\(counts) before the LRS refused \(range): \(cause)"
        default: "\(counts); \(range) was not stored: \(cause)"
        }
    }

    /// `1,234`: digits grouped in threes, whatever the locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }
}
