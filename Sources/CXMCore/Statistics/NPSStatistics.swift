import Foundation

/// Standard errors, intervals, tests and sample sizes for the Net Promoter Score, all in points.
///
/// An answer scores +1 (promoter), 0 (passive) or −1 (detractor); NPS is 100 times their mean, so the
/// per-answer variance is p + d − (p − d)² for promoter share p and detractor share d.
public enum NPSStatistics {
    /// The per-answer variance of the ±1 score, in share units.
    static func variance(promoterShare p: Double, detractorShare d: Double) -> Double {
        Swift.max(0, p + d - (p - d) * (p - d))
    }

    /// The per-answer variance for a pair of shares.
    private static func variance(_ shares: (promoters: Double, detractors: Double)) -> Double {
        variance(promoterShare: shares.promoters, detractorShare: shares.detractors)
    }

    /// The Wald standard error of the score in points; nil without answers.
    public static func waldStandardError(_ counts: NPSCounts) -> Double? {
        guard let shares = counts.shares else { return nil }
        return 100 * (variance(shares) / Double(counts.n)).squareRoot()
    }

    /// The Wald interval, score ± z · SE, in points; nil without answers.
    ///
    /// It collapses to a point when every answer falls in one group; prefer `adjustedWald` for small samples.
    public static func waldInterval(_ counts: NPSCounts, confidence: Confidence = .standard) -> Interval? {
        guard let score = counts.score, let standardError = waldStandardError(counts) else { return nil }
        let margin = confidence.z * standardError
        return Interval(low: score - margin, high: score + margin)
    }

    /// The adjusted-Wald centre and interval in points: n + 3, promoters + ¾, detractors + ¾.
    ///
    /// The interval is not clamped and may pass ±100 for tiny samples; use `Interval.clamped(to:)` for display.
    /// Returns nil without answers.
    public static func adjustedWald(
        _ counts: NPSCounts, confidence: Confidence = .standard
    ) -> (center: Double, interval: Interval)? {
        guard counts.shares != nil else { return nil }
        let n = Double(counts.n) + 3
        let p = (Double(counts.promoters) + 0.75) / n
        let d = (Double(counts.detractors) + 0.75) / n
        let center = 100 * (p - d)
        let margin = confidence.z * 100 * (variance(promoterShare: p, detractorShare: d) / n).squareRoot()
        return (center, Interval(low: center - margin, high: center + margin))
    }

    /// The z test of two independent scores on their Wald variances, with a two-sided normal p-value.
    ///
    /// The difference is a − b in points. Returns nil when either sample is empty or both variances are zero.
    public static func differenceTest(_ a: NPSCounts, _ b: NPSCounts) -> TestResult? {
        guard let sharesA = a.shares, let sharesB = b.shares else { return nil }
        let combined = variance(sharesA) / Double(a.n) + variance(sharesB) / Double(b.n)
        guard combined > 0 else { return nil }
        let difference = (sharesA.promoters - sharesA.detractors) - (sharesB.promoters - sharesB.detractors)
        let z = difference / combined.squareRoot()
        return TestResult(difference: 100 * difference, statistic: z, pValue: Distributions.normalTwoSidedPValue(z))
    }

    /// The Wald standard error of a − b in points, from each sample's own variance; nil when either is
    /// empty. Unlike the test, it exists when the difference is zero, so that an interval can be shown.
    public static func differenceStandardError(_ a: NPSCounts, _ b: NPSCounts) -> Double? {
        guard let sharesA = a.shares, let sharesB = b.shares else { return nil }
        return 100 * (variance(sharesA) / Double(a.n) + variance(sharesB) / Double(b.n)).squareRoot()
    }

    /// Answers per group for a two-sided test at the confidence level, with 80 % power, to detect a difference of
    /// `differencePoints` between `groups` independent samples (2 for a plain difference, 4 for a difference of two
    /// differences), from the pooled per-answer variance of `samples`; nil for no difference or no answers.
    public static func answersToDetect(
        differencePoints: Double, samples: [NPSCounts], groups: Int = 2, confidence: Confidence = .standard
    ) -> Int? {
        let difference = Swift.abs(differencePoints) / 100
        guard difference > 0 else { return nil }
        let pooled = samples.reduce(NPSCounts(promoters: 0, passives: 0, detractors: 0)) {
            NPSCounts(
                promoters: $0.promoters + $1.promoters, passives: $0.passives + $1.passives,
                detractors: $0.detractors + $1.detractors)
        }
        guard let shares = pooled.shares else { return nil }
        let perAnswer = variance(shares)
        let power = 0.841_621_233_572_914_3  // z for 80 % power
        return Int((Double(groups) * perAnswer * pow(confidence.z + power, 2) / (difference * difference)).rounded(.up))
    }

    /// The number of answers for a Wald margin of `marginPoints` given the expected shares, rounded up.
    ///
    /// Returns 0 when the shares are not a valid split or the margin is not positive.
    public static func sampleSize(
        promoterShare: Double, detractorShare: Double, marginPoints: Double, confidence: Confidence = .standard
    ) -> Int {
        guard (0...1).contains(promoterShare), (0...1).contains(detractorShare),
            promoterShare + detractorShare <= 1 + 1e-12
        else { return 0 }
        let perAnswer = variance(promoterShare: promoterShare, detractorShare: detractorShare)
        return confidence.sampleSize(variance: perAnswer, margin: marginPoints / 100)
    }
}
