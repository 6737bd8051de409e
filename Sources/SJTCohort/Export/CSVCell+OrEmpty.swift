import SJTCSV

extension CSVCell {
    /// The text, or an empty cell when there is none.
    static func text(orEmpty value: String?) -> CSVCell { value.map(CSVCell.text) ?? .empty }
}
