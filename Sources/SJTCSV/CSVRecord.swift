internal import CLibCSV

/// One record being written by a ``CSVWriter``: cells go in one at a time, typed, as the writer's
/// rules say (see ``CSVWriter``).
public struct CSVRecord {
    /// The output so far, this record's cells at the end.
    var bytes: [UInt8]
    let delimiter: UInt8
    private var startsRecord = true

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// Appends one cell.
    public mutating func append(_ cell: CSVCell) {
        startCell()
        switch cell {
        case .text(var text):
            text.withUTF8 { append(text: $0) }
        case .integer(let value):
            if value < 0 { bytes.append(0x2D) }
            CSVCell.appendDigits(UInt64(value.magnitude), to: &bytes)
        case .decimal(let value, let places):
            if value.isFinite { CSVCell.appendFixed(value, places: places, to: &bytes) }
        case .ratio(let numerator, let denominator, let places):
            CSVCell.appendFixed(numerator, over: denominator, places: places, to: &bytes)
        case .empty:
            break
        }
    }

    /// Appends a text cell from its UTF-8 bytes, as appending `.text` does, without making a
    /// `String` of a value that is already bytes.
    public mutating func append(utf8 text: UnsafeRawBufferPointer) {
        startCell()
        append(text: text.assumingMemoryBound(to: UInt8.self))
    }

    /// Appends cells as ``CSVWriter/encode(_:)`` wrote them: the same bytes as appending each cell,
    /// for values written on many rows and encoded once. An empty encoding is one empty cell.
    public mutating func append(encoded cells: [UInt8]) {
        startCell()
        bytes += cells
    }

    /// Appends cells as ``CSVWriter/encode(_:)`` wrote them, from where they are kept (several
    /// encodings in one array, say), as ``append(encoded:)-([UInt8])`` does.
    public mutating func append(encoded cells: UnsafeRawBufferPointer) {
        startCell()
        bytes.append(contentsOf: cells)
    }

    private mutating func startCell() {
        if startsRecord { startsRecord = false } else { bytes.append(delimiter) }
    }

    /// Appends a text field: neutralised if it starts like a formula or looks neutralised already
    /// (see ``CSVCell/neutralised(_:)``), quoted by libcsv if it holds the delimiter, a quote, a line
    /// break or edge spaces.
    private mutating func append(text field: UnsafeBufferPointer<UInt8>) {
        let neutralise = CSVCell.needsApostrophe(UnsafeRawBufferPointer(field))
        let needsQuotes = field.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || field.first == 0x20 || field.last == 0x20
        guard needsQuotes else {
            if neutralise { bytes.append(0x27) }
            bytes.append(contentsOf: field)
            return
        }
        let text = (neutralise ? [0x27] : []) + Array(field)
        // libcsv quotes the field and doubles the quotes inside it; the worst case is every byte a quote.
        var quoted = [UInt8](repeating: 0, count: 2 * text.count + 2)
        let written = text.withUnsafeBytes { source in
            quoted.withUnsafeMutableBytes { destination in
                csv_write(destination.baseAddress, destination.count, source.baseAddress, source.count)
            }
        }
        bytes += quoted[..<written]
    }
}
