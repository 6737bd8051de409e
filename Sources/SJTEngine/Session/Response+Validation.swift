extension Response {
    /// Checks that this response answers a decision: right format, options that exist, each once,
    /// every option answered where the format needs it, ratings on the scale.
    ///
    /// - Throws: the first ``SessionError`` found, so a learner fixes one thing at a time.
    /// - Complexity: O(*n*²) in the number of options, which is a handful.
    public func validate(for decision: Decision, node: NodeID, scale: RatingScale) throws(SessionError) {
        guard format == decision.format else { throw .wrongFormat(expected: decision.format, got: format) }
        func check(_ choice: ChoiceID) throws(SessionError) {
            guard decision.index(of: choice) != nil else { throw .unknownChoice(choice, node: node) }
        }
        func checkComplete(_ given: [ChoiceID]) throws(SessionError) {
            for (position, choice) in given.enumerated() {
                try check(choice)
                guard !given[..<position].contains(choice) else { throw .repeatedChoice(choice) }
            }
            guard given.count != decision.choices.count else { return }
            throw .incompleteResponse(missing: decision.choices.map(\.id).filter { !given.contains($0) })
        }
        switch self {
        case .single(let choice):
            try check(choice)
        case .bestWorst(let best, let worst):
            try check(best)
            try check(worst)
            guard best != worst else { throw .sameBestAndWorst(best) }
        case .rank(let order):
            try checkComplete(order)
        case .rate(let ratings):
            try checkComplete(ratings.map(\.choice))
            for rated in ratings where scale.step(rated.rating) == nil {
                throw .unknownRating(rated.rating, choice: rated.choice)
            }
        }
    }
}
