import SJTCSV

/// Cells encoded once (``CSVWriter/encode(_:)``) and appended to many rows, kept one after another
/// in one array of bytes.
struct EncodedCells {
    private var bytes: [UInt8] = []

    /// Keeps the cells; returns where they are.
    mutating func add(_ encoded: [UInt8]) -> Range<Int> {
        bytes += encoded
        return (bytes.count - encoded.count)..<bytes.count
    }

    /// Appends the cells kept at `range` to the record, as ``CSVRecord/append(encoded:)-([UInt8])`` would.
    func append(_ range: Range<Int>, to record: inout CSVRecord) {
        bytes.withUnsafeBytes { record.append(encoded: UnsafeRawBufferPointer(rebasing: $0[range])) }
    }
}
