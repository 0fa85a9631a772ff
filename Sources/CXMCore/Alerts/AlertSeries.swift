import Foundation

/// What an alert series measures.
public enum AlertMetric: String, Sendable, Codable, CaseIterable, Hashable {
    /// NPS points, watched on the NPS chart (trinomial variance).
    case nps
    /// The share of CSAT answers 4–5, watched on a p-chart.
    case csat
    /// The mean CES (1–7), and a rating question's mean.
    case ces, rating
    /// The share of analysed open-text answers that mention a theme negatively, watched on a p-chart.
    case theme

    /// How the trend detector reads the series.
    public var measure: TrendMeasure {
        switch self {
        case .nps: .nps
        case .csat, .theme: .share
        case .ces, .rating: .mean
        }
    }

    /// The direction that is bad news: a lower NPS, CSAT, CES or rating, a higher share of complaints.
    public var worse: TrendDirection { self == .theme ? .up : .down }
}

/// Which series: a metric (and its question) at a touchpoint in a unit, at a touchpoint across units, or a
/// theme across the workspace.
public struct AlertSeriesKey: Sendable, Codable, Hashable, Comparable {
    public var metric: AlertMetric
    public var question: String?
    public var touchpointID: String?
    /// Nil for the touchpoint across all units.
    public var unitID: String?
    public var themeID: String?

    /// Creates a key.
    public init(
        metric: AlertMetric, question: String? = nil, touchpointID: String? = nil, unitID: String? = nil,
        themeID: String? = nil
    ) {
        self.metric = metric
        self.question = question
        self.touchpointID = touchpointID
        self.unitID = unitID
        self.themeID = themeID
    }

    /// A stable text form, used to find the alert already raised for the same series.
    public var id: String {
        [metric.rawValue, question ?? "", touchpointID ?? "", unitID ?? "", themeID ?? ""].joined(separator: "|")
    }

    public static func < (lhs: AlertSeriesKey, rhs: AlertSeriesKey) -> Bool { lhs.id < rhs.id }
}

/// One series: a sample per period, in period order.
public struct AlertSeries: Sendable, Hashable {
    public var key: AlertSeriesKey
    public var samples: [PeriodSample]

    /// Creates a series.
    public init(key: AlertSeriesKey, samples: [PeriodSample]) {
        self.key = key
        self.samples = samples
    }

    /// The series of touchpoint × unit × question cells, each with one sample per period: one series per
    /// cell, and one per touchpoint × question across units (the cells' samples added up). A cell's key
    /// names its unit; the same key may come more than once (several surveys ask at the touchpoint).
    public static func fromCells(_ cells: [(key: AlertSeriesKey, samples: [PeriodSample])], periods: Int) -> [AlertSeries] {
        let empty = Array(repeating: PeriodSample.empty, count: periods)
        var samples: [AlertSeriesKey: [PeriodSample]] = [:]
        for (key, cellSamples) in cells where key.unitID != nil && cellSamples.count == periods {
            var whole = key
            whole.unitID = nil
            for series in [key, whole] {
                samples[series, default: empty].withUnsafeMutableBufferPointer { sums in
                    for index in cellSamples.indices { sums[index] += cellSamples[index] }
                }
            }
        }
        // A touchpoint answered in one unit only would repeat that unit's series as its "all units" series.
        var units: [AlertSeriesKey: Int] = [:]
        for key in samples.keys where key.unitID != nil {
            var whole = key
            whole.unitID = nil
            units[whole, default: 0] += 1
        }
        return samples.keys.filter { $0.unitID != nil || units[$0, default: 0] > 1 }.sorted().map { key in
            AlertSeries(key: key, samples: samples[key] ?? empty)
        }
    }

    /// The two sums a period's sample needs beyond its answers, as score ranges to count: promoters
    /// (9–10) and detractors (0–6) for NPS, satisfied answers (4–5) for CSAT; nil for a mean, which
    /// needs the sum and the sum of squares instead. The store sums exactly these.
    public static func countedScores(_ metric: AlertMetric) -> (first: ClosedRange<Int>, second: ClosedRange<Int>?)? {
        switch metric {
        case .nps: (9...10, 0...6)
        case .csat: (4...5, nil)
        case .ces, .rating, .theme: nil
        }
    }

    /// A period's sample from its answers and the two sums `countedScores` names (for a mean: the sum
    /// and the sum of squares).
    public static func sample(_ metric: AlertMetric, n: Int, first: Int, second: Int) -> PeriodSample {
        switch metric {
        case .nps: .nps(promoters: first, detractors: second, n: n)
        case .csat, .theme: .share(successes: first, n: n)
        case .ces, .rating: .mean(sum: Double(first), sumOfSquares: Double(second), n: n)
        }
    }

    /// The metric a kind of answer is watched under; NKI items are left to the NKI index reports.
    public static func metric(of kind: ScoreKind) -> AlertMetric? {
        switch kind {
        case .nps: .nps
        case .csat: .csat
        case .ces: .ces
        case .rating: .rating
        case .nkiOverall, .nkiExpectations, .nkiIdeal, .nkiIndex: nil
        }
    }

    /// A period's sample from its tally: what the store's sums give for the same answers.
    public static func sample(_ tally: ScoreTally, metric: AlertMetric) -> PeriodSample {
        if metric == .theme { return .share(successes: 0, n: tally.answered) }
        guard let (first, second) = countedScores(metric) else {
            return sample(metric, n: tally.answered, first: tally.sum, second: tally.sumOfSquares)
        }
        return sample(
            metric, n: tally.answered, first: tally.count(in: first), second: second.map { tally.count(in: $0) } ?? 0)
    }
}

extension AlertSeries {
    /// One series per theme: the share of analysed open-text answers each period that mention it
    /// negatively. `texts` holds the analysed answers per period, `negative` the mentioning ones per theme.
    public static func themes(texts: [Int], negative: [String: [Int]]) -> [AlertSeries] {
        negative.keys.sorted().map { theme in
            let counts = negative[theme] ?? []
            return AlertSeries(
                key: AlertSeriesKey(metric: .theme, themeID: theme),
                samples: texts.indices.map { index in
                    .share(successes: index < counts.count ? Swift.min(counts[index], texts[index]) : 0, n: texts[index])
                })
        }
    }
}
