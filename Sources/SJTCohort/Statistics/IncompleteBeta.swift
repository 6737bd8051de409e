import Foundation

/// The regularised incomplete beta function I_x(a, b), and the logarithm of the beta function, to
/// about double precision for moderate a + b: what Student's t distribution (``StudentT``) is
/// computed from.
///
/// Whichever of I_x(a, b) and its complement I_{1−x}(b, a) = 1 − I_x(a, b) is the smaller is
/// computed directly, so that it keeps its relative precision even when tiny (1e-20 is not lost as
/// 1 − 0.999…), and both are returned. It comes from the series
/// x^a·(1 − x)^b ÷ (a·B(a, b)) × Σₙ (a + b)ₙ ÷ (a + 1)ₙ · xⁿ, positive terms that lose nothing to
/// cancellation, on the smaller argument when (a + b) times it is at most 400 (the terms then stay
/// within e⁴⁰⁰ and the series short); otherwise from the continued fraction (Numerical Recipes'
/// `betacf`, by the modified Lentz method), below the point (a + 1) ÷ (a + b + 2) where it
/// converges fast. Near x = 1 the fraction's first steps cancel, about a·ε relative: at a = 5·10⁵
/// it is off by 1e-11, which is why ``StudentT`` uses its own expansion for many degrees of freedom.
enum IncompleteBeta {
    /// I_x(a, b) and 1 − I_x(a, b).
    ///
    /// `x` and `y` = 1 − x are both given, so that a caller who knows 1 − x more precisely than
    /// the subtraction would give (x = ν/(ν + t²) and 1 − x = t²/(ν + t²)) does not lose it.
    ///
    /// - Precondition: a > 0, b > 0, 0 ≤ x ≤ 1 and x + y = 1.
    static func regularized(x: Double, y: Double, a: Double, b: Double) -> (value: Double, complement: Double) {
        precondition(a > 0 && b > 0 && x >= 0 && y >= 0, "IncompleteBeta: arguments out of range")
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        // The series on the smaller argument, when it is short and gives the smaller of the two.
        if x <= y, x * (a + b) <= 400 {
            let value = prefactor(x: x, y: y, a: a, b: b) * series(x: x, a: a, b: b)
            if value <= 0.5 { return (value, 1 - value) }
        } else if y < x, y * (a + b) <= 400 {
            let complement = prefactor(x: y, y: x, a: b, b: a) * series(x: y, a: b, b: a)
            if complement <= 0.5 { return (1 - complement, complement) }
        }
        // The continued fraction converges fast below (a + 1) / (a + b + 2); above, its mirror does.
        if x < (a + 1) / (a + b + 2) {
            let value = prefactor(x: x, y: y, a: a, b: b) * continuedFraction(x: x, a: a, b: b)
            return (value, 1 - value)
        }
        let complement = prefactor(x: y, y: x, a: b, b: a) * continuedFraction(x: y, a: b, b: a)
        return (1 - complement, complement)
    }

    /// x^a·y^b ÷ (a·B(a, b)), the factor before both the series and the continued fraction.
    ///
    /// The power whose base is at most ½ comes from `pow`, within an ulp however large its
    /// logarithm (y^½ at y = 1e-30 through exp(½·log y) would be off by 4e-15); the other, whose
    /// base is near 1, from log1p of the small one, so that a large exponent does not magnify the
    /// rounding of 1 − x (at a = 5·10⁵, by 1e-11).
    private static func prefactor(x: Double, y: Double, a: Double, b: Double) -> Double {
        let powers = x <= 0.5 ? pow(x, a) * exp(b * log1p(-x) - logBeta(a, b)) : exp(a * log1p(-y) - logBeta(a, b)) * pow(y, b)
        return powers / a
    }

    /// Σₙ (a + b)ₙ ÷ (a + 1)ₙ · xⁿ, for x ≤ ½: its terms rise while (a + b + n)·x > a + 1 + n, then
    /// fall at least as fast as a geometric series of ratio about x, and it stops when a term no
    /// longer changes the sum.
    private static func series(x: Double, a: Double, b: Double) -> Double {
        var term = 1.0, sum = 1.0, n = 0.0
        while true {
            let ratio = (a + b + n) / (a + 1 + n) * x
            term *= ratio
            sum += term
            n += 1
            if ratio < 1, term <= sum * Double.ulpOfOne / 4 { return sum }
        }
    }

    /// The continued fraction of I_x(a, b) (Numerical Recipes, 3rd edition, §6.4), by the modified
    /// Lentz method; it needs O(√max(a, b)) terms where it is used (x below (a + 1) / (a + b + 2)),
    /// and stops when a step no longer changes it.
    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        let sum = a + b, above = a + 1, below = a - 1
        var c = 1.0, d = 1 - sum * x / above
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        /// One step of the recurrence; returns the factor it multiplied the fraction by.
        func step(_ numerator: Double) -> Double {
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            return d * c
        }
        let terms = 200 + Int(20 * max(a, b).squareRoot())
        for m in 1...terms {
            let m = Double(m), twice = 2 * m
            _ = step(m * (b - m) * x / ((below + twice) * (a + twice)))
            let last = step(-(a + m) * (sum + m) * x / ((a + twice) * (above + twice)))
            if abs(last - 1) <= Double.ulpOfOne { break }
        }
        return fraction
    }

    /// log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b).
    ///
    /// With the larger argument 10 or more, log Γ(a + b) − log Γ(a) (a the larger) is taken from
    /// Stirling's series as one difference, not as two large logarithms that nearly cancel: for
    /// B(500 000, ½) the plain sum would lose six digits.
    ///
    /// - Precondition: a > 0 and b > 0.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let large = max(a, b), small = min(a, b)
        guard large >= 10 else { return lgamma(a) + lgamma(b) - lgamma(a + b) }
        // log Γ(z) = (z − ½)·log z − z + ½·log 2π + σ(z): the ½·log 2π cancel, and
        // (z + s − ½)·log(z + s) − (z − ½)·log z = (z − ½)·log1p(s / z) + s·log(z + s).
        let difference = (large - 0.5) * log1p(small / large) + small * log(large + small) - small
            + stirlingCorrection(large + small) - stirlingCorrection(large)
        return lgamma(small) - difference
    }

    /// σ(z) = log Γ(z) − ((z − ½)·log z − z + ½·log 2π), from Stirling's series: B₂ₖ ÷ (2k(2k − 1)·z²ᵏ⁻¹)
    /// for k = 1…7, within 3e-17 for z ≥ 10.
    private static func stirlingCorrection(_ z: Double) -> Double {
        let coefficients: [Double] = [1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156]
        let inverseSquare = 1 / (z * z)
        return coefficients.reversed().reduce(0) { $0 * inverseSquare + $1 } / z
    }
}
