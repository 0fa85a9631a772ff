import Foundation

/// The regularized incomplete beta function, which gives the Student t distribution its tails.
enum IncompleteBeta {
    /// I_x(a, b) for a, b > 0, given x and its complement 1 − x (passed separately to keep precision).
    ///
    /// Uses the continued fraction of Numerical Recipes §6.4, evaluated by the modified Lentz method,
    /// on whichever side of the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) converges faster.
    static func regularized(a: Double, b: Double, x: Double, complement y: Double) -> Double {
        guard a > 0, b > 0, !x.isNaN, !y.isNaN else { return .nan }
        if x <= 0 { return 0 }
        if y <= 0 { return 1 }
        // The logarithm of the smaller of x and 1 − x goes through log1p, where a large a or b would
        // otherwise multiply the rounding of a value close to 1.
        let logX = x > 0.5 ? log1p(-y) : log(x)
        let logY = y > 0.5 ? log1p(-x) : log(y)
        let logFront = a * logX + b * logY - logBeta(a, b)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(a: a, b: b, x: x) / a
        }
        return 1 - exp(logFront) * continuedFraction(a: b, b: a, x: y) / b
    }

    /// log B(a, b), keeping its precision when one argument is large (Student t with many degrees of freedom).
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let (small, large) = a < b ? (a, b) : (b, a)
        guard large >= 10 else { return lgamma(a) + lgamma(b) - lgamma(a + b) }
        // log Γ(large + small) − log Γ(large) from Stirling's formula, so the two huge terms never meet.
        let ratio =
            (large - 0.5) * log1p(small / large) + small * log(large + small) - small
            + stirlingCorrection(large + small) - stirlingCorrection(large)
        return lgamma(small) - ratio
    }

    /// log Γ(x) minus Stirling's approximation (x − ½)·log x − x + ½·log 2π, for x ≥ 10.
    private static func stirlingCorrection(_ x: Double) -> Double {
        let inverse = 1 / x
        let square = inverse * inverse
        let series = 1.0 / 12 - square * (1.0 / 360 - square * (1.0 / 1260 - square * (1.0 / 1680 - square / 1188)))
        return series * inverse
    }

    /// The continued fraction for I_x(a, b), converging quickly for x < (a + 1) / (a + b + 2).
    private static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        let maximumIterations = 100_000
        let guarded = { (value: Double) in abs(value) < tiny ? tiny : value }
        var c = 1.0
        var d = 1 / guarded(1 - (a + b) * x / (a + 1))
        var h = d
        for step in 1...maximumIterations {
            let m = Double(step)
            // Even step of the fraction.
            var coefficient = m * (b - m) * x / ((a - 1 + 2 * m) * (a + 2 * m))
            d = 1 / guarded(1 + coefficient * d)
            c = guarded(1 + coefficient / c)
            h *= d * c
            // Odd step of the fraction.
            coefficient = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 1 + 2 * m))
            d = 1 / guarded(1 + coefficient * d)
            c = guarded(1 + coefficient / c)
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= 2 * Double.ulpOfOne { break }
        }
        return h
    }
}
