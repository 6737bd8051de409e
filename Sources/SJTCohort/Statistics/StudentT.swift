/// The Student t distribution's two-sided 95% critical value, for confidence intervals of a mean.
enum StudentT {
    /// t such that P(|T| ≤ t) = 0.95 with `degrees` degrees of freedom.
    ///
    /// Exact to three decimals from the standard table up to 30 degrees of freedom; beyond, the
    /// Cornish–Fisher expansion around the normal 1.959964, within 1e-4 of the exact value.
    static func critical95(degrees: Int) -> Double? {
        guard degrees >= 1 else { return nil }
        let table: [Double] = [
            12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
            2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
        ]
        if degrees <= table.count { return table[degrees - 1] }
        let z = 1.959964, n = Double(degrees)
        let z3 = z * z * z, z5 = z3 * z * z
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
    }
}
