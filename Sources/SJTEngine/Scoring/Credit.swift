/// The credit a set of decisions earned: the weighted mean of each decision's points ÷ maximum.
///
/// Every decision weighs the same unless its author gave it a `weight:`, whatever its format: a
/// single choice worth 2 points counts as much as a rank worth 20, so the choice that sends the
/// story somewhere is not drowned by a node with more options (docs/scoring.md, "A whole attempt").
/// An attempt, a principle, an element and a learner over several attempts are all a `Credit`, so
/// the rule that turns decisions into a percentage lives here alone.
///
/// A decision whose maximum is 0 (every option rated the lowest at the level) earns nothing and
/// weighs nothing: it is left out, never counted as 0% or 100%.
public struct Credit: Sendable, Equatable {
    /// Σ weight × points ÷ maximum over the decisions counted.
    public private(set) var earned: Double
    /// Σ weight over the decisions counted.
    public private(set) var weight: Double

    /// No decisions yet.
    public static let none = Credit(earned: 0, weight: 0)

    /// - Precondition: `earned` lies between 0 and `weight`.
    public init(earned: Double, weight: Double) {
        precondition(weight >= 0 && earned >= 0 && earned <= weight + 1e-9, "credit earned \(earned) of weight \(weight)")
        self.earned = earned
        self.weight = weight
    }

    /// Counts one decision's score with its weight.
    ///
    /// - Complexity: O(1).
    public mutating func add(_ score: DecisionScore, weight decisionWeight: Double) {
        guard score.maximum > 0 else { return }
        earned += decisionWeight * Double(score.points) / Double(score.maximum)
        weight += decisionWeight
    }

    /// Counts every decision of another credit: the credit of two attempts is that of all their decisions.
    public mutating func add(_ other: Credit) {
        earned += other.earned
        weight += other.weight
    }

    /// The weighted mean as a percentage; `nil` when no decision counted (a weight of 0).
    ///
    /// Rounded to nine decimal places, so that a mean that is exactly a band's `from` in arithmetic
    /// (65) is not put below it by the last bit of a floating-point sum (64.99999999999999).
    public var percentage: Double? {
        guard weight > 0 else { return nil }
        return (earned * 100 / weight * 1e9).rounded() / 1e9
    }
}
