import SJTEngine

/// Turns what a learner types about the numbered options on screen into a ``Response``.
///
/// | format | typed | meaning |
/// |---|---|---|
/// | single | `2` | option 2 |
/// | best-worst | `2 4` (or `2,4`) | option 2 most effective, option 4 least |
/// | rank | `3 1 4 2` | every option, most effective first |
/// | rate | `3 1 4 2` | a rating for each option in the order shown: 1 is the lowest rating on the scale |
///
/// Rating ids (`meets below exceeds concern`) are accepted for rate too.
enum AnswerParser {
    /// - Returns: The response, or a message saying what to type instead.
    static func response(from line: String, for offered: OfferedDecision) -> Result<Response, AnswerProblem> {
        let tokens = line.split { $0 == " " || $0 == "," || $0 == "\t" }.map(String.init)
        let count = offered.choices.count
        func option(_ token: String) -> OfferedChoice? { Int(token).flatMap { offered.choice(at: $0) } }
        let range = "1 to \(count)"

        switch offered.format {
        case .single:
            guard tokens.count == 1, let choice = option(tokens[0]) else {
                return .failure(AnswerProblem("Type the number of one option, \(range)."))
            }
            return .success(.single(choice.id))

        case .bestWorst:
            guard tokens.count == 2, let best = option(tokens[0]), let worst = option(tokens[1]) else {
                return .failure(AnswerProblem("Type two numbers from \(range): the most effective option, then the least effective."))
            }
            guard best.id != worst.id else {
                return .failure(AnswerProblem("The most and the least effective must be different options."))
            }
            return .success(.bestWorst(best: best.id, worst: worst.id))

        case .rank:
            let choices = tokens.compactMap(option)
            guard tokens.count == count, choices.count == count, Set(choices.map(\.id)).count == count else {
                return .failure(AnswerProblem("Type all \(count) numbers, \(range), each once, from most to least effective."))
            }
            return .success(.rank(choices.map(\.id)))

        case .rate:
            let scale = offered.ratings
            let ratings = tokens.compactMap { token -> Rating? in
                if let number = Int(token) { return scale.indices.contains(number - 1) ? scale[number - 1] : nil }
                return scale.first { $0.id.rawValue == token.lowercased() }
            }
            guard tokens.count == count, ratings.count == count else {
                return .failure(AnswerProblem(
                    "Type \(count) ratings, one for each option in order, each from 1 to \(scale.count)."))
            }
            return .success(.rate(zip(offered.choices, ratings).map { RatedChoice($0.id, $1.id) }))
        }
    }
}

/// What was wrong with a typed answer, said as what to type instead.
struct AnswerProblem: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
