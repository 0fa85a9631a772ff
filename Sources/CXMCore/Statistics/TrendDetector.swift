import Foundation

/// Finds real changes in one trend series, such as a touchpoint × unit or a theme over weekly periods, with
/// control charts that respect each period's sample size.
///
/// The baseline is the periods just before the recent window; it fixes the centre line and the spread σ of
/// one answer. Each period with enough answers is standardized, zₜ = (valueₜ − centre) / (σ / √nₜ), so that
/// periods of any size share one scale, and watched by three detectors: Shewhart (|zₜ| > L), EWMA and CUSUM.
/// The EWMA and CUSUM start at the first baseline period, where the centre line is estimated; older periods
/// are plotted against the same centre line but feed neither. Only signals in the recent window count; the
/// change is then measured from its estimated start, and every assessable series also gets a screening
/// p-value for `AlertScreening`.
public struct TrendDetector: Sendable, Hashable {
    /// Periods with fewer answers are plotted but never signal, and the EWMA and CUSUM skip them.
    public var minimumPeriodN: Int
    /// The most periods the baseline takes, counted back from the recent window.
    public var baselinePeriods: Int
    /// The fewest baseline periods with at least `minimumPeriodN` answers for the series to be assessable.
    public var minimumBaselinePeriods: Int
    /// The fewest answers the baseline periods must hold together.
    public var minimumBaselineN: Int
    /// The number of last periods whose signals count: a signal older than that is history, not news.
    public var recentPeriods: Int
    /// The Shewhart limit L, in standard errors.
    public var shewhartLimit: Double
    /// The EWMA's weight λ of the newest period, in (0, 1].
    public var ewmaLambda: Double
    /// The EWMA's limit L, in standard deviations of the smoothed value.
    public var ewmaLimit: Double
    /// The CUSUM's slack k in standard errors: about half the shift it should find fastest.
    public var cusumSlack: Double
    /// The CUSUM's decision interval h in standard errors.
    public var cusumThreshold: Double
    /// Whether the start of a change found by the CUSUM is placed at the likeliest step inside its run,
    /// rather than at the run's start.
    ///
    /// The run starts where the CUSUM last was 0, which noise before a change often places a few periods too
    /// early (more than two periods early about one time in five, even for large shifts). The likeliest step
    /// maximizes (Σ √nᵢ·zᵢ)² / Σ nᵢ from the candidate start to the end, between the run's start and the
    /// CUSUM's last signal; the run's own start is kept in `TrendChange.cusumRunStart`.
    public var refinesChangeStart: Bool
    /// The confidence level of the change's interval.
    public var confidence: Confidence

    /// Creates a detector; the defaults suit weekly series of a touchpoint in one unit.
    public init(
        minimumPeriodN: Int = 20, baselinePeriods: Int = 26, minimumBaselinePeriods: Int = 8,
        minimumBaselineN: Int = 200, recentPeriods: Int = 8, shewhartLimit: Double = 3, ewmaLambda: Double = 0.2,
        ewmaLimit: Double = 3, cusumSlack: Double = 0.5, cusumThreshold: Double = 5, refinesChangeStart: Bool = true,
        confidence: Confidence = .standard
    ) {
        self.minimumPeriodN = minimumPeriodN
        self.baselinePeriods = baselinePeriods
        self.minimumBaselinePeriods = minimumBaselinePeriods
        self.minimumBaselineN = minimumBaselineN
        self.recentPeriods = recentPeriods
        self.shewhartLimit = shewhartLimit
        self.ewmaLambda = ewmaLambda
        self.ewmaLimit = ewmaLimit
        self.cusumSlack = cusumSlack
        self.cusumThreshold = cusumThreshold
        self.refinesChangeStart = refinesChangeStart
        self.confidence = confidence
    }

    /// The name of the first option outside its range; nil when every option is usable.
    var invalidOption: String? {
        let positive = { (value: Double) in value > 0 && value.isFinite }
        let checks: [(String, Bool)] = [
            ("minimumPeriodN", minimumPeriodN >= 1), ("baselinePeriods", baselinePeriods >= 1),
            ("minimumBaselinePeriods", (1...Swift.max(1, baselinePeriods)).contains(minimumBaselinePeriods)),
            ("minimumBaselineN", minimumBaselineN >= 0), ("recentPeriods", recentPeriods >= 1),
            ("shewhartLimit", positive(shewhartLimit)), ("ewmaLambda", ewmaLambda > 0 && ewmaLambda <= 1),
            ("ewmaLimit", positive(ewmaLimit)), ("cusumSlack", cusumSlack >= 0 && cusumSlack.isFinite),
            ("cusumThreshold", positive(cusumThreshold)), ("confidence", confidence.z.isFinite),
        ]
        return checks.first { !$0.1 }?.0
    }

    /// Assesses one series of periods in time order (one sample per period; a gap is a sample with n = 0).
    ///
    /// Never fails: impossible input, a short or thin baseline and a baseline without variation come back as
    /// the assessment's `problem`, with the points that can still be plotted.
    public func assess(_ samples: [PeriodSample], measure: TrendMeasure) -> TrendAssessment {
        if let name = invalidOption {
            return TrendAssessment(
                measure: measure, points: [], recentPeriods: nil, baseline: nil, change: nil,
                screeningPValue: nil, problem: .invalidOption(name: name))
        }
        let recent = Swift.max(0, samples.count - recentPeriods)..<samples.count
        if let period = samples.firstIndex(where: { !$0.isConsistent(for: measure) }) {
            return TrendAssessment(
                measure: measure, points: [], recentPeriods: recent, baseline: nil, change: nil,
                screeningPValue: nil, problem: .invalidSample(period: period))
        }
        let baselineRange = Swift.max(0, recent.lowerBound - baselinePeriods)..<recent.lowerBound
        let pool = TrendPool(samples[baselineRange])
        let usable = samples[baselineRange].count { $0.n >= minimumPeriodN }
        var problem: TrendProblem?
        if usable < minimumBaselinePeriods {
            problem = .tooFewBaselinePeriods(usable: usable, needed: minimumBaselinePeriods, minimumN: minimumPeriodN)
        } else if pool.n < minimumBaselineN {
            problem = .tooFewBaselineAnswers(n: pool.n, needed: minimumBaselineN)
        }
        guard problem == nil, let center = pool.value(measure), let deviation = pool.standardDeviation(measure),
            // A spread at rounding level (a constant mean of non-representable values) is no spread.
            deviation * deviation > 1e-12 * Swift.max(1, center * center)
        else {
            return TrendAssessment(
                measure: measure, points: plainPoints(samples, measure: measure), recentPeriods: recent,
                baseline: nil, change: nil, screeningPValue: nil, problem: problem ?? .noVariationInBaseline)
        }
        let baseline = TrendBaseline(
            periods: baselineRange, usablePeriods: usable, n: pool.n, value: center, standardDeviation: deviation)
        let chart = TrendDetection(samples, measure: measure, baseline: baseline, detector: self)
        let signals = chart.signals(in: recent)
        let located = changeStart(chart, signals: signals, recent: recent)
        guard let screening = screeningPValue(samples, measure: measure, baseline: pool, recent: recent),
            let comparison = compare(
                samples, measure: measure, start: located.start, baseline: baselineRange, recent: recent)
        else {
            let currentN = TrendPool(samples[recent]).n
            return TrendAssessment(
                measure: measure, points: chart.points, recentPeriods: recent, baseline: baseline, change: nil,
                screeningPValue: nil, problem: .tooFewRecentAnswers(n: currentN, needed: measure.minimumComparisonN))
        }
        let change = TrendChange(
            start: comparison.start, cusumRunStart: located.cusumRunStart, baselinePeriods: comparison.baseline,
            baselineValue: comparison.baselineValue, currentValue: comparison.currentValue,
            difference: comparison.test.difference, interval: comparison.interval, confidenceLevel: confidence.level,
            statistic: comparison.test.statistic, pValue: comparison.test.pValue,
            direction: comparison.test.difference < 0 ? .down : .up, baselineN: comparison.baselineN,
            currentN: comparison.currentN, detectors: signals.detectors)
        return TrendAssessment(
            measure: measure, points: chart.points, recentPeriods: recent, baseline: baseline, change: change,
            screeningPValue: screening, problem: nil)
    }

    /// Points with only their answers and values, for a series without a usable baseline.
    private func plainPoints(_ samples: [PeriodSample], measure: TrendMeasure) -> [TrendPoint] {
        samples.map { TrendPoint(n: $0.n, value: measure.value(of: $0), isTooFew: $0.n < minimumPeriodN) }
    }
}
