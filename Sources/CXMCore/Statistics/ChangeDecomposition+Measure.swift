import Foundation

extension ChangeDecomposition {
    /// The arithmetic of one metric over tallies, as `MetricCalculator` computes its figures: which answers
    /// count, the value, and the test and interval of a change between two tallies.
    struct Measure {
        let metric: Metric
        let confidence: Confidence

        /// Nil for NKI, whose index is no share-weighted sum of segment values.
        init?(metric: Metric, confidence: Confidence) {
            guard metric != .nki else { return nil }
            self.metric = metric
            self.confidence = confidence
        }

        /// The name of the test, as `MetricCalculator.test` reports it.
        var method: String {
            switch metric {
            case .nps: "nps-z"
            case .csat: "two-proportion-z"
            case .ces, .rating, .nki: "welch-t"
            }
        }

        /// The answers the value is computed over: for NPS only scores on the 0–10 scale, as `NPSCounts` has them.
        func answers(_ tally: ScoreTally) -> Int {
            metric == .nps ? tally.npsCounts.n : tally.answered
        }

        /// The value in the metric's unit; nil without answers.
        func value(_ tally: ScoreTally) -> Double? {
            switch metric {
            case .nps: return tally.npsCounts.score
            case .csat:
                guard tally.answered > 0 else { return nil }
                return 100 * Double(tally.count(in: Self.satisfied)) / Double(tally.answered)
            case .ces, .rating, .nki:
                guard tally.answered > 0 else { return nil }
                return tally.meanSummary.mean
            }
        }

        /// Whether the tally's numbers can come from real answers. Sums are compared in Double so that absurd
        /// counts are refused instead of overflowing.
        func isConsistent(_ tally: ScoreTally) -> Bool {
            guard tally.answered >= 0, tally.skipped >= 0, tally.counts.count == ScoreTally.distributionSlots,
                tally.counts.allSatisfy({ $0 >= 0 }),
                tally.counts.reduce(0.0, { $0 + Double($1) }) <= Double(tally.answered)
            else { return false }
            guard metric == .ces || metric == .rating else { return true }
            guard tally.answered > 0 else { return tally.sum == 0 && tally.sumOfSquares == 0 }
            // Cauchy–Schwarz: (Σx)² ≤ n·Σx², with equality when every score is the same.
            let sum = Double(tally.sum)
            return tally.sumOfSquares >= 0 && sum * sum <= Double(tally.answered) * Double(tally.sumOfSquares) * (1 + 1e-12)
        }

        /// The two-sided test of `after` against `before`, its difference in the metric's unit; nil when undefined.
        func test(after: ScoreTally, before: ScoreTally) -> TestResult? {
            switch metric {
            case .nps:
                return NPSStatistics.differenceTest(after.npsCounts, before.npsCounts)
            case .csat:
                guard
                    let result = ProportionStatistics.twoProportionTest(
                        successesA: after.count(in: Self.satisfied), nA: after.answered,
                        successesB: before.count(in: Self.satisfied), nB: before.answered)
                else { return nil }
                return TestResult(difference: 100 * result.difference, statistic: result.statistic, pValue: result.pValue)
            case .ces, .rating, .nki:
                return MeanStatistics.welchTest(after.meanSummary, before.meanSummary)
            }
        }

        /// How far the confidence interval of after − before reaches below and above the change; nil when
        /// undefined (an empty period, or no variance for NPS and means).
        ///
        /// NPS uses the Wald variances of `NPSStatistics.differenceTest`, means Welch's t. Shares use Newcombe's
        /// hybrid score interval built from the two Wilson intervals the figures show: unlike the Wald interval it
        /// keeps its coverage for shares near 100 %, where CSAT usually is, and is asymmetric there.
        func margins(after: ScoreTally, before: ScoreTally) -> (below: Double, above: Double)? {
            switch metric {
            case .nps:
                guard let a = after.npsCounts.shares, let b = before.npsCounts.shares else { return nil }
                let variance =
                    NPSStatistics.variance(promoterShare: a.promoters, detractorShare: a.detractors)
                    / Double(after.npsCounts.n)
                    + NPSStatistics.variance(promoterShare: b.promoters, detractorShare: b.detractors)
                    / Double(before.npsCounts.n)
                guard variance > 0 else { return nil }
                let margin = confidence.z * 100 * variance.squareRoot()
                return (margin, margin)
            case .csat:
                let successesA = after.count(in: Self.satisfied)
                let successesB = before.count(in: Self.satisfied)
                guard
                    let a = ProportionStatistics.wilson(successes: successesA, n: after.answered, confidence: confidence),
                    let b = ProportionStatistics.wilson(successes: successesB, n: before.answered, confidence: confidence)
                else { return nil }
                let shareA = Double(successesA) / Double(after.answered)
                let shareB = Double(successesB) / Double(before.answered)
                let below = ((shareA - a.low) * (shareA - a.low) + (b.high - shareB) * (b.high - shareB)).squareRoot()
                let above = ((a.high - shareA) * (a.high - shareA) + (shareB - b.low) * (shareB - b.low)).squareRoot()
                return (100 * below, 100 * above)
            case .ces, .rating, .nki:
                let a = after.meanSummary
                let b = before.meanSummary
                guard let degreesOfFreedom = MeanStatistics.welchDegreesOfFreedom(a, b) else { return nil }
                let standardError = (a.variance / Double(a.n) + b.variance / Double(b.n)).squareRoot()
                let margin = confidence.t(degreesOfFreedom: degreesOfFreedom) * standardError
                return (margin, margin)
            }
        }

        /// The CSAT answers that count as satisfied, as in `MetricCalculator`.
        static let satisfied = 4...5
    }
}
