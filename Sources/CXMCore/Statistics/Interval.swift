import Foundation

/// A two-sided interval, such as a confidence interval around a score.
public struct Interval: Sendable, Hashable, Codable {
    /// The lower bound.
    public var low: Double
    /// The upper bound.
    public var high: Double

    /// Creates an interval from its bounds.
    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// Half the width: the "plus or minus" of the interval.
    public var margin: Double { (high - low) / 2 }

    /// Whether the value lies within the bounds, both included.
    public func contains(_ value: Double) -> Bool { low <= value && value <= high }

    /// The interval with both bounds clamped into the range, e.g. `-100...100` for NPS points.
    ///
    /// Statistics return unclamped intervals so that the width stays honest; clamp only for display.
    public func clamped(to range: ClosedRange<Double>) -> Interval {
        Interval(
            low: Swift.min(Swift.max(low, range.lowerBound), range.upperBound),
            high: Swift.min(Swift.max(high, range.lowerBound), range.upperBound))
    }
}

/// The outcome of a two-sample significance test.
public struct TestResult: Sendable, Hashable, Codable {
    /// The first sample's estimate minus the second's, in the units of the estimate.
    public var difference: Double
    /// The test statistic (z or t).
    public var statistic: Double
    /// The two-sided p-value.
    public var pValue: Double

    /// Creates a test result.
    public init(difference: Double, statistic: Double, pValue: Double) {
        self.difference = difference
        self.statistic = statistic
        self.pValue = pValue
    }

    /// Whether the difference is significant at the confidence level (p below alpha).
    public func isSignificant(at confidence: Confidence = .standard) -> Bool { pValue < confidence.alpha }
}
