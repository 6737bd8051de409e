extension Decision {
    /// Checks that an option a response names is one of this decision's.
    ///
    /// - Complexity: O(*n*) in options.
    func check(_ choice: ChoiceID, node: NodeID) throws(SessionError) {
        guard index(of: choice) != nil else { throw .unknownChoice(choice, node: node) }
    }

    /// Checks that a response names every option once: each known, none repeated, none missing.
    ///
    /// - Complexity: O(*n*²) in options, which are a handful.
    func checkComplete(_ given: [ChoiceID], node: NodeID) throws(SessionError) {
        for (position, choice) in given.enumerated() {
            try check(choice, node: node)
            guard !given[..<position].contains(choice) else { throw .repeatedChoice(choice) }
        }
        guard given.count != choices.count else { return }
        throw .incompleteResponse(missing: choices.map(\.id).filter { !given.contains($0) })
    }
}
