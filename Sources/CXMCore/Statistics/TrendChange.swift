import Foundation

/// Which way a series moved.
public enum TrendDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case up, down
}

/// A series' current level against its baseline: what changed, since when, by how much and how surely.
///
/// When a detector signalled in the recent window, the current periods run from the estimated start of the
/// change to the end and the baseline is the baseline periods before that start. Otherwise the recent window
/// is compared with the whole baseline, so that every assessable series has a p-value for screening.
public struct TrendChange: Sendable, Hashable, Codable {
    /// The first period of the current level (an index into the series): "since when".
    public var start: Int
    /// Where the signalling CUSUM run started, when the CUSUM signalled; `start` may refine it.
    public var cusumRunStart: Int?
    /// The periods pooled as the baseline of the comparison.
    public var baselinePeriods: Range<Int>
    /// The pooled baseline value in the measure's units.
    public var baselineValue: Double
    /// The pooled value from `start` to the end.
    public var currentValue: Double
    /// Current − baseline, in the measure's units (NPS points, percentage points, scale points).
    public var difference: Double
    /// The confidence interval of the difference.
    public var interval: Interval
    /// The confidence level of `interval`, such as 0.95.
    public var confidenceLevel: Double
    /// The test statistic (z, or Welch's t for a mean).
    public var statistic: Double
    /// The nominal two-sided p-value of the difference.
    ///
    /// When the start came from the detectors, the data chose the comparison, so this is smaller than a
    /// p-value fixed in advance; decide with `TrendAssessment.screeningPValue` (as `AlertScreening` does).
    public var pValue: Double
    /// The sign of the difference; a difference of exactly 0 (p = 1) counts as up.
    public var direction: TrendDirection
    /// The answers in the baseline periods.
    public var baselineN: Int
    /// The answers from `start` to the end.
    public var currentN: Int
    /// The detectors that signalled in the recent window, in the order shewhart, ewma, cusum; empty when the
    /// comparison is only the screening test of a quiet series.
    public var detectors: [TrendSignal]

    /// Creates a change.
    public init(
        start: Int, cusumRunStart: Int?, baselinePeriods: Range<Int>, baselineValue: Double, currentValue: Double,
        difference: Double, interval: Interval, confidenceLevel: Double, statistic: Double, pValue: Double,
        direction: TrendDirection, baselineN: Int, currentN: Int, detectors: [TrendSignal]
    ) {
        self.start = start
        self.cusumRunStart = cusumRunStart
        self.baselinePeriods = baselinePeriods
        self.baselineValue = baselineValue
        self.currentValue = currentValue
        self.difference = difference
        self.interval = interval
        self.confidenceLevel = confidenceLevel
        self.statistic = statistic
        self.pValue = pValue
        self.direction = direction
        self.baselineN = baselineN
        self.currentN = currentN
        self.detectors = detectors
    }
}
