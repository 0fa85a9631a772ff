import Foundation

/// A series charted against its baseline: the points to plot, and the standardized values of the periods
/// the EWMA and CUSUM watched with their results.
struct TrendDetection: Sendable {
    /// One point per period.
    var points: [TrendPoint]
    /// The standardized values of the periods with enough answers, from the first baseline period on.
    var z: [Double]
    /// The period of each standardized value.
    var periods: [Int]
    /// The answers of each standardized value's period.
    var sizes: [Int]
    /// The EWMA of `z`.
    var ewma: [ControlCharts.EWMAPoint]
    /// The CUSUM of `z`.
    var cusum: [ControlCharts.CUSUMPoint]

    /// Charts the samples against the baseline with the detector's limits.
    init(_ samples: [PeriodSample], measure: TrendMeasure, baseline: TrendBaseline, detector: TrendDetector) {
        let center = baseline.value
        let bounds = measure.bounds ?? -Double.infinity...Double.infinity
        points = []
        points.reserveCapacity(samples.count)
        z = []
        periods = []
        sizes = []
        let watched = samples.count - baseline.periods.lowerBound
        z.reserveCapacity(watched)
        periods.reserveCapacity(watched)
        sizes.reserveCapacity(watched)
        for (period, sample) in samples.enumerated() {
            let isTooFew = sample.n < detector.minimumPeriodN
            var point = TrendPoint(n: sample.n, value: measure.value(of: sample), center: center, isTooFew: isTooFew)
            if let value = point.value {
                let standardError = baseline.standardDeviation / Double(sample.n).squareRoot()
                let width = detector.shewhartLimit * standardError
                point.lower = Swift.min(Swift.max(center - width, bounds.lowerBound), bounds.upperBound)
                point.upper = Swift.min(Swift.max(center + width, bounds.lowerBound), bounds.upperBound)
                if !isTooFew {
                    let standardized = (value - center) / standardError
                    point.z = standardized
                    if abs(standardized) > detector.shewhartLimit { point.signals = [.shewhart] }
                    if period >= baseline.periods.lowerBound {
                        z.append(standardized)
                        periods.append(period)
                        sizes.append(sample.n)
                    }
                }
            }
            points.append(point)
        }
        // Standardized values have target 0 and σ 1 whatever each period's size: the usual EWMA for varying n.
        ewma = ControlCharts.ewma(z, target: 0, sigma: 1, lambda: detector.ewmaLambda, limitWidth: detector.ewmaLimit)
        cusum = ControlCharts.cusum(z, slack: detector.cusumSlack, threshold: detector.cusumThreshold)
        for (index, period) in periods.enumerated() {
            points[period].ewma = ewma[index].value
            points[period].ewmaLower = ewma[index].lower
            points[period].ewmaUpper = ewma[index].upper
            points[period].cusumUp = cusum[index].up
            points[period].cusumDown = cusum[index].down
            if ewma[index].outOfControl { points[period].signals.append(.ewma) }
            if cusum[index].outOfControl { points[period].signals.append(.cusum) }
        }
    }

    /// What the detectors said in the recent window.
    struct Signals: Sendable {
        /// The detectors that signalled, in the order shewhart, ewma, cusum.
        var detectors: [TrendSignal] = []
        /// The first period in the window that any detector flagged.
        var firstPeriod: Int?
        /// The index into `z` of the last value in the window that the CUSUM flagged.
        var lastCUSUM: Int?
    }

    /// What the detectors said about the periods in the window.
    func signals(in window: Range<Int>) -> Signals {
        var fired = Set<TrendSignal>()
        var result = Signals()
        // Only standardized periods can signal, and every one in the window is in `z`.
        for index in periods.indices where window.contains(periods[index]) {
            let flags = points[periods[index]].signals
            guard !flags.isEmpty else { continue }
            fired.formUnion(flags)
            result.firstPeriod = result.firstPeriod ?? periods[index]
            if flags.contains(.cusum) { result.lastCUSUM = index }
        }
        result.detectors = TrendSignal.allCases.filter(fired.contains)
        return result
    }
}
