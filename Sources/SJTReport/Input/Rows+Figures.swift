extension [[String]] {
    /// The rows ordered by the figure in `column`, smallest first; rows with no figure there go
    /// last, and rows with the same figure keep their order in the file.
    ///
    /// - Complexity: O(*n* log *n*).
    func sortedByFigure(at column: Int) -> [[String]] {
        enumerated().sorted { a, b in
            let (x, y) = (Double(a.element[column]) ?? .infinity, Double(b.element[column]) ?? .infinity)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }
}
