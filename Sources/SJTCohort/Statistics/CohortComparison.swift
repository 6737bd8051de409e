import SJTEngine

/// Did the course work? Learners matched by id between a cohort before and after: per learner and
/// principle the change, and per level and principle the mean change with its 95% confidence
/// interval, the paired effect size, and the share of learners who moved up at least one band.
public struct CohortComparison: Sendable {
    /// One learner at one level: their percentage per principle.
    public struct Learner: Sendable, Equatable {
        public var id: String
        public var level: LeadershipLevel
        /// Empty when none of the learner's attempts at the level counted (none was complete):
        /// the learner is in the input, with nothing to compare.
        public var principles: [PrincipleID: Double]

        public init(id: String, level: LeadershipLevel, principles: [PrincipleID: Double]) {
            self.id = id
            self.level = level
            self.principles = principles
        }
    }

    public struct Change: Sendable, Equatable {
        public var learner: String
        public var level: LeadershipLevel
        public var principle: PrincipleID
        public var pre: Double
        public var post: Double
        public var preBand: Band?
        public var postBand: Band?
        public var change: Double { post - pre }
        /// post − pre exact, over the nine-place percentages; `nil` only on overflow.
        public var exactChange: Fraction? {
            Fraction(nineDecimals: post).flatMap { post in Fraction(nineDecimals: pre).flatMap { post - $0 } }
        }
        /// True when the post band is higher than the pre band.
        public var movedUp: Bool
    }

    public struct Summary: Sendable, Equatable {
        public var level: LeadershipLevel
        public var principle: PrincipleID
        public var learners: Int
        public var meanPre: Double?
        public var meanPost: Double?
        public var meanChange: Double?
        /// The same three means exact, over the learners' nine-place percentages, for writing
        /// rounded from their exact value; `nil` only where the sums would overflow.
        public var exactMeanPre: Fraction?
        public var exactMeanPost: Fraction?
        public var exactMeanChange: Fraction?
        public var sdChange: Double?
        /// The 95% confidence interval of the mean change (Student t, n − 1 degrees of freedom).
        public var lower: Double?
        public var upper: Double?
        /// Cohen's d for paired scores (d_z): mean change ÷ sd of the changes.
        public var effectSize: Double?
        /// The learners (pairs) whose band went up, and their share of `learners`.
        public var movedUp: Int
        public var shareMovedUp: Double?
    }

    /// A learner at a level with no change to show, and why: never dropped silently.
    public struct Unmatched: Sendable, Equatable {
        public var learner: String
        public var level: LeadershipLevel
        /// The inputs the learner has attempts at the level in: `pre`, `post` or `both`.
        public var presentIn: String
        public var reason: Reason
    }

    /// Why a learner has no change, as unmatched.csv words it.
    public enum Reason: String, Sendable {
        case notInPost = "not in post"
        case notInPre = "not in pre"
        /// In both, but no post attempt is complete: not a learner who skipped the course's end.
        case postIncomplete = "post attempts incomplete"
        case preIncomplete = "pre attempts incomplete"
        case bothIncomplete = "pre and post attempts incomplete"
        /// Complete attempts in both, but no principle scored in both (different scenarios).
        case noPrincipleInBoth = "no principle in both"
    }

    public var changes: [Change] = []
    public var summaries: [Summary] = []
    public var unmatched: [Unmatched] = []

    /// Learners are matched by id and level. One with nothing to compare (in one input only, no
    /// complete attempt in one, or no principle in common) is in `unmatched` with the reason.
    public init(pre: [Learner], post: [Learner], catalogue: Catalogue) {
        struct Key: Hashable, Comparable {
            var id: String, level: LeadershipLevel
            static func < (a: Key, b: Key) -> Bool { (a.level, a.id) < (b.level, b.id) }
        }
        let before = Dictionary(pre.map { (Key(id: $0.id, level: $0.level), $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(post.map { (Key(id: $0.id, level: $0.level), $0) }, uniquingKeysWith: { first, _ in first })
        for key in Set(before.keys).union(after.keys).sorted() {
            let reason: Reason?
            switch (before[key], after[key]) {
            case (nil, _): reason = .notInPre
            case (_, nil): reason = .notInPost
            case let (pre?, post?):
                switch (pre.principles.isEmpty, post.principles.isEmpty) {
                case (true, true): reason = .bothIncomplete
                case (true, false): reason = .preIncomplete
                case (false, true): reason = .postIncomplete
                case (false, false): reason = addChanges(pre, post, catalogue: catalogue) ? nil : .noPrincipleInBoth
                }
            }
            if let reason {
                let presentIn = before[key] == nil ? "post" : after[key] == nil ? "pre" : "both"
                unmatched.append(Unmatched(learner: key.id, level: key.level, presentIn: presentIn, reason: reason))
            }
        }
        for level in LeadershipLevel.allCases {
            for principle in catalogue.principleOrder {
                let paired = changes.filter { $0.level == level && $0.principle == principle }
                guard !paired.isEmpty else { continue }
                let differences = SJTCohort.Summary(paired.map(\.change))
                var lower: Double?, upper: Double?, effect: Double?
                if let mean = differences.mean, let sd = differences.standardDeviation {
                    if let t = StudentT.critical95(degrees: paired.count - 1) {
                        let margin = t * sd / Double(paired.count).squareRoot()
                        (lower, upper) = (mean - margin, mean + margin)
                    }
                    if sd > 0 { effect = mean / sd }
                }
                let exactPre = Fraction.mean(nineDecimals: paired.map(\.pre))
                let exactPost = Fraction.mean(nineDecimals: paired.map(\.post))
                let movedUp = paired.count(where: \.movedUp)
                summaries.append(Summary(
                    level: level, principle: principle, learners: paired.count,
                    meanPre: SJTCohort.Summary(paired.map(\.pre)).mean, meanPost: SJTCohort.Summary(paired.map(\.post)).mean,
                    meanChange: differences.mean, exactMeanPre: exactPre, exactMeanPost: exactPost,
                    // The mean of the changes is the difference of the means, exactly.
                    exactMeanChange: exactPost.flatMap { post in exactPre.flatMap { post - $0 } },
                    sdChange: differences.standardDeviation, lower: lower, upper: upper,
                    effectSize: effect, movedUp: movedUp, shareMovedUp: Double(movedUp) / Double(paired.count)))
            }
        }
    }

    /// Adds the learner's change on each principle scored both times; false when there is none.
    private mutating func addChanges(_ pre: Learner, _ post: Learner, catalogue: Catalogue) -> Bool {
        let bandRank = { (band: Band?) in band.flatMap { b in catalogue.bands.firstIndex { $0.id == b.id } } ?? -1 }
        let count = changes.count
        for principle in catalogue.principleOrder {
            guard let a = pre.principles[principle], let b = post.principles[principle] else { continue }
            let preBand = catalogue.band(forPercentage: a), postBand = catalogue.band(forPercentage: b)
            changes.append(Change(
                learner: pre.id, level: pre.level, principle: principle, pre: a, post: b, preBand: preBand,
                postBand: postBand, movedUp: bandRank(postBand) > bandRank(preBand)))
        }
        return changes.count > count
    }
}
