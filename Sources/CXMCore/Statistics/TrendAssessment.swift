import Foundation

/// The baseline of a trend series: the periods its centre line and the spread of one answer come from.
public struct TrendBaseline: Sendable, Hashable, Codable {
    /// The baseline periods, indexes into the series (the periods just before the recent window).
    public var periods: Range<Int>
    /// How many of them have enough answers to be charted.
    public var usablePeriods: Int
    /// The answers in all baseline periods.
    public var n: Int
    /// The pooled value, the chart's centre line, in the measure's units.
    public var value: Double
    /// The standard deviation of one answer in the measure's units (trinomial, binomial or pooled
    /// within-period).
    public var standardDeviation: Double

    /// Creates a baseline.
    public init(periods: Range<Int>, usablePeriods: Int, n: Int, value: Double, standardDeviation: Double) {
        self.periods = periods
        self.usablePeriods = usablePeriods
        self.n = n
        self.value = value
        self.standardDeviation = standardDeviation
    }
}

/// The assessment of one trend series: its chart, its baseline and its change, or why it cannot be assessed.
public struct TrendAssessment: Sendable, Hashable, Codable {
    /// What the series measures.
    public var measure: TrendMeasure
    /// One point per period, in input order; empty when the input or the options are invalid.
    public var points: [TrendPoint]
    /// The recent window, whose signals count; nil when the options are invalid.
    public var recentPeriods: Range<Int>?
    /// The baseline; nil when there is none usable.
    public var baseline: TrendBaseline?
    /// The current level against the baseline; present exactly when the series is assessable.
    public var change: TrendChange?
    /// The p-value for false-discovery control across series; present exactly when the series is assessable.
    ///
    /// Unlike `change.pValue`, whose comparison starts where the data say the change starts (and is
    /// therefore too small for noise that happened to look like a change), it tests comparisons fixed in
    /// advance: the pooled recent window, and each suffix of it starting at a period with enough answers,
    /// against the baseline, Bonferroni-corrected for their number.
    public var screeningPValue: Double?
    /// Why the series is not assessable; nil when it is.
    public var problem: TrendProblem?

    /// Creates an assessment.
    public init(
        measure: TrendMeasure, points: [TrendPoint], recentPeriods: Range<Int>?, baseline: TrendBaseline?,
        change: TrendChange?, screeningPValue: Double?, problem: TrendProblem?
    ) {
        self.measure = measure
        self.points = points
        self.recentPeriods = recentPeriods
        self.baseline = baseline
        self.change = change
        self.screeningPValue = screeningPValue
        self.problem = problem
    }

    /// Whether the series could be assessed, so that it has a p-value.
    public var isAssessable: Bool { change != nil }

    /// Whether a detector signalled in the recent window.
    public var isSignalled: Bool { !(change?.detectors.isEmpty ?? true) }
}
