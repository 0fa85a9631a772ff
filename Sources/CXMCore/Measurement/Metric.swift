/// A figure cxm reports about answers.
public enum Metric: String, Sendable, Codable, CaseIterable, Hashable {
    /// Net Promoter Score in points, −100…100.
    case nps
    /// Share of satisfied answers (4–5 of 1–5), in percent.
    case csat
    /// Mean customer effort on 1–7 (7 = very easy).
    case ces
    /// The NKI/CSI satisfaction index, 0–100.
    case nki
    /// Mean of one rating question (named by `question`).
    case rating

    /// The kinds of answer the metric is computed from.
    public var kinds: Set<ScoreKind> {
        switch self {
        case .nps: [.nps]
        case .csat: [.csat]
        case .ces: [.ces]
        case .nki: Set(ScoreKind.nkiItems + [.nkiIndex])
        case .rating: [.rating]
        }
    }

    /// Whether the metric can be computed from answers to a question of the type.
    public func applies(to type: QuestionType) -> Bool {
        switch self {
        case .nps: type == .nps
        case .csat: type == .csat
        case .ces: type == .ces
        case .nki: type == .nki
        case .rating: type == .rating
        }
    }

    /// The metric whose answers a question type gives.
    public static func measuring(_ type: QuestionType) -> Metric? { allCases.first { $0.applies(to: type) } }

    /// What a value counts: the unit printed after it.
    public var unit: MetricUnit {
        switch self {
        case .nps: .points
        case .csat: .percent
        case .ces, .rating: .mean
        case .nki: .index
        }
    }

    /// The range values can take, for charts.
    public func valueRange(scale: ClosedRange<Int>? = nil) -> ClosedRange<Double> {
        switch self {
        case .nps: -100...100
        case .csat, .nki: 0...100
        case .ces: 1...7
        case .rating: Double(scale?.lowerBound ?? 1)...Double(scale?.upperBound ?? 5)
        }
    }
}

/// How a metric's value reads.
public enum MetricUnit: String, Sendable, Codable, Hashable {
    case points, percent, mean, index
}

/// What a metric can be broken down by. Time groupings cut in the workspace time zone.
public enum MetricGrouping: String, Sendable, Codable, CaseIterable, Hashable {
    case day, week, month, quarter, year
    case journey, stage, touchpoint, unit, channel, language, segment, survey, question

    /// The time grain of a time grouping.
    public var timeGrain: TimeGrain? { TimeGrain(rawValue: rawValue) }

    /// The cell dimension the store must keep for the grouping (nil for segments, which filter).
    var cellDimension: CellDimension? {
        switch self {
        case .day, .week, .month, .quarter, .year: .day
        case .journey, .stage, .touchpoint: .touchpoint
        case .unit: .unit
        case .channel: .channel
        case .language: .language
        case .survey: .survey
        case .question: .question
        case .segment: nil
        }
    }
}

/// What each group is compared with.
public enum ComparisonMode: String, Sendable, Codable, CaseIterable, Hashable {
    case none
    /// Each period with the one before (a series), or the whole range with the equally long range before it.
    case previous
    /// Each period or the range with the same one a year earlier.
    case year
    /// Each group with all the other groups together ("is this store really below the rest?").
    case rest
}

/// Thresholds and methods that shape how figures are shown.
public struct MetricOptions: Sendable, Hashable, Codable {
    public var confidence: Double
    /// Below this many answers a figure is flagged as a low sample.
    public var lowSample: Int
    /// Below this many answers a group is not shown at all.
    public var minimumSample: Int
    public var correction: Correction
    /// The margin the "sample size needed" is computed for, in the metric's unit; nil for none.
    public var targetMargin: Double?
    /// How NKI items are weighted.
    public var nkiWeights: NKIWeighting

    /// The anonymity threshold: no figure over fewer answers is ever shown (in the API, on pages or
    /// in exports), so that no one's answers can be singled out. `minimumSample` may be raised, never lowered below it.
    public static let anonymityThreshold = 5

    public init(
        confidence: Double = 0.95, lowSample: Int = 30, minimumSample: Int = 5, correction: Correction = .holm,
        targetMargin: Double? = nil, nkiWeights: NKIWeighting = .equal
    ) {
        self.confidence = confidence
        self.lowSample = lowSample
        self.minimumSample = minimumSample
        self.correction = correction
        self.targetMargin = targetMargin
        self.nkiWeights = nkiWeights
    }
}
