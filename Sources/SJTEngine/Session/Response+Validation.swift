extension Response {
    /// Checks that this response answers a decision: right format, options that exist, each once,
    /// every option answered where the format needs it, ratings on the scale.
    ///
    /// - Throws: the first ``SessionError`` found, so a learner fixes one thing at a time.
    /// - Complexity: O(*n*²) in the number of options, which is a handful.
    public func validate(for decision: Decision, node: NodeID, scale: RatingScale) throws(SessionError) {
        guard format == decision.format else { throw .wrongFormat(expected: decision.format, got: format) }
        if let error = visit(Validation(decision: decision, node: node, scale: scale)) { throw error }
    }

    private struct Validation: ResponseVisitor {
        typealias Result = SessionError?
        let decision: Decision
        let node: NodeID
        let scale: RatingScale

        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type, _ answer: Rules.Answer) -> SessionError? {
            do throws(SessionError) {
                try rules.validate(answer, for: decision, node: node, scale: scale)
                return nil
            } catch {
                return error
            }
        }
    }
}
