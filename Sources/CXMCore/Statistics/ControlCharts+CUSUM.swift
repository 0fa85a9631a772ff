import Foundation

extension ControlCharts {
    /// One period of a two-sided tabular CUSUM, in standard deviations of the monitored value.
    public struct CUSUMPoint: Sendable, Hashable, Codable {
        /// C⁺: the accumulated excess of the standardized values over the slack k.
        public var up: Double
        /// C⁻: the accumulated shortfall below −k, as a positive number.
        public var down: Double
        /// The first period of the run in which C⁺ has stayed above 0 (the last period where it was 0, + 1);
        /// nil while C⁺ is 0.
        public var upRunStart: Int?
        /// The first period of the run in which C⁻ has stayed above 0; nil while C⁻ is 0.
        public var downRunStart: Int?
        /// Whether C⁺ exceeds the decision interval h.
        public var signalsUp: Bool
        /// Whether C⁻ exceeds the decision interval h.
        public var signalsDown: Bool

        /// Creates a point.
        public init(up: Double, down: Double, upRunStart: Int?, downRunStart: Int?, signalsUp: Bool, signalsDown: Bool) {
            self.up = up
            self.down = down
            self.upRunStart = upRunStart
            self.downRunStart = downRunStart
            self.signalsUp = signalsUp
            self.signalsDown = signalsDown
        }

        /// Whether either side signals.
        public var outOfControl: Bool { signalsUp || signalsDown }
    }

    /// A tabular two-sided CUSUM, which accumulates small persistent shifts that single periods hide.
    ///
    /// With zₜ = (xₜ − target) / σ: C⁺ₜ = max(0, C⁺ₜ₋₁ + zₜ − k) and C⁻ₜ = max(0, C⁻ₜ₋₁ − zₜ − k) from
    /// C₀ = 0; a side signals while it exceeds h. The sums are not reset after a signal, so a run's start
    /// keeps saying since when the shift has been accumulating. A value that is not finite leaves both sums
    /// as they were (a period without a usable value). Returns no points when σ is not positive, k is
    /// negative, h is not positive, or any of them or the target is not finite.
    public static func cusum(
        _ values: [Double], target: Double = 0, sigma: Double = 1, slack: Double = 0.5, threshold: Double = 5
    ) -> [CUSUMPoint] {
        guard target.isFinite, sigma > 0, sigma.isFinite, slack >= 0, slack.isFinite, threshold > 0,
            threshold.isFinite
        else { return [] }
        var up = 0.0
        var down = 0.0
        var upRunStart: Int?
        var downRunStart: Int?
        var points: [CUSUMPoint] = []
        points.reserveCapacity(values.count)
        for (index, value) in values.enumerated() {
            if value.isFinite {
                let z = (value - target) / sigma
                up = Swift.max(0, up + z - slack)
                down = Swift.max(0, down - z - slack)
                upRunStart = up > 0 ? upRunStart ?? index : nil
                downRunStart = down > 0 ? downRunStart ?? index : nil
            }
            points.append(
                CUSUMPoint(
                    up: up, down: down, upRunStart: upRunStart, downRunStart: downRunStart,
                    signalsUp: up > threshold, signalsDown: down > threshold))
        }
        return points
    }
}
