extension Response {
    /// Checks that this response answers a decision: right format, options that exist, each once,
    /// every option answered where the format needs it, ratings on the scale.
    ///
    /// - Throws: the first ``SessionError`` found, so a learner fixes one thing at a time.
    public func validate(for decision: Decision, node: NodeID, scale: RatingScale) throws(SessionError) {
        guard format == decision.format else { throw .wrongFormat(expected: decision.format, got: format) }
        func check(_ choice: ChoiceID) throws(SessionError) {
            guard decision.choice(choice) != nil else { throw .unknownChoice(choice, node: node) }
        }
        func checkComplete(_ given: [ChoiceID]) throws(SessionError) {
            var seen = Set<ChoiceID>()
            for choice in given {
                try check(choice)
                guard seen.insert(choice).inserted else { throw .repeatedChoice(choice) }
            }
            let missing = decision.choices.map(\.id).filter { !seen.contains($0) }
            guard missing.isEmpty else { throw .incompleteResponse(missing: missing) }
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
