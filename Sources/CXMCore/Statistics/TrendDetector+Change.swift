import Foundation

extension TrendDetector {
    /// The current level of a series against its baseline, before it becomes a `TrendChange`.
    struct Comparison: Sendable {
        var start: Int
        var baseline: Range<Int>
        var baselineValue: Double
        var currentValue: Double
        var baselineN: Int
        var currentN: Int
        var test: TestResult
        var interval: Interval
    }

    /// Where the current level starts: at the likeliest step inside the signalling CUSUM run (or the run's
    /// start), else at the first signal in the recent window, else at the window's start.
    func changeStart(
        _ chart: TrendDetection, signals: TrendDetection.Signals, recent: Range<Int>
    ) -> (start: Int, cusumRunStart: Int?) {
        guard let last = signals.lastCUSUM else { return (signals.firstPeriod ?? recent.lowerBound, nil) }
        let point = chart.cusum[last]
        let upward = point.signalsUp && (!point.signalsDown || point.up >= point.down)
        // A side that signals is above h > 0, so its run has a start.
        guard let run = upward ? point.upRunStart : point.downRunStart else { return (chart.periods[last], nil) }
        let runStart = chart.periods[run]
        guard refinesChangeStart else { return (runStart, runStart) }
        // Up to the last signal, not the first crossing of h: noise may cross h just before a real change.
        let step = likeliestStep(chart, candidates: run...last, sign: upward ? 1 : -1)
        return (chart.periods[step], runStart)
    }

    /// The index into the chart's values where a step from the centre line to a new level that lasts to the
    /// end is likeliest: the maximum of (Σ √nᵢ·zᵢ)² / Σ nᵢ over i ≥ the candidate, with the sum in the
    /// signal's direction. Each √nᵢ·zᵢ is nᵢ·(valueᵢ − centre) / σ, so larger periods weigh more, as they should.
    private func likeliestStep(_ chart: TrendDetection, candidates: ClosedRange<Int>, sign: Double) -> Int {
        var best = candidates.upperBound
        var bestScore = -Double.infinity
        var weighted = 0.0
        var answers = 0.0
        for index in stride(from: chart.z.count - 1, through: candidates.lowerBound, by: -1) {
            let n = Double(chart.sizes[index])
            weighted += sign * n.squareRoot() * chart.z[index]
            answers += n
            // Walking backwards, `>=` keeps the earliest of equally likely starts.
            if index <= candidates.upperBound, weighted > 0, weighted * weighted / answers >= bestScore {
                bestScore = weighted * weighted / answers
                best = index
            }
        }
        return best
    }

    /// The periods from `start` to the end against the baseline periods before `start`; when that cannot be
    /// tested (no baseline answers left before the start, or no variation), the recent window against the
    /// whole baseline. Nil when even that has too few answers.
    func compare(
        _ samples: [PeriodSample], measure: TrendMeasure, start: Int, baseline: Range<Int>, recent: Range<Int>
    ) -> Comparison? {
        let before = baseline.lowerBound..<Swift.max(baseline.lowerBound, Swift.min(start, baseline.upperBound))
        if let comparison = compare(samples, measure: measure, current: start..<samples.count, baseline: before) {
            return comparison
        }
        guard start != recent.lowerBound || before != baseline else { return nil }
        return compare(samples, measure: measure, current: recent, baseline: baseline)
    }

    /// The pooled current periods against the pooled baseline periods with the measure's test.
    private func compare(
        _ samples: [PeriodSample], measure: TrendMeasure, current: Range<Int>, baseline: Range<Int>
    ) -> Comparison? {
        let currentPool = TrendPool(samples[current])
        let baselinePool = TrendPool(samples[baseline])
        guard let currentValue = currentPool.value(measure), let baselineValue = baselinePool.value(measure),
            let test = currentPool.tested(against: baselinePool, measure: measure)
        else { return nil }
        return Comparison(
            start: current.lowerBound, baseline: baseline, baselineValue: baselineValue, currentValue: currentValue,
            baselineN: baselinePool.n, currentN: currentPool.n, test: test.result, interval: test.interval(confidence))
    }
}

extension TrendDetector {
    /// A p-value of "the series has left its baseline lately" that stays valid whatever the detectors did,
    /// for false-discovery control; nil when no candidate has enough answers to test.
    ///
    /// The candidates are the recent window from its start, and from each later period with enough answers,
    /// to the end; each is tested against the whole baseline and the smallest p-value is multiplied by the
    /// number of candidates (Bonferroni), so that a sudden drop in the last period and a shift over the
    /// whole window both count, without the data choosing the comparison.
    func screeningPValue(
        _ samples: [PeriodSample], measure: TrendMeasure, baseline: TrendPool, recent: Range<Int>
    ) -> Double? {
        var current = TrendPool()
        var candidates = 0
        var smallest: Double?
        for period in recent.reversed() {
            current.add(samples[period])
            guard period == recent.lowerBound || samples[period].n >= minimumPeriodN else { continue }
            candidates += 1
            guard let test = current.tested(against: baseline, measure: measure) else { continue }
            smallest = Swift.min(smallest ?? 1, test.result.pValue)
        }
        return smallest.map { Swift.min(1, Double(candidates) * $0) }
    }
}
