/// Why a report could not be made from an export folder.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// A file the report reads is not in the folder.
    case missingFile(String)
    /// A file the report reads is not CSV sjt could read back.
    case unreadableFile(String, reason: String)
    /// A file lacks a column the report reads: it was not written by this sjt.
    case missingColumn(String, column: String)

    public var description: String {
        switch self {
        case .missingFile(let path): "\(path) is missing, so the report cannot be made; run sjt batch (or sjt compare) again to write the whole folder"
        case .unreadableFile(let path, let reason): "\(path) cannot be read back (\(reason)); run sjt batch (or sjt compare) again to write it afresh"
        case .missingColumn(let path, let column):
            "\(path) has no '\(column)' column, so it was not written by this sjt; run sjt batch (or sjt compare) again to write it afresh"
        }
    }
}
