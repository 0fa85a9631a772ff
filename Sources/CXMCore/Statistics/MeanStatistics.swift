import Foundation

/// Intervals, tests and sample sizes for the mean of a numeric answer (CES 1–7, CSAT 1–5, ratings 1–10).
public enum MeanStatistics {
    /// The Student t interval for the mean; nil when n < 2 or the summary is not finite.
    public static func tInterval(_ summary: MeanSummary, confidence: Confidence = .standard) -> Interval? {
        guard summary.n >= 2, summary.mean.isFinite, summary.variance.isFinite, summary.variance >= 0 else {
            return nil
        }
        let margin = confidence.t(degreesOfFreedom: Double(summary.n - 1)) * summary.standardError
        return Interval(low: summary.mean - margin, high: summary.mean + margin)
    }

    /// Welch's unequal-variance t test with Welch–Satterthwaite degrees of freedom and a two-sided p-value.
    ///
    /// The difference is mean A − mean B. Returns nil when a sample has fewer than two values or both
    /// variances are zero.
    public static func welchTest(_ a: MeanSummary, _ b: MeanSummary) -> TestResult? {
        guard a.mean.isFinite, b.mean.isFinite, let degreesOfFreedom = welchDegreesOfFreedom(a, b) else { return nil }
        let difference = a.mean - b.mean
        let t = difference / (a.variance / Double(a.n) + b.variance / Double(b.n)).squareRoot()
        let p = 2 * Distributions.studentTUpperTail(abs(t), degreesOfFreedom: degreesOfFreedom)
        return TestResult(difference: difference, statistic: t, pValue: Swift.min(1, p))
    }

    /// The Welch–Satterthwaite degrees of freedom of two samples; nil when undefined.
    public static func welchDegreesOfFreedom(_ a: MeanSummary, _ b: MeanSummary) -> Double? {
        guard a.n >= 2, b.n >= 2, a.variance >= 0, b.variance >= 0 else { return nil }
        let shareA = a.variance / Double(a.n)
        let shareB = b.variance / Double(b.n)
        let combined = shareA + shareB
        guard combined > 0, combined.isFinite else { return nil }
        return combined * combined / (shareA * shareA / Double(a.n - 1) + shareB * shareB / Double(b.n - 1))
    }

    /// The sample size for a normal-approximation margin around a mean with the expected standard deviation.
    ///
    /// Returns 0 when the standard deviation is negative or the margin is not positive.
    public static func sampleSize(standardDeviation: Double, margin: Double, confidence: Confidence = .standard) -> Int {
        guard standardDeviation >= 0 else { return 0 }
        return confidence.sampleSize(variance: standardDeviation * standardDeviation, margin: margin)
    }
}
