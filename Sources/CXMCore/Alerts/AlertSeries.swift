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

    /// The series of scale answers in weekly (or other) cells grouped by period start, touchpoint, unit and
    /// question: one per touchpoint × unit × question, and one per touchpoint × question across units.
    public static func fromTallies(_ cells: [TallyCell], periods: [Period]) -> [AlertSeries] {
        let index = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1.start, $0) })
        var tallies: [AlertSeriesKey: [ScoreTally]] = [:]
        let empty = Array(repeating: ScoreTally.empty, count: periods.count)
        for cell in cells {
            guard let day = cell.day, let position = index[day], let metric = metric(of: cell.kind),
                let touchpoint = cell[.touchpoint]
            else { continue }
            let question = cell[.question]
            for unit in [cell[.unit], nil] {
                let key = AlertSeriesKey(metric: metric, question: question, touchpointID: touchpoint, unitID: unit)
                tallies[key, default: empty][position] += cell.tally
            }
        }
        // A touchpoint answered in one unit only would repeat that unit's series as its "all units" series.
        var units: [AlertSeriesKey: Int] = [:]
        for key in tallies.keys where key.unitID != nil {
            var whole = key
            whole.unitID = nil
            units[whole, default: 0] += 1
        }
        return tallies.keys.filter { $0.unitID != nil || units[$0, default: 0] > 1 }.sorted().map { key in
            AlertSeries(key: key, samples: (tallies[key] ?? empty).map { sample($0, metric: key.metric) })
        }
    }

    /// The metric a kind of answer is watched under; NKI items are left to the NKI index reports.
    static func metric(of kind: ScoreKind) -> AlertMetric? {
        switch kind {
        case .nps: .nps
        case .csat: .csat
        case .ces: .ces
        case .rating: .rating
        case .nkiOverall, .nkiExpectations, .nkiIdeal, .nkiIndex: nil
        }
    }

    /// A period's sample from its tally.
    static func sample(_ tally: ScoreTally, metric: AlertMetric) -> PeriodSample {
        switch metric {
        case .nps:
            .nps(promoters: tally.count(in: 9...10), detractors: tally.count(in: 0...6), n: tally.answered)
        case .csat: .share(successes: tally.count(in: 4...5), n: tally.answered)
        case .ces, .rating:
            .mean(sum: Double(tally.sum), sumOfSquares: Double(tally.sumOfSquares), n: tally.answered)
        case .theme: .share(successes: 0, n: tally.answered)
        }
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
