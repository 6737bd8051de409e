@testable import SJTCohort
import Testing

/// Attempts with identical item scores given once with their multiplicity must give exactly the
/// figures of the same attempts listed one by one (to 1e-12 relative), and undefined figures in the
/// same cases.
struct WeightedItemAnalysisTests {
    typealias Pattern = (scores: ItemAnalysis.Attempt, count: Int)

    func expanded(_ patterns: [Pattern]) -> [ItemAnalysis.Attempt] {
        patterns.flatMap { Array(repeating: $0.scores, count: $0.count) }
    }

    /// Both undefined, or equal to 1e-12 relative.
    func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (a?, b?): a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
        default: false
        }
    }

    func expectSame(_ weighted: Summary, _ plain: Summary, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(weighted.count == plain.count, "\(label) count", sourceLocation: sourceLocation)
        for (name, w, p) in [
            ("mean", weighted.mean, plain.mean), ("sd", weighted.standardDeviation, plain.standardDeviation),
            ("min", weighted.minimum, plain.minimum), ("median", weighted.median, plain.median),
            ("max", weighted.maximum, plain.maximum),
        ] {
            #expect(same(w, p), "\(label) \(name): \(String(describing: w)) vs \(String(describing: p))", sourceLocation: sourceLocation)
        }
    }

    /// Analyses `patterns` both ways and expects every figure to agree; returns the weighted analysis.
    @discardableResult
    func expectWeightedMatchesExpanded(_ patterns: [Pattern], itemCount: Int, sourceLocation: SourceLocation = #_sourceLocation) -> ItemAnalysis {
        let weighted = ItemAnalysis(patterns: patterns, itemCount: itemCount)
        let plain = ItemAnalysis(attempts: expanded(patterns), itemCount: itemCount)
        #expect(weighted.items.count == plain.items.count, sourceLocation: sourceLocation)
        for (index, (w, p)) in zip(weighted.items, plain.items).enumerated() {
            #expect(w.reached == p.reached, "item \(index) reached", sourceLocation: sourceLocation)
            for (name, a, b) in [
                ("facility", w.facility, p.facility), ("sd", w.standardDeviation, p.standardDeviation),
                ("discrimination", w.discriminationIndex, p.discriminationIndex),
                ("efficiency", w.discriminativeEfficiency, p.discriminativeEfficiency),
            ] {
                #expect(same(a, b), "item \(index) \(name): \(String(describing: a)) vs \(String(describing: b))", sourceLocation: sourceLocation)
            }
        }
        let w = weighted.test, p = plain.test
        #expect(w.attempts == p.attempts && w.items == p.items, sourceLocation: sourceLocation)
        expectSame(w.total, p.total, "total", sourceLocation: sourceLocation)
        for (name, a, b) in [
            ("skewness", w.skewness, p.skewness), ("kurtosis", w.kurtosis, p.kurtosis), ("alpha", w.alpha, p.alpha),
            ("error ratio", w.errorRatio, p.errorRatio), ("sem", w.standardErrorOfMeasurement, p.standardErrorOfMeasurement),
        ] {
            #expect(same(a, b), "\(name): \(String(describing: a)) vs \(String(describing: b))", sourceLocation: sourceLocation)
        }
        // Rest scores are per pattern, and equal to those of each of its attempts.
        #expect(weighted.restScores.count == patterns.count, sourceLocation: sourceLocation)
        var attempt = 0
        for (index, pattern) in patterns.enumerated() {
            for _ in 0..<pattern.count {
                #expect(weighted.restScores[index] == plain.restScores[attempt], sourceLocation: sourceLocation)
                attempt += 1
            }
        }
        return weighted
    }

    // MARK: - Item analysis

    @Test func branchingPatternsWithItemsMissingMatchTheExpandedAttempts() {
        let patterns: [Pattern] = [
            ([0: 1, 1: 1, 2: 0.5], 3),
            ([0: 0.5, 1: 0], 2),  // branched away from item 2
            ([0: 0], 4),  // met only item 0: no rest score
            ([0: 1, 2: 1], 1),
            ([0: 0.5, 2: 0, 3: 2.0 / 3], 5),
            ([0: 1, 1: 0.5, 2: 1], 0),  // no attempt: counts nowhere
            ([0: 0.5, 1: 0], 1),  // the same pattern again
            ([1: 1, 2: 1.0 / 3, 3: 1], 7),  // never met item 0
        ]
        let analysis = expectWeightedMatchesExpanded(patterns, itemCount: 5)
        #expect(analysis.test.attempts == 23)
        #expect(analysis.items.map(\.reached) == [16, 13, 16, 12, 0])
        #expect(analysis.items[4].facility == nil && analysis.test.items == 4)
        #expect(analysis.restScores[2].isEmpty)
        #expect(analysis.restScores[5] == [0: 0.75, 1: 1, 2: 0.75])  // given for a count of 0 too
        #expect(analysis.items.allSatisfy { $0.reached == 0 || $0.discriminativeEfficiency != nil })
        #expect(analysis.test.alpha != nil && analysis.test.skewness != nil && analysis.test.kurtosis != nil)
    }

    /// A fixed-seed 64-bit linear congruential generator (Knuth's MMIX constants): the same numbers
    /// on every platform, unlike Foundation's random sources.
    struct LCG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func unit() -> Double { Double(next()) / Double(1 << 31) }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    @Test(arguments: [UInt64(1), 42, 2024])
    func pseudoRandomPatternsMatchTheExpandedAttempts(seed: UInt64) {
        var random = LCG(state: seed)
        let steps: [Double] = [0, 1.0 / 3, 0.5, 2.0 / 3, 1]
        var patterns: [Pattern] = []
        for _ in 0..<50 {
            let ability = random.unit()
            var scores: ItemAnalysis.Attempt = [:]
            for item in 0..<5 where random.below(4) != 0 {  // each item met 3 times in 4
                let score = min(1, max(0, ability + random.unit() - 0.5))
                scores[item] = steps[Int((score * Double(steps.count - 1)).rounded())]
            }
            patterns.append((scores, 1 + random.below(20)))
        }
        let analysis = expectWeightedMatchesExpanded(patterns, itemCount: 5)
        #expect(analysis.test.attempts == patterns.map(\.count).reduce(0, +))
        #expect(analysis.items.allSatisfy { $0.discriminationIndex != nil && $0.discriminativeEfficiency != nil })
        #expect(analysis.test.alpha != nil && analysis.test.kurtosis != nil)
    }

    @Test func zeroVarianceLeavesTheSameFiguresUndefinedInBoth() {
        // Item 0 always 1: no spread, so no discrimination or efficiency for it.
        let flat = expectWeightedMatchesExpanded([([0: 1, 1: 0], 3), ([0: 1, 1: 1], 2), ([0: 1, 1: 0.5], 4)], itemCount: 2)
        #expect(flat.items[0].standardDeviation == 0)
        #expect(flat.items[0].discriminationIndex == nil && flat.items[0].discriminativeEfficiency == nil)
        // One pattern, two attempts: every spread is 0, so alpha's denominator is 0; too few for skewness.
        let twins = expectWeightedMatchesExpanded([([0: 1, 1: 0], 2)], itemCount: 2)
        #expect(twins.items[0].standardDeviation == 0 && twins.items[0].discriminationIndex == nil)
        #expect(twins.test.alpha == nil && twins.test.skewness == nil && twins.test.total.standardDeviation == 0)
        // Many attempts, all alike: no spread anywhere, nothing but means and zero sds.
        let alike = expectWeightedMatchesExpanded([([0: 0.5, 1: 1, 2: 0], 20)], itemCount: 3)
        #expect(alike.test.skewness == nil && alike.test.kurtosis == nil && alike.test.alpha == nil)
        // One attempt: no sd at all.
        let one = expectWeightedMatchesExpanded([([0: 1, 1: 0], 1), ([0: 0, 1: 1], 0)], itemCount: 2)
        #expect(one.items[0].standardDeviation == nil && one.test.alpha == nil && one.test.total.standardDeviation == nil)
        let none = expectWeightedMatchesExpanded([], itemCount: 3)
        #expect(none.items.allSatisfy { $0.facility == nil && $0.reached == 0 } && none.test.attempts == 0)
    }

    // MARK: - Summary

    func expand(_ values: [(value: Double, count: Int)]) -> [Double] {
        values.flatMap { Array(repeating: $0.value, count: $0.count) }
    }

    @Test func weightedSummaryMatchesTheExpandedList() {
        let cases: [[(value: Double, count: Int)]] = [
            [(3, 2), (1, 1), (2, 2)],  // 5 values, odd: median the 3rd, inside the entry for 2
            [(3, 2), (1, 2)],  // 4 values, even: median between two entries, (1 + 3) / 2
            [(0.25, 3), (0.75, 3), (0.5, 0)],  // even; a count of 0 is not the minimum's entry
            [(5, 1), (-1, 4), (5, 2), (2.5, 6), (1.0 / 3, 0), (7, 0)],  // repeated value, unsorted, zero counts
            [(1.0 / 3, 1_000), (1.0 / 3, 1)],  // all equal: sd exactly 0
            [(0.1 + 0.2, 2), (0.3, 3)],  // equal but for rounding: sd 0 in both
            [(4, 1)],  // one value: no sd
            [(4, 0)], [],  // nothing
        ]
        for values in cases {
            expectSame(Summary(weighted: values), Summary(expand(values)), "\(values)")
        }
        #expect(Summary(weighted: [(3, 2), (1, 2)]).median == 2)
        #expect(Summary(weighted: [(3, 2), (1, 1), (2, 2)]).median == 2)
        #expect(Summary(weighted: [(0.25, 3), (0.75, 3), (0.5, 0)]).minimum == 0.25)
        #expect(Summary(weighted: [(1.0 / 3, 1_000), (1.0 / 3, 1)]).standardDeviation == 0)
        #expect(Summary(weighted: [(4, 0)]) == Summary([]))
    }
}
