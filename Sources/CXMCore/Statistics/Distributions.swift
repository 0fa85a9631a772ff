import Foundation

/// Cumulative distribution and quantile functions of the standard normal and Student t distributions.
public enum Distributions {
    /// The standard normal cumulative distribution function Φ(x), accurate to about 1e-15.
    public static func normalCDF(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// The two-sided p-value of a standard normal statistic, 2 · (1 − Φ(|z|)) without cancellation.
    static func normalTwoSidedPValue(_ z: Double) -> Double {
        erfc(abs(z) / 2.0.squareRoot())
    }

    /// The standard normal quantile Φ⁻¹(p): −∞ at 0, +∞ at 1, NaN outside [0, 1].
    ///
    /// Acklam's rational approximation (relative error 1.15e-9) polished by Halley steps on `erfc`.
    public static func normalQuantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        // 1 − p is exact for p in [0.5, 1], so the upper half loses nothing by symmetry.
        return p > 0.5 ? -lowerNormalQuantile(1 - p) : lowerNormalQuantile(p)
    }

    /// Φ⁻¹(p) for p in (0, 0.5].
    private static func lowerNormalQuantile(_ p: Double) -> Double {
        var x = acklam(p)
        for _ in 0..<2 {
            let error = normalCDF(x) - p
            let u = error * (2 * Double.pi).squareRoot() * exp(x * x / 2)
            guard u.isFinite else { break }
            x -= u / (1 + x * u / 2)
        }
        return x
    }

    /// Acklam's approximation of Φ⁻¹(p) for p in (0, 0.5].
    private static func acklam(_ p: Double) -> Double {
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00,
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01,
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00,
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        if p < 0.02425 {
            let q = (-2 * log(p)).squareRoot()
            return horner(c, q) / (horner(d, q) * q + 1)
        }
        let q = p - 0.5
        let r = q * q
        return horner(a, r) * q / (horner(b, r) * r + 1)
    }

    /// Evaluates the polynomial with the coefficients, highest power first.
    private static func horner(_ coefficients: [Double], _ x: Double) -> Double {
        coefficients.reduce(0) { $0 * x + $1 }
    }
}
