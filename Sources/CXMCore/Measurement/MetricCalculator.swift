/// Computes a metric's figure from tallies and tests two figures against each other. Everything
/// here is arithmetic over counts and sums, so rollups, raw rows and fixtures give the same numbers.
public struct MetricCalculator: Sendable {
    public var metric: Metric
    public var options: MetricOptions
    /// The scale of the rating question, for its distribution and top box.
    public var scale: ClosedRange<Int>?

    public init(metric: Metric, options: MetricOptions = .init(), scale: ClosedRange<Int>? = nil) {
        self.metric = metric
        self.options = options
        self.scale = scale
    }

    var confidence: Confidence { Confidence(level: options.confidence) }

    /// The figure, or nil when nobody answered.
    public func figure(_ tallies: [ScoreKind: ScoreTally]) -> MetricFigure? {
        switch metric {
        case .nps: nps(tallies[.nps] ?? .empty)
        case .csat: csat(tallies[.csat] ?? .empty)
        case .ces: meanFigure(tallies[.ces] ?? .empty, scale: 1...7, share: 5...7)
        case .rating:
            meanFigure(
                tallies[.rating] ?? .empty, scale: scale ?? 1...5, share: (scale?.upperBound).map { $0...$0 })
        case .nki: nki(tallies)
        }
    }

    private func nps(_ tally: ScoreTally) -> MetricFigure? {
        let counts = tally.npsCounts
        guard let value = counts.score, let adjusted = NPSStatistics.adjustedWald(counts, confidence: confidence)
        else { return nil }
        var needed: Int?
        if let margin = options.targetMargin {
            needed = NPSStatistics.sampleSize(
                promoterShare: Double(counts.promoters) / Double(counts.n),
                detractorShare: Double(counts.detractors) / Double(counts.n), marginPoints: margin,
                confidence: confidence)
        }
        return MetricFigure(
            value: value, n: counts.n, skipped: tally.skipped, interval: adjusted.interval.clamped(to: -100...100),
            margin: adjusted.interval.margin, lowSample: counts.n < options.lowSample, neededForMargin: needed,
            details: MetricDetails(
                promoters: counts.promoters, passives: counts.passives, detractors: counts.detractors,
                mean: tally.meanSummary.mean, distribution: distribution(tally, 0...10)))
    }

    private func csat(_ tally: ScoreTally) -> MetricFigure? {
        guard tally.answered > 0 else { return nil }
        let satisfied = tally.count(in: 4...5)
        guard let wilson = ProportionStatistics.wilson(successes: satisfied, n: tally.answered, confidence: confidence)
        else { return nil }
        let share = Double(satisfied) / Double(tally.answered)
        let percent = Interval(low: wilson.low * 100, high: wilson.high * 100)
        return MetricFigure(
            value: share * 100, n: tally.answered, skipped: tally.skipped, interval: percent, margin: percent.margin,
            lowSample: tally.answered < options.lowSample,
            neededForMargin: options.targetMargin.map {
                ProportionStatistics.sampleSize(expectedShare: share, margin: $0 / 100, confidence: confidence)
            },
            details: MetricDetails(
                mean: tally.meanSummary.mean, meanInterval: MeanStatistics.tInterval(tally.meanSummary, confidence: confidence),
                share: share * 100, shareInterval: percent, distribution: distribution(tally, 1...5)))
    }

    private func meanFigure(_ tally: ScoreTally, scale: ClosedRange<Int>, share: ClosedRange<Int>?) -> MetricFigure? {
        guard tally.answered > 0 else { return nil }
        let summary = tally.meanSummary
        let interval = MeanStatistics.tInterval(summary, confidence: confidence)
        var details = MetricDetails(mean: summary.mean, meanInterval: interval, distribution: distribution(tally, scale))
        if let share, share.upperBound < ScoreTally.distributionSlots {
            let hits = tally.count(in: share)
            details.share = Double(hits) / Double(tally.answered) * 100
            details.shareInterval = ProportionStatistics.wilson(successes: hits, n: tally.answered, confidence: confidence)
                .map { Interval(low: $0.low * 100, high: $0.high * 100) }
        }
        return MetricFigure(
            value: summary.mean, n: tally.answered, skipped: tally.skipped, interval: interval, margin: interval?.margin,
            lowSample: tally.answered < options.lowSample,
            neededForMargin: options.targetMargin.flatMap { margin in
                summary.n < 2
                    ? nil
                    : MeanStatistics.sampleSize(
                        standardDeviation: summary.variance.squareRoot(), margin: margin, confidence: confidence)
            },
            details: details)
    }

    /// The index per respondent (answers to all three items) on 0–100, with items shown beside it.
    private func nki(_ tallies: [ScoreKind: ScoreTally]) -> MetricFigure? {
        let index = Self.nkiIndexSummary(tallies[.nkiIndex] ?? .empty)
        guard index.n > 0 else { return nil }
        let interval = MeanStatistics.tInterval(index, confidence: confidence)
        let items = zip(NKIItem.allCases, ScoreKind.nkiItems).compactMap { item, kind -> NKIItemScore? in
            guard let tally = tallies[kind], tally.answered > 0 else { return nil }
            return NKIItemScore(
                item: item, score: NKIStatistics.itemScore(mean: tally.meanSummary.mean), n: tally.answered)
        }
        return MetricFigure(
            value: index.mean, n: index.n, skipped: tallies[.nkiIndex]?.skipped ?? 0, interval: interval,
            margin: interval?.margin, lowSample: index.n < options.lowSample,
            neededForMargin: options.targetMargin.flatMap { margin in
                index.n < 2
                    ? nil
                    : MeanStatistics.sampleSize(
                        standardDeviation: index.variance.squareRoot(), margin: margin, confidence: confidence)
            },
            details: MetricDetails(items: items))
    }

    /// The equal-weight index of respondents from the tally of their item sums (3–30): a linear
    /// map, so mean and variance carry over exactly.
    static func nkiIndexSummary(_ tally: ScoreTally) -> MeanSummary {
        let sums = tally.meanSummary
        let scale = 100.0 / 27
        return MeanSummary(n: sums.n, mean: (sums.mean - 3) * scale, variance: sums.variance * scale * scale)
    }

    private func distribution(_ tally: ScoreTally, _ scale: ClosedRange<Int>) -> [ScoreCount] {
        guard scale.lowerBound >= 0, scale.upperBound < ScoreTally.distributionSlots else { return [] }
        return scale.map { ScoreCount(score: $0, count: tally.counts[$0]) }
    }

    /// Tests a group's tallies against a baseline's; nil when the test is undefined (too few answers).
    public func test(
        _ current: [ScoreKind: ScoreTally], against baseline: [ScoreKind: ScoreTally]
    ) -> (
        TestResult, String
    )? {
        switch metric {
        case .nps:
            let a = (current[.nps] ?? .empty).npsCounts
            let b = (baseline[.nps] ?? .empty).npsCounts
            return NPSStatistics.differenceTest(a, b).map { ($0, "nps-z") }
        case .csat:
            let a = current[.csat] ?? .empty
            let b = baseline[.csat] ?? .empty
            return ProportionStatistics.twoProportionTest(
                successesA: a.count(in: 4...5), nA: a.answered, successesB: b.count(in: 4...5), nB: b.answered
            ).map { ($0, "two-proportion-z") }
        case .ces, .rating:
            let kind: ScoreKind = metric == .ces ? .ces : .rating
            let a = (current[kind] ?? .empty).meanSummary
            let b = (baseline[kind] ?? .empty).meanSummary
            return MeanStatistics.welchTest(a, b).map { ($0, "welch-t") }
        case .nki:
            let a = Self.nkiIndexSummary(current[.nkiIndex] ?? .empty)
            let b = Self.nkiIndexSummary(baseline[.nkiIndex] ?? .empty)
            return MeanStatistics.welchTest(a, b).map { ($0, "welch-t") }
        }
    }
}
