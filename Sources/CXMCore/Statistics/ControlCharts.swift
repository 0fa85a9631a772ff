import Foundation

/// Statistical process control charts that tell a real shift in a KPI from ordinary period-to-period noise.
public enum ControlCharts {
    /// One period of a p-chart: the observed share and its three-sigma limits.
    public struct PChartPoint: Sendable, Hashable, Codable {
        /// The period's share, count / size.
        public var proportion: Double
        /// The lower control limit, floored at 0.
        public var lower: Double
        /// The upper control limit, capped at 1.
        public var upper: Double
        /// Whether the share lies outside the limits.
        public var outOfControl: Bool

        /// Creates a point.
        public init(proportion: Double, lower: Double, upper: Double, outOfControl: Bool) {
            self.proportion = proportion
            self.lower = lower
            self.upper = upper
            self.outOfControl = outOfControl
        }
    }

    /// A Shewhart p-chart with limits p̄ ± 3·√(p̄(1 − p̄)/nᵢ) per period of size nᵢ.
    ///
    /// Returns nil when the lists differ in length or are empty, a size is not positive, or a count is
    /// outside 0...size.
    public static func pChart(counts: [Int], sizes: [Int]) -> (centerLine: Double, points: [PChartPoint])? {
        guard !counts.isEmpty, counts.count == sizes.count,
            zip(counts, sizes).allSatisfy({ count, size in size > 0 && (0...size).contains(count) })
        else { return nil }
        let centerLine = Double(counts.reduce(0, +)) / Double(sizes.reduce(0, +))
        let points = zip(counts, sizes).map { count, size in
            let proportion = Double(count) / Double(size)
            let width = 3 * (centerLine * (1 - centerLine) / Double(size)).squareRoot()
            let lower = Swift.max(0, centerLine - width)
            let upper = Swift.min(1, centerLine + width)
            return PChartPoint(
                proportion: proportion, lower: lower, upper: upper,
                outOfControl: proportion < lower || proportion > upper)
        }
        return (centerLine, points)
    }

    /// One period of an EWMA chart: the smoothed value and its limits.
    public struct EWMAPoint: Sendable, Hashable, Codable {
        /// The exponentially weighted moving average after this period.
        public var value: Double
        /// The lower control limit.
        public var lower: Double
        /// The upper control limit.
        public var upper: Double
        /// Whether the smoothed value lies outside the limits.
        public var outOfControl: Bool

        /// Creates a point.
        public init(value: Double, lower: Double, upper: Double, outOfControl: Bool) {
            self.value = value
            self.lower = lower
            self.upper = upper
            self.outOfControl = outOfControl
        }
    }

    /// An EWMA chart, which catches small sustained drifts a Shewhart chart misses.
    ///
    /// zₜ = λ·xₜ + (1 − λ)·zₜ₋₁ starting from z₀ = target, with time-varying limits
    /// target ± L·σ·√(λ/(2 − λ)·(1 − (1 − λ)^(2t))). Returns no points when λ is outside (0, 1] or σ is
    /// negative or not finite.
    public static func ewma(
        _ values: [Double], target: Double, sigma: Double, lambda: Double = 0.2, limitWidth: Double = 3
    ) -> [EWMAPoint] {
        guard lambda > 0, lambda <= 1, sigma >= 0, sigma.isFinite else { return [] }
        var smoothed = target
        var decay = 1.0
        return values.map { value in
            smoothed = lambda * value + (1 - lambda) * smoothed
            decay *= (1 - lambda) * (1 - lambda)
            let width = limitWidth * sigma * (lambda / (2 - lambda) * (1 - decay)).squareRoot()
            let lower = target - width
            let upper = target + width
            return EWMAPoint(value: smoothed, lower: lower, upper: upper, outOfControl: smoothed < lower || smoothed > upper)
        }
    }
}
