import Foundation

/// The confidence level of intervals and tests (default 95 %, z = 1.959963984540054).
public struct Confidence: Sendable, Hashable {
    /// The confidence level, strictly between 0 and 1.
    public var level: Double

    /// Creates a confidence level; values outside (0, 1) give a NaN `z`.
    public init(level: Double = 0.95) {
        self.level = level
    }

    /// The usual 95 % level.
    public static let standard = Confidence()

    /// The probability of a type I error, 1 − level.
    public var alpha: Double { 1 - level }

    /// The two-sided standard normal quantile: Φ⁻¹(1 − alpha / 2).
    public var z: Double {
        guard level > 0, level < 1 else { return .nan }
        // The lower tail keeps full precision for levels close to 1.
        return -Distributions.normalQuantile(alpha / 2)
    }

    /// The two-sided Student t quantile for the degrees of freedom.
    public func t(degreesOfFreedom: Double) -> Double {
        guard level > 0, level < 1 else { return .nan }
        return -Distributions.studentTQuantile(alpha / 2, degreesOfFreedom: degreesOfFreedom)
    }

    /// The sample size giving the margin for an estimate with the per-observation variance:
    /// z² · variance / margin², rounded up; 0 when the inputs make no sense.
    func sampleSize(variance: Double, margin: Double) -> Int {
        let z = self.z
        guard z.isFinite, variance.isFinite, variance >= 0, margin.isFinite, margin > 0 else { return 0 }
        let exact = z * z * variance / (margin * margin)
        // Shave a few ulps so that an exact integer computed with rounding error is not bumped up by one.
        let rounded = (exact * (1 - 1e-12)).rounded(.up)
        guard rounded < Double(Int.max) else { return Int.max }
        return Swift.max(1, Int(rounded))
    }
}
