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
        // Nearly every cell needs no quotes: it is copied as it is, and only a cell that does goes
        // through csv_write.
        guard Self.needsQuotes(UnsafeRawBufferPointer(field), delimiter: delimiter) else {
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

    /// Whether libcsv must quote the text: it holds the delimiter, a quote, a CR or an LF, or
    /// starts or ends with a space. Eight bytes are looked at a time.
    static func needsQuotes(_ text: UnsafeRawBufferPointer, delimiter: UInt8) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        var index = 0
        while index + 8 <= text.count {
            let word = text.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if hasByte(delimiter, in: word) || hasByte(0x22, in: word) || hasByte(0x0A, in: word) || hasByte(0x0D, in: word) {
                return true
            }
            index += 8
        }
        while index < text.count {
            let byte = text[index]
            if byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D { return true }
            index += 1
        }
        return false
    }

    /// Whether any byte of `word` is `byte` (exact: each byte tested on its own, no borrow between them).
    private static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((x & low) &+ low) | x | low) != 0
    }
}
