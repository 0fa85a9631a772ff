import Foundation

extension Distributions {
    /// The Student t cumulative distribution function; non-integer degrees of freedom are allowed.
    ///
    /// Returns NaN when the degrees of freedom are not positive; infinite degrees of freedom give Φ(t).
    public static func studentTCDF(_ t: Double, degreesOfFreedom df: Double) -> Double {
        guard !t.isNaN, df > 0 else { return .nan }
        if df == .infinity { return normalCDF(t) }
        let tail = studentTUpperTail(abs(t), degreesOfFreedom: df)
        return t < 0 ? tail : 1 - tail
    }

    /// P(T > t) for t ≥ 0, through the regularized incomplete beta function.
    static func studentTUpperTail(_ t: Double, degreesOfFreedom df: Double) -> Double {
        if df == .infinity { return 0.5 * erfc(t / 2.0.squareRoot()) }
        if df >= 10_000 { return hillUpperTail(t, degreesOfFreedom: df) }
        let t2 = t * t
        guard t2.isFinite else {
            // Beyond t ≈ 1e154 the tail is K·ν^((ν − 1)/2)·t^(−ν) to far better than double precision.
            if t == .infinity { return 0 }
            return exp(logDensityScale(df) + (df - 1) / 2 * log(df) - df * log(t))
        }
        // x = ν / (ν + t²) and its complement, each computed directly to keep precision at both ends.
        let x = df / (df + t2)
        let y = t2 / (df + t2)
        return 0.5 * IncompleteBeta.regularized(a: df / 2, b: 0.5, x: x, complement: y)
    }

    /// P(T > t) for many degrees of freedom by Hill's asymptotic normalisation (CACM algorithm 395),
    /// accurate to about 1e-13 where the continued fraction would need thousands of steps.
    private static func hillUpperTail(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let a = df - 0.5
        let b = 48 * a * a
        let y = a * log1p(t * t / df)
        guard y.isFinite else { return 0 }
        let z = (((((-0.4 * y - 3.3) * y - 24) * y - 85.5) / (0.8 * y * y + 100 + b) + y + 3) / b + 1) * y.squareRoot()
        return 0.5 * erfc(z / 2.0.squareRoot())
    }

    /// The density of Student's t distribution.
    static func studentTDensity(_ t: Double, degreesOfFreedom df: Double) -> Double {
        let t2 = t * t
        let logKernel = t2.isFinite ? log1p(t2 / df) : 2 * log(abs(t)) - log(df)
        return exp(logDensityScale(df) - (df + 1) / 2 * logKernel)
    }

    /// log of the density's constant Γ((ν + 1)/2) / (√(νπ)·Γ(ν/2)).
    private static func logDensityScale(_ df: Double) -> Double {
        lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
    }

    /// The Student t quantile: the t with `studentTCDF(t) == p`, to a relative 1e-14 or better.
    ///
    /// Returns ∓∞ at 0 and 1 and NaN for p outside [0, 1] or non-positive degrees of freedom.
    public static func studentTQuantile(_ p: Double, degreesOfFreedom df: Double) -> Double {
        guard p >= 0, p <= 1, df > 0 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if df == .infinity { return normalQuantile(p) }
        if p == 0.5 { return 0 }
        let t = upperTailQuantile(Swift.min(p, 1 - p), degreesOfFreedom: df)
        return p < 0.5 ? -t : t
    }

    /// The t ≥ 0 with P(T > t) = q, for q in (0, 0.5], by safeguarded Newton steps in a shrinking bracket.
    private static func upperTailQuantile(_ q: Double, degreesOfFreedom df: Double) -> Double {
        let tail = { (t: Double) in studentTUpperTail(t, degreesOfFreedom: df) }
        // Bracket the root: the tail falls from 0.5 at t = 0 towards 0.
        var low = 0.0
        var high = Swift.max(1, -normalQuantile(q))
        while tail(high) > q {
            // A quantile beyond the largest double (tiny p, fractional df) is infinite.
            guard high < .greatestFiniteMagnitude / 4 else { return .infinity }
            low = high
            high *= 4
        }
        var t = Swift.min(Swift.max(-normalQuantile(q), low), high)
        for _ in 0..<500 {
            let excess = tail(t) - q
            if excess == 0 { return t }
            if excess > 0 { low = t } else { high = t }
            // Newton on the tail, whose derivative is minus the density.
            var next = t + excess / studentTDensity(t, degreesOfFreedom: df)
            if !(next > low && next < high) {
                // Bisect, geometrically when the bracket spans orders of magnitude (heavy tails, small df).
                next = low > 0 && high > 4 * low ? (low * high).squareRoot() : (low + high) / 2
            }
            if abs(next - t) <= 1e-15 * Swift.max(1, abs(t)) || high - low <= 1e-15 * high {
                return next
            }
            t = next
        }
        return t
    }
}
