import Foundation

/// Student's t distribution with ν degrees of freedom, for the confidence interval of a mean: its
/// tail probabilities and quantiles, to double precision (within 1e-14 relative of a 110-digit
/// computation over ν from 1 to 10⁶ and probabilities from 1e-30 to 1 − 1e-15: `StudentTTests`).
///
/// A three-decimal table of critical values moved `sjt compare`'s interval bounds by up to 0.01 in
/// small groups, where they matter most; computed, they match an independent computation to rounding.
///
/// The tail is P(|T| > t) = I_x(ν/2, ½) with x = ν/(ν + t²), the regularised incomplete beta
/// function (``IncompleteBeta``), or for ν ≥ 40 an expansion that keeps its precision where that
/// would lose it. The quantile solves P(|T| > t) = τ by Newton's method on log t, kept inside a
/// bracket that is proved to hold the root; any ν > 0 works, whole or not.
struct StudentT: Sendable {
    /// ν, above 0.
    let degrees: Double
    /// log B(ν/2, ½), which every density and tail needs.
    private let logBeta: Double

    /// The distribution with `degrees` degrees of freedom; `nil` unless above 0 and finite.
    init?(degrees: Double) {
        guard degrees > 0, degrees.isFinite else { return nil }
        self.degrees = degrees
        logBeta = IncompleteBeta.logBeta(degrees / 2, 0.5)
    }

    /// The two-sided 95% critical value, for a 95% confidence interval of a mean: t with
    /// P(|T| ≤ t) = 0.95, `nil` for fewer than one degree of freedom.
    static func critical95(degrees: Int) -> Double? {
        guard degrees >= 1 else { return nil }
        return StudentT(degrees: Double(degrees))?.quantile(0.975)
    }

    /// The density at `t`.
    func density(_ t: Double) -> Double {
        let v = degrees
        return exp(-(v + 1) / 2 * log1p(t * t / v) - 0.5 * log(v) - logBeta)
    }

    /// P(|T| ≤ t) and P(|T| > t), for t ≥ 0, each to its own relative precision (so a tail of
    /// 1e-20 is not lost as 1 − 0.999…).
    func central(_ t: Double) -> (inside: Double, outside: Double) {
        // x = ν/(ν + t²) and 1 − x = t²/(ν + t²), from r = t/√ν, without forming r² when it overflows.
        let r = abs(t) / degrees.squareRoot()
        if r > 1e150 {
            let beta = IncompleteBeta.regularized(x: 1 / r / r, y: 1, a: degrees / 2, b: 0.5)
            return (inside: beta.complement, outside: beta.value)
        }
        if degrees >= 40 {
            let λ = log1p(r * r)
            if λ <= 1 {
                let outside = tailForManyDegrees(λ: λ)
                if outside <= 0.5 { return (inside: 1 - outside, outside: outside) }
            }
        }
        let beta = IncompleteBeta.regularized(x: 1 / (1 + r * r), y: r * r / (1 + r * r), a: degrees / 2, b: 0.5)
        return (inside: beta.complement, outside: beta.value)
    }

    /// P(|T| > t) for ν ≥ 40 and λ = log(1 + t²/ν) ≤ 1, where the incomplete beta's continued
    /// fraction would lose up to ν·ε: the expansion behind DiDonato and Morris's BGRAT (ACM TOMS
    /// 18, 1992). With a = ν/2 and the substitution s = e^(−u),
    ///
    ///   P(|T| > t) = I_x(a, ½) = ∫_λ^∞ e^(−au)·(1 − e^(−u))^(−½) du ÷ B(a, ½)
    ///              = Σₖ cₖ·a^(−k−½)·Γ(k + ½, aλ) ÷ B(a, ½),
    ///
    /// where cₖ are the Taylor coefficients of √(u ÷ (1 − e^(−u))) (radius 2π) and Γ(s, z) is the upper
    /// incomplete gamma function. Each term is a factor of about λ ÷ 2π or k ÷ 2πa below the one
    /// before, so 26 terms leave under 1e-20. Γ(k + ½, z) comes from Γ(½, z) = √π·erfc(√z) upward
    /// by Γ(s + 1, z) = s·Γ(s, z) + z^s·e^(−z): positive terms only, so stable.
    private func tailForManyDegrees(λ: Double) -> Double {
        let a = degrees / 2, z = a * λ, logZ = log(z)
        var gamma = Double.pi.squareRoot() * erfc(z.squareRoot()), power = 1.0, sum = 0.0
        for (k, coefficient) in Self.expansion.enumerated() {
            sum += coefficient * power * gamma
            let s = Double(k) + 0.5
            gamma = s * gamma + exp(s * logZ - z)
            power /= a
        }
        return exp(-logBeta - 0.5 * log(a)) * sum
    }

    /// c₀…c₂₅, the Taylor coefficients of √(u ÷ (1 − e^(−u))) at 0: 1, 1/4, 1/96, −1/384, …, from
    /// mpmath (`mp.taylor(lambda u: mp.sqrt(u / -mp.expm1(-u)), 0, 25)`, 50 digits).
    private static let expansion: [Double] = [
        1.0, 2.5e-1, 1.0416666666666667e-2, -2.6041666666666667e-3,
        -9.765625e-5, 5.1540798611111111e-5, 1.2756024718915344e-6, -1.110097087880291e-6,
        -1.9670584004181823e-8, 2.4836319884715677e-8, 3.3966619960386745e-10, -5.6900718339421876e-10,
        -6.3372301556671302e-12, 1.3251315155878904e-11, 1.2468358960996803e-13, -3.1229993780631888e-13,
        -2.546988626356897e-15, 7.4267023509181585e-15, 5.3488858900327366e-17, -1.778579261088922e-16,
        -1.1473989542270476e-18, 4.2834766547261281e-18, 2.5030337435180244e-20, -1.0363862910759544e-19,
        -5.5354983791784775e-22, 2.517185267159961e-21,
    ]

    /// P(T ≤ t).
    func cumulative(_ t: Double) -> Double {
        let outside = central(t).outside / 2
        return t < 0 ? outside : 1 - outside
    }

    /// The quantile: t with P(T ≤ t) = `probability`, for a probability strictly between 0 and 1
    /// (`nil` otherwise). Infinite only where the true value is beyond the largest double (ν below
    /// 1 and a probability within about 1e-300 of 0 or 1).
    func quantile(_ probability: Double) -> Double? {
        guard probability > 0, probability < 1 else { return nil }
        // The tail beyond |t| on both sides, τ = 2·min(p, 1 − p): exact in floating point, as is 1 − τ
        // wherever τ ≥ ½, so the equation solved loses nothing near p = ½ or near 0 and 1.
        let tail = 2 * (probability < 0.5 ? probability : 1 - probability)
        guard tail < 1 else { return 0 }
        let magnitude = solve(outside: tail)
        return probability < 0.5 ? -magnitude : magnitude
    }

    /// The t ≥ 0 with P(|T| > t) = `tail`, 0 < tail < 1.
    ///
    /// The root lies between two bounds that follow from the density f: f is at most f(0), so
    /// P(|T| ≤ t) ≤ 2t·f(0) and the root is at least (1 − τ) ÷ 2f(0); f is below
    /// (t²/ν)^(−(ν+1)/2) ÷ (√ν·B(ν/2, ½)), whose two tails add up to 2ν^((ν−2)/2) ÷ B(ν/2, ½) × t^(−ν),
    /// so the root is at most the t where that equals τ. Each bound is widened by a millionth, so
    /// that rounding cannot put the root outside. Newton's method on log t (quadratic near the
    /// root, and as steady far out, where the tail is nearly a power of t) takes each step that
    /// stays inside the bracket, and halves the bracket, on log t, where a step would leave it.
    private func solve(outside tail: Double) -> Double {
        let v = degrees, widening = 1e-6
        let largest = log(Double.greatestFiniteMagnitude)
        var low = exp(log((1 - tail) / 2) + 0.5 * log(v) + logBeta - widening)
        let highBound = (log(2.0) + (v - 2) / 2 * log(v) - logBeta - log(tail)) / v + widening
        var high = exp(min(highBound, largest))
        // The tail beyond t less τ, on the side of τ = ½ that keeps its relative precision.
        func excess(_ t: Double) -> Double {
            let probabilities = central(t)
            return tail <= 0.5 ? probabilities.outside - tail : (1 - tail) - probabilities.inside
        }
        if highBound > largest, excess(high) > 0 { return .infinity }
        var t = tail < 0.5 ? high : low
        for _ in 0..<200 {
            let residual = excess(t)
            if residual == 0 { break }
            // The tail falls as t grows: a tail still too large means the root is further out.
            if residual > 0 { low = t } else { high = t }
            let newton = t * exp(residual / (2 * t * density(t)))
            let next = newton > low && newton < high ? newton : exp((log(low) + log(high)) / 2)
            let converged = abs(next - t) <= 2 * next.ulp || high - low <= 2 * high.ulp
            t = next
            if converged { break }
        }
        return t
    }
}
