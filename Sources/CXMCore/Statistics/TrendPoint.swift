import Foundation

/// A rule of a control chart that can flag a period.
public enum TrendSignal: String, Sendable, Hashable, Codable, CaseIterable {
    /// A Shewhart chart: the period alone lies more than L standard errors from the centre line.
    case shewhart
    /// An EWMA chart: the smoothed standardized values left their limits (small sustained drifts).
    case ewma
    /// A tabular CUSUM: the accumulated deviations passed the decision interval (small persistent shifts).
    case cusum
}

/// One period of an assessed trend series, ready to plot.
///
/// Values, centre and limits are in the measure's units (NPS points, percent, or the answers' scale); the
/// EWMA and the CUSUM run on standardized values, so they are in standard errors. A detail that does not
/// exist for the period (no answers, too few answers, no baseline, before the detectors start) is nil.
public struct TrendPoint: Sendable, Hashable, Codable {
    /// The answers in the period.
    public var n: Int
    /// The period's value; nil without answers.
    public var value: Double?
    /// The baseline's value, the chart's centre line; nil when there is no usable baseline.
    public var center: Double?
    /// The lower Shewhart limit, centre − L · σ / √n, clamped to the measure's range.
    public var lower: Double?
    /// The upper Shewhart limit, centre + L · σ / √n, clamped to the measure's range.
    public var upper: Double?
    /// Whether the period has fewer answers than the minimum: plotted, but it never signals and the
    /// EWMA and CUSUM skip it.
    public var isTooFew: Bool
    /// The standardized value (value − centre) / (σ / √n), for periods with enough answers.
    public var z: Double?
    /// The EWMA of the standardized values after this period.
    public var ewma: Double?
    /// The EWMA's lower limit.
    public var ewmaLower: Double?
    /// The EWMA's upper limit.
    public var ewmaUpper: Double?
    /// The CUSUM of upward deviations, C⁺; the decision interval is the detector's h.
    public var cusumUp: Double?
    /// The CUSUM of downward deviations, C⁻, as a positive number.
    public var cusumDown: Double?
    /// The detectors that flag this period, in the order shewhart, ewma, cusum.
    public var signals: [TrendSignal]

    /// Creates a point.
    public init(
        n: Int, value: Double?, center: Double? = nil, lower: Double? = nil, upper: Double? = nil, isTooFew: Bool,
        z: Double? = nil, ewma: Double? = nil, ewmaLower: Double? = nil, ewmaUpper: Double? = nil,
        cusumUp: Double? = nil, cusumDown: Double? = nil, signals: [TrendSignal] = []
    ) {
        self.n = n
        self.value = value
        self.center = center
        self.lower = lower
        self.upper = upper
        self.isTooFew = isTooFew
        self.z = z
        self.ewma = ewma
        self.ewmaLower = ewmaLower
        self.ewmaUpper = ewmaUpper
        self.cusumUp = cusumUp
        self.cusumDown = cusumDown
        self.signals = signals
    }
}
