import Foundation

/// The answers of several periods added together, with what each measure needs for a centre line, the
/// spread of one answer and a two-sample test.
struct TrendPool: Sendable {
    var n = 0
    var successes = 0
    var failures = 0
    var sum = 0.0
    var sumOfSquares = 0.0
    /// The squared deviations of the answers from their own period's mean, summed over the periods.
    var withinSquares = 0.0
    /// The degrees of freedom of `withinSquares`, Σ (nₜ − 1).
    var withinDegrees = 0

    /// Pools the samples (none by default).
    init(_ samples: ArraySlice<PeriodSample> = []) {
        for sample in samples { add(sample) }
    }

    /// Adds one period.
    mutating func add(_ sample: PeriodSample) {
        guard sample.n > 0 else { return }
        n += sample.n
        successes += sample.successes
        failures += sample.failures
        sum += sample.sum
        sumOfSquares += sample.sumOfSquares
        // One fused multiply-add keeps Σx² − (Σx)²/n from cancelling to a negative number.
        withinSquares += Swift.max(0, sample.sumOfSquares.addingProduct(-sample.sum, sample.sum / Double(sample.n)))
        withinDegrees += sample.n - 1
    }

    /// The pooled value in the measure's units; nil without answers.
    func value(_ measure: TrendMeasure) -> Double? {
        measure.value(of: PeriodSample(n: n, successes: successes, failures: failures, sum: sum))
    }

    /// The standard deviation of one answer in the measure's units; nil when it cannot be estimated.
    ///
    /// A mean uses the within-period variance, so that real shifts between periods do not widen the limits
    /// that are meant to find them; the shares follow from the pooled shares.
    func standardDeviation(_ measure: TrendMeasure) -> Double? {
        guard n > 0 else { return nil }
        guard measure == .mean else { return 100 * answerVariance(measure).squareRoot() }
        guard withinDegrees > 0 else { return nil }
        return (withinSquares / Double(withinDegrees)).squareRoot()
    }

    /// The NPS counts of the pool.
    private var npsCounts: NPSCounts {
        NPSCounts(promoters: successes, passives: n - successes - failures, detractors: failures)
    }

    /// The mean summary of the pool.
    private var meanSummary: MeanSummary { MeanSummary(n: n, sum: sum, sumOfSquares: sumOfSquares) }

    /// A two-sample test of the current periods against the baseline, with what its interval needs.
    struct TwoSampleTest: Sendable {
        /// The difference current − baseline in the measure's units, the statistic and the p-value.
        var result: TestResult
        /// The standard error of the difference without assuming equal levels (unpooled).
        var standardError: Double
        /// The degrees of freedom of the statistic; infinite for a z statistic.
        var degreesOfFreedom: Double

        /// The confidence interval of the difference.
        func interval(_ confidence: Confidence) -> Interval {
            let quantile = degreesOfFreedom.isFinite ? confidence.t(degreesOfFreedom: degreesOfFreedom) : confidence.z
            let margin = quantile * standardError
            return Interval(low: result.difference - margin, high: result.difference + margin)
        }
    }

    /// This pool (the current periods) tested against the baseline; nil when either side is too small or
    /// neither varies.
    ///
    /// NPS uses the Wald z test of `NPSStatistics.differenceTest`; a share the pooled two-proportion z test
    /// with an unpooled standard error for the interval; a mean Welch's t test.
    func tested(against baseline: TrendPool, measure: TrendMeasure) -> TwoSampleTest? {
        guard n >= measure.minimumComparisonN, baseline.n >= measure.minimumComparisonN else { return nil }
        switch measure {
        case .nps:
            guard let result = NPSStatistics.differenceTest(npsCounts, baseline.npsCounts) else { return nil }
            return TwoSampleTest(
                result: result, standardError: unpooledStandardError(against: baseline, measure: .nps),
                degreesOfFreedom: .infinity)
        case .share:
            guard
                let result = ProportionStatistics.twoProportionTest(
                    successesA: successes, nA: n, successesB: baseline.successes, nB: baseline.n)
            else { return nil }
            let points = TestResult(
                difference: 100 * result.difference, statistic: result.statistic, pValue: result.pValue)
            return TwoSampleTest(
                result: points, standardError: unpooledStandardError(against: baseline, measure: .share),
                degreesOfFreedom: .infinity)
        case .mean:
            let current = meanSummary
            let before = baseline.meanSummary
            guard let result = MeanStatistics.welchTest(current, before),
                let degreesOfFreedom = MeanStatistics.welchDegreesOfFreedom(current, before)
            else { return nil }
            let variance = current.standardError * current.standardError + before.standardError * before.standardError
            return TwoSampleTest(result: result, standardError: variance.squareRoot(), degreesOfFreedom: degreesOfFreedom)
        }
    }

    /// The standard error of the difference in points from each side's own variance (NPS, share).
    private func unpooledStandardError(against baseline: TrendPool, measure: TrendMeasure) -> Double {
        100 * (answerVariance(measure) / Double(n) + baseline.answerVariance(measure) / Double(baseline.n)).squareRoot()
    }

    /// The variance of one answer in share units (NPS: trinomial, share: binomial); 0 for a mean or no answers.
    private func answerVariance(_ measure: TrendMeasure) -> Double {
        guard n > 0 else { return 0 }
        let p = Double(successes) / Double(n)
        switch measure {
        case .nps: return NPSStatistics.variance(promoterShare: p, detractorShare: Double(failures) / Double(n))
        case .share: return Swift.max(0, p * (1 - p))
        case .mean: return 0
        }
    }
}
