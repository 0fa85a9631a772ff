import Foundation

extension ControlCharts {
    /// One period of an NPS chart: the score and its control limits, in points.
    public struct NPSChartPoint: Sendable, Hashable, Codable {
        /// The period's Net Promoter Score, 100 · (promoters − detractors) / n.
        public var score: Double
        /// The answers in the period.
        public var n: Int
        /// The lower control limit, floored at −100.
        public var lower: Double
        /// The upper control limit, capped at 100.
        public var upper: Double
        /// Whether the score lies outside the limits.
        public var outOfControl: Bool

        /// Creates a point.
        public init(score: Double, n: Int, lower: Double, upper: Double, outOfControl: Bool) {
            self.score = score
            self.n = n
            self.lower = lower
            self.upper = upper
            self.outOfControl = outOfControl
        }
    }

    /// An NPS control chart: the baseline's centre line, the spread of one answer and the periods' points.
    public struct NPSChart: Sendable, Hashable, Codable {
        /// The baseline's score in points, 100 · (p̄ − d̄).
        public var centerLine: Double
        /// The standard deviation of one answer's score in points, 100 · √(p̄ + d̄ − (p̄ − d̄)²).
        public var standardDeviation: Double
        /// One point per period, in input order.
        public var points: [NPSChartPoint]

        /// Creates a chart.
        public init(centerLine: Double, standardDeviation: Double, points: [NPSChartPoint]) {
            self.centerLine = centerLine
            self.standardDeviation = standardDeviation
            self.points = points
        }
    }

    /// A Shewhart chart of the Net Promoter Score that respects each period's sample size.
    ///
    /// An answer scores +1, 0 or −1, so its variance is the trinomial p̄ + d̄ − (p̄ − d̄)² with
    /// p̄ = ΣP / Σn and d̄ = ΣD / Σn over the baseline periods (all periods when `baseline` is nil). Each
    /// period's limits are centre ± L · 100 · σ / √nₜ, clamped to −100…100. Returns nil when the lists differ
    /// in length or are empty, a size is not positive, a count is negative, promoters and detractors together
    /// exceed the size, the baseline is empty or outside the lists, or L is negative or not finite.
    public static func npsChart(
        promoters: [Int], detractors: [Int], sizes: [Int], baseline: Range<Int>? = nil, limitWidth: Double = 3
    ) -> NPSChart? {
        let baseline = baseline ?? sizes.indices
        guard !sizes.isEmpty, promoters.count == sizes.count, detractors.count == sizes.count,
            !baseline.isEmpty, baseline.lowerBound >= 0, baseline.upperBound <= sizes.count,
            limitWidth >= 0, limitWidth.isFinite,
            sizes.indices.allSatisfy({
                sizes[$0] > 0 && promoters[$0] >= 0 && detractors[$0] >= 0
                    && promoters[$0] <= sizes[$0] - detractors[$0]
            })
        else { return nil }
        // Summed as doubles so that absurd counts cannot overflow.
        let answers = sizes[baseline].reduce(0.0) { $0 + Double($1) }
        let promoterShare = promoters[baseline].reduce(0.0) { $0 + Double($1) } / answers
        let detractorShare = detractors[baseline].reduce(0.0) { $0 + Double($1) } / answers
        let centerLine = 100 * (promoterShare - detractorShare)
        let deviation = 100 * NPSStatistics.variance(promoterShare: promoterShare, detractorShare: detractorShare).squareRoot()
        let points = sizes.indices.map { index in
            let n = sizes[index]
            let score = 100 * Double(promoters[index] - detractors[index]) / Double(n)
            let width = limitWidth * deviation / Double(n).squareRoot()
            let lower = Swift.max(-100, centerLine - width)
            let upper = Swift.min(100, centerLine + width)
            return NPSChartPoint(score: score, n: n, lower: lower, upper: upper, outOfControl: score < lower || score > upper)
        }
        return NPSChart(centerLine: centerLine, standardDeviation: deviation, points: points)
    }
}
