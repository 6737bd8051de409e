import SJTEngine

/// Did the course work? Learners matched by id between a cohort before and after: per learner and
/// principle the change, and per level and principle the mean change with its 95% confidence
/// interval, the paired effect size, and the share of learners who moved up at least one band.
public struct CohortComparison: Sendable {
    /// One learner at one level: their percentage per principle.
    public struct Learner: Sendable, Equatable {
        public var id: String
        public var level: LeadershipLevel
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

    /// An id found in only one of the two inputs.
    public struct Unmatched: Sendable, Equatable {
        public var learner: String
        public var level: LeadershipLevel
        /// `pre` or `post`.
        public var presentIn: String
    }

    public var changes: [Change] = []
    public var summaries: [Summary] = []
    public var unmatched: [Unmatched] = []

    /// Learners are matched by id and level.
    public init(pre: [Learner], post: [Learner], catalogue: Catalogue) {
        struct Key: Hashable, Comparable {
            var id: String, level: LeadershipLevel
            static func < (a: Key, b: Key) -> Bool { (a.level, a.id) < (b.level, b.id) }
        }
        let before = Dictionary(pre.map { (Key(id: $0.id, level: $0.level), $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(post.map { (Key(id: $0.id, level: $0.level), $0) }, uniquingKeysWith: { first, _ in first })
        for key in Set(before.keys).symmetricDifference(after.keys).sorted() {
            unmatched.append(Unmatched(learner: key.id, level: key.level, presentIn: before[key] == nil ? "post" : "pre"))
        }
        let bandRank = { (band: Band?) in band.flatMap { b in catalogue.bands.firstIndex { $0.id == b.id } } ?? -1 }
        for key in Set(before.keys).intersection(after.keys).sorted() {
            for principle in catalogue.principleOrder {
                guard let a = before[key]!.principles[principle], let b = after[key]!.principles[principle] else { continue }
                let preBand = catalogue.band(forPercentage: a), postBand = catalogue.band(forPercentage: b)
                changes.append(Change(
                    learner: key.id, level: key.level, principle: principle, pre: a, post: b, preBand: preBand,
                    postBand: postBand, movedUp: bandRank(postBand) > bandRank(preBand)))
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
                let exactPre = paired.map { (value: Fraction(nineDecimals: $0.pre), count: 1) }
                let exactPost = paired.map { (value: Fraction(nineDecimals: $0.post), count: 1) }
                summaries.append(Summary(
                    level: level, principle: principle, learners: paired.count,
                    meanPre: SJTCohort.Summary(paired.map(\.pre)).mean, meanPost: SJTCohort.Summary(paired.map(\.post)).mean,
                    meanChange: differences.mean, exactMeanPre: Fraction.mean(exactPre), exactMeanPost: Fraction.mean(exactPost),
                    exactMeanChange: Fraction.mean(paired.map { (value: $0.exactChange, count: 1) }),
                    sdChange: differences.standardDeviation, lower: lower, upper: upper,
                    effectSize: effect, movedUp: paired.count(where: \.movedUp),
                    shareMovedUp: Double(paired.count(where: \.movedUp)) / Double(paired.count)))
            }
        }
    }
}
