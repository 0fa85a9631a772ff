/// What the engine answers: one figure per group, the figure over everything, and how they were made.
public struct MetricResult: Sendable, Hashable, Codable {
    public var metric: Metric
    public var question: String?
    public var from: LocalDay
    public var to: LocalDay
    public var groupBy: [MetricGrouping]
    public var compare: ComparisonMode
    public var options: MetricOptions
    /// The figure over every answer the filters select, compared like the groups.
    public var total: MetricGroup?
    public var groups: [MetricGroup]
    /// Groups left out because they had fewer answers than the hard minimum, or because the hidden
    /// groups together had so few that the total minus the groups shown would give them away.
    public var suppressedGroups: Int
    /// Whether there were answers, but fewer than the hard minimum: `total` is then absent too.
    public var totalSuppressed: Bool
    /// For NKI: the item weights used.
    public var weights: NKIWeights?

    public init(
        metric: Metric, question: String? = nil, from: LocalDay, to: LocalDay, groupBy: [MetricGrouping],
        compare: ComparisonMode, options: MetricOptions, total: MetricGroup? = nil, groups: [MetricGroup],
        suppressedGroups: Int, totalSuppressed: Bool = false, weights: NKIWeights? = nil
    ) {
        self.metric = metric
        self.question = question
        self.from = from
        self.to = to
        self.groupBy = groupBy
        self.compare = compare
        self.options = options
        self.total = total
        self.groups = groups
        self.suppressedGroups = suppressedGroups
        self.totalSuppressed = totalSuppressed
        self.weights = weights
    }

    /// Whether there were no answers at all: an explicit empty result, not a zero.
    public var isEmpty: Bool { total == nil && !totalSuppressed }
}

extension MetricResult {
    private enum CodingKeys: String, CodingKey {
        case metric, question, from, to, groupBy, compare, options, empty, total, groups, suppressedGroups, totalSuppressed
        case weights
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        metric = try c.decode(Metric.self, forKey: .metric)
        question = try c.decodeIfPresent(String.self, forKey: .question)
        from = try c.decode(LocalDay.self, forKey: .from)
        to = try c.decode(LocalDay.self, forKey: .to)
        groupBy = try c.decode([MetricGrouping].self, forKey: .groupBy)
        compare = try c.decode(ComparisonMode.self, forKey: .compare)
        options = try c.decode(MetricOptions.self, forKey: .options)
        total = try c.decodeIfPresent(MetricGroup.self, forKey: .total)
        groups = try c.decode([MetricGroup].self, forKey: .groups)
        suppressedGroups = try c.decode(Int.self, forKey: .suppressedGroups)
        totalSuppressed = try c.decodeIfPresent(Bool.self, forKey: .totalSuppressed) ?? false
        weights = try c.decodeIfPresent(NKIWeights.self, forKey: .weights)
    }

    /// Encoded with `empty` spelled out, so that clients need not infer it.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metric, forKey: .metric)
        try c.encodeIfPresent(question, forKey: .question)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(groupBy, forKey: .groupBy)
        try c.encode(compare, forKey: .compare)
        try c.encode(options, forKey: .options)
        try c.encode(isEmpty, forKey: .empty)
        try c.encodeIfPresent(total, forKey: .total)
        try c.encode(groups, forKey: .groups)
        try c.encode(suppressedGroups, forKey: .suppressedGroups)
        try c.encode(totalSuppressed, forKey: .totalSuppressed)
        try c.encodeIfPresent(weights, forKey: .weights)
    }
}

/// One row of a result: its place in each grouping, its figure, and its comparison.
public struct MetricGroup: Sendable, Hashable, Codable {
    public var key: [GroupValue]
    public var figure: MetricFigure
    public var baseline: MetricFigure?
    public var comparison: ComparisonResult?
    /// Answers in the baseline, whatever the minimum sample: 0 when the baseline was looked for and had none,
    /// nil when there is no baseline to look for (no comparison). Tells "no answers" from "too few".
    public var baselineAnswers: Int?

    public init(
        key: [GroupValue], figure: MetricFigure, baseline: MetricFigure? = nil, comparison: ComparisonResult? = nil,
        baselineAnswers: Int? = nil
    ) {
        self.key = key
        self.figure = figure
        self.baseline = baseline
        self.comparison = comparison
        self.baselineAnswers = baselineAnswers
    }

    public func value(for grouping: MetricGrouping) -> GroupValue? { key.first { $0.grouping == grouping } }
}

/// A group's value in one grouping: the id, a readable label and, for units, the parent.
public struct GroupValue: Sendable, Hashable, Codable {
    public var grouping: MetricGrouping
    public var id: String
    public var label: String
    public var parentID: String?
    /// For units: how deep in the tree (0 = a root).
    public var depth: Int?

    public init(grouping: MetricGrouping, id: String, label: String, parentID: String? = nil, depth: Int? = nil) {
        self.grouping = grouping
        self.id = id
        self.label = label
        self.parentID = parentID
        self.depth = depth
    }
}

/// A metric's value over some answers with its sample size and precision.
public struct MetricFigure: Sendable, Hashable, Codable {
    public var value: Double
    /// Answers counted (the denominator).
    public var n: Int
    /// Responses that left the question out.
    public var skipped: Int
    public var interval: Interval?
    /// Half the width of the interval, in the metric's unit.
    public var margin: Double?
    public var lowSample: Bool
    /// Answers needed for the target margin, when one was asked for.
    public var neededForMargin: Int?
    public var details: MetricDetails

    public init(
        value: Double, n: Int, skipped: Int, interval: Interval? = nil, margin: Double? = nil, lowSample: Bool,
        neededForMargin: Int? = nil, details: MetricDetails
    ) {
        self.value = value
        self.n = n
        self.skipped = skipped
        self.interval = interval
        self.margin = margin
        self.lowSample = lowSample
        self.neededForMargin = neededForMargin
        self.details = details
    }
}

/// The parts behind a figure.
public struct MetricDetails: Sendable, Hashable, Codable {
    /// NPS categories.
    public var promoters: Int?
    public var passives: Int?
    public var detractors: Int?
    /// Mean of the scores and its interval (CSAT, CES, ratings).
    public var mean: Double?
    public var meanInterval: Interval?
    /// A share with its Wilson interval, in percent: satisfied (CSAT), easy (CES), top box (rating).
    public var share: Double?
    public var shareInterval: Interval?
    /// Answers per score on the scale.
    public var distribution: [ScoreCount]
    /// NKI: each item's 0–100 score.
    public var items: [NKIItemScore]

    public init(
        promoters: Int? = nil, passives: Int? = nil, detractors: Int? = nil, mean: Double? = nil,
        meanInterval: Interval? = nil, share: Double? = nil, shareInterval: Interval? = nil,
        distribution: [ScoreCount] = [], items: [NKIItemScore] = []
    ) {
        self.promoters = promoters
        self.passives = passives
        self.detractors = detractors
        self.mean = mean
        self.meanInterval = meanInterval
        self.share = share
        self.shareInterval = shareInterval
        self.distribution = distribution
        self.items = items
    }
}

public struct ScoreCount: Sendable, Hashable, Codable {
    public var score: Int
    public var count: Int

    public init(score: Int, count: Int) {
        self.score = score
        self.count = count
    }
}

public struct NKIItemScore: Sendable, Hashable, Codable {
    public var item: NKIItem
    public var score: Double
    public var n: Int

    public init(item: NKIItem, score: Double, n: Int) {
        self.item = item
        self.score = score
        self.n = n
    }
}

/// Which weights an NKI index used.
public struct NKIWeights: Sendable, Hashable, Codable {
    public var method: String
    public var overall: Double
    public var expectations: Double
    public var ideal: Double
    /// Why these weights: how they were fitted, or why equal weights were used instead.
    public var note: String?

    public init(method: String, overall: Double, expectations: Double, ideal: Double, note: String? = nil) {
        self.method = method
        self.overall = overall
        self.expectations = expectations
        self.ideal = ideal
        self.note = note
    }
}

/// A group's figure against its baseline: the difference and whether it is real.
public struct ComparisonResult: Sendable, Hashable, Codable {
    public enum Direction: String, Sendable, Codable, Hashable {
        case up, down, unchanged
    }

    public var difference: Double
    public var statistic: Double
    public var pValue: Double
    /// The p-value after the correction for comparing many groups at once.
    public var adjustedPValue: Double
    public var significant: Bool
    /// Up or down when significant, else unchanged.
    public var direction: Direction
    /// The test used: `nps-z`, `two-proportion-z` or `welch-t`.
    public var test: String

    public init(
        difference: Double, statistic: Double, pValue: Double, adjustedPValue: Double, significant: Bool,
        direction: Direction, test: String
    ) {
        self.difference = difference
        self.statistic = statistic
        self.pValue = pValue
        self.adjustedPValue = adjustedPValue
        self.significant = significant
        self.direction = direction
        self.test = test
    }
}
