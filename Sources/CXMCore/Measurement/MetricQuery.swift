/// A question to the measurement engine: which metric, over which days, filtered and grouped how,
/// compared with what.
public struct MetricQuery: Sendable, Hashable, Codable {
    public var metric: Metric
    /// One question key: required for ratings, optional (narrowing) for the other metrics.
    public var question: String?
    /// The days `from...to`, both included, in the workspace time zone.
    public var from: LocalDay
    public var to: LocalDay
    public var filters: MetricFilters
    /// Up to three groupings, at most one of them a time grouping.
    public var groupBy: [MetricGrouping]
    public var compare: ComparisonMode
    public var options: MetricOptions
    /// Compute from raw rows instead of rollups (to check them; the numbers are the same).
    public var rawRows = false

    public init(
        metric: Metric, question: String? = nil, from: LocalDay, to: LocalDay, filters: MetricFilters = .init(),
        groupBy: [MetricGrouping] = [], compare: ComparisonMode = .none, options: MetricOptions = .init()
    ) {
        self.metric = metric
        self.question = question
        self.from = from
        self.to = to
        self.filters = filters
        self.groupBy = groupBy
        self.compare = compare
        self.options = options
    }

    /// The days as a half-open range.
    public var days: Range<LocalDay> { from..<to.adding(days: 1) }

    /// The time grouping, if any.
    public var timeGrain: TimeGrain? { groupBy.lazy.compactMap(\.timeGrain).first }

    /// Checks the query's own consistency (names are checked against the workspace by the engine).
    public func validated() throws(ValidationFailure) -> MetricQuery {
        var check = Validator()
        check.check(from <= to, "from", "must not be after 'to' (\(from.iso) > \(to.iso))")
        check.check(
            to.number - from.number <= 3_660, "to", "the period may span at most 10 years; narrow 'from'…'to'")
        check.check(groupBy.count <= 3, "by", "may name at most three groupings")
        check.check(Set(groupBy).count == groupBy.count, "by", "names a grouping twice")
        check.check(
            groupBy.filter { $0.timeGrain != nil }.count <= 1, "by",
            "may name at most one time grouping (day, week, month, quarter or year)")
        check.check(
            metric != .rating || question != nil, "question", "is required for the rating metric: name the rating question's key")
        check.check(
            (0.5...0.999).contains(options.confidence), "confidence", "must lie between 0.5 and 0.999, such as 0.95")
        check.check(
            options.minimumSample >= MetricOptions.anonymityThreshold, "minimum",
            "must be at least \(MetricOptions.anonymityThreshold): figures over fewer answers are never shown, so that no one's answers can be singled out"
        )
        check.check(options.lowSample >= options.minimumSample, "lowSample", "must be at least the hard minimum")
        if let margin = options.targetMargin { check.check(margin > 0, "margin", "must be greater than 0") }
        if options.nkiWeights == .estimated {
            check.check(metric == .nki, "weights", "estimated weights apply to the NKI index only; use metric=nki")
            check.check(
                compare == .none, "compare",
                "comparisons use equal weights, so that both sides are weighted alike; leave compare out with weights=estimated")
        }
        if compare == .rest {
            check.check(
                groupBy.contains { $0.timeGrain == nil }, "compare",
                "'rest' compares groups with each other; group by something other than time, such as unit")
        }
        try check.finish()
        return self
    }
}

/// Which answers a metric is computed from; each list narrows, an empty list does not filter.
public struct MetricFilters: Sendable, Hashable, Codable {
    public var journeys: [String]
    public var stages: [String]
    public var touchpoints: [String]
    /// Units include their whole subtree.
    public var units: [String]
    public var channels: [String]
    public var languages: [String]
    public var surveys: [String]
    /// A segment of customers (answers of anonymous respondents are then left out).
    public var segment: String?

    public init(
        journeys: [String] = [], stages: [String] = [], touchpoints: [String] = [], units: [String] = [],
        channels: [String] = [], languages: [String] = [], surveys: [String] = [], segment: String? = nil
    ) {
        self.journeys = journeys
        self.stages = stages
        self.touchpoints = touchpoints
        self.units = units
        self.channels = channels
        self.languages = languages
        self.surveys = surveys
        self.segment = segment
    }
}
