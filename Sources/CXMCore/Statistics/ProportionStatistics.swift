import Foundation

/// Intervals, tests and sample sizes for a share of yes/no answers, in share units (0–1).
public enum ProportionStatistics {
    /// The Wilson score interval; nil when n is not positive or the successes are not within 0...n.
    ///
    /// Unlike the Wald interval it stays inside [0, 1] and keeps its coverage for small n and extreme shares.
    public static func wilson(successes: Int, n: Int, confidence: Confidence = .standard) -> Interval? {
        guard n > 0, (0...n).contains(successes) else { return nil }
        let z = confidence.z
        let z2 = z * z
        let count = Double(n)
        let x = Double(successes)
        let center = (x + z2 / 2) / (count + z2)
        let margin = z / (count + z2) * (x * (count - x) / count + z2 / 4).squareRoot()
        // The bounds are exactly 0 and 1 at the extremes; say so rather than trust the rounding.
        let low = successes == 0 ? 0 : Swift.max(0, center - margin)
        let high = successes == n ? 1 : Swift.min(1, center + margin)
        return Interval(low: low, high: high)
    }

    /// The two-proportion z test with the pooled variance under H0, and a two-sided normal p-value.
    ///
    /// The difference is share A − share B. Returns nil when a sample is empty, a count is out of range or
    /// the pooled share is 0 or 1 (no variance to test against).
    public static func twoProportionTest(successesA: Int, nA: Int, successesB: Int, nB: Int) -> TestResult? {
        guard nA > 0, nB > 0, (0...nA).contains(successesA), (0...nB).contains(successesB) else { return nil }
        let shareA = Double(successesA) / Double(nA)
        let shareB = Double(successesB) / Double(nB)
        let pooled = Double(successesA + successesB) / Double(nA + nB)
        let variance = pooled * (1 - pooled) * (1 / Double(nA) + 1 / Double(nB))
        guard variance > 0 else { return nil }
        let z = (shareA - shareB) / variance.squareRoot()
        return TestResult(difference: shareA - shareB, statistic: z, pValue: Distributions.normalTwoSidedPValue(z))
    }

    /// The sample size for a normal-approximation margin (in share units) around the expected share.
    ///
    /// Use 0.5 as the expected share when nothing is known (the largest size). Returns 0 for invalid input.
    public static func sampleSize(expectedShare: Double, margin: Double, confidence: Confidence = .standard) -> Int {
        guard (0...1).contains(expectedShare) else { return 0 }
        return confidence.sampleSize(variance: expectedShare * (1 - expectedShare), margin: margin)
    }
}
