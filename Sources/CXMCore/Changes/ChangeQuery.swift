import Foundation

/// A question to "what changed": how a KPI moved from an earlier period to a later one, split by the
/// touchpoints, units and channels it is made of, within an optional unit, journey or touchpoint.
public struct ChangeQuery: Sendable, Hashable {
    public var metric: Metric
    /// The rating question, for `metric == .rating`.
    public var question: String?
    /// The earlier period, both days included.
    public var baseFrom: LocalDay
    public var baseTo: LocalDay
    /// The later period, both days included.
    public var from: LocalDay
    public var to: LocalDay
    /// The dimensions to split the change by, in the order asked.
    public var dimensions: [CellDimension]
    /// A unit, with its whole subtree.
    public var unit: String?
    public var journey: String?
    public var touchpoint: String?

    /// The dimensions a change can be split by.
    public static let splittable: [CellDimension] = [.touchpoint, .unit, .channel]

    /// Creates a query.
    public init(
        metric: Metric, question: String? = nil, baseFrom: LocalDay, baseTo: LocalDay, from: LocalDay, to: LocalDay,
        dimensions: [CellDimension] = splittable, unit: String? = nil, journey: String? = nil, touchpoint: String? = nil
    ) {
        self.metric = metric
        self.question = question
        self.baseFrom = baseFrom
        self.baseTo = baseTo
        self.from = from
        self.to = to
        self.dimensions = dimensions
        self.unit = unit
        self.journey = journey
        self.touchpoint = touchpoint
    }

    /// The parameters understood; anything else is refused so that a typo is not silently ignored.
    public static let parameterNames: Set<String> = [
        "metric", "question", "from", "to", "baseFrom", "baseTo", "by", "unit", "journey", "touchpoint",
    ]

    /// How long the later period is when `from` is left out: four weeks.
    public static let defaultDays = 28

    /// Reads a query from named text parameters (the API's query string, the page's form, the CLI). Left out,
    /// the later period is the four weeks to today and the earlier one the same number of days just before it.
    public static func parse(_ parameters: [String: String], today: LocalDay) throws(ValidationFailure) -> ChangeQuery {
        var read = QueryParameters(parameters, known: parameterNames, of: "'what changed'")
        let metricText = read.value("metric") ?? Metric.nps.rawValue
        let metric = Metric(rawValue: metricText).flatMap { $0 == .nki ? nil : $0 }
        if metric == nil {
            read.check.add(
                "metric", "'\(metricText)' is not one of nps, csat, ces, rating (the NKI's weights differ between periods)")
        }
        let question = read.value("question")
        read.check.check(metric != .rating || question != nil, "question", "is required for the rating metric: name its key")
        let to = read.day("to") ?? today
        let from = read.day("from") ?? to.adding(days: -(defaultDays - 1))
        let length = to.number - from.number + 1
        let baseTo = read.day("baseTo") ?? from.adding(days: -1)
        let baseFrom = read.day("baseFrom") ?? baseTo.adding(days: -(max(1, length) - 1))
        read.check.check(from <= to, "from", "must not be after 'to' (\(from.iso) > \(to.iso))")
        read.check.check(baseFrom <= baseTo, "baseFrom", "must not be after 'baseTo' (\(baseFrom.iso) > \(baseTo.iso))")
        read.check.check(baseTo < from, "baseTo", "the earlier period must end before the later one starts (\(from.iso))")
        read.check.check(to.number - baseFrom.number <= 3_660, "baseFrom", "the two periods may span at most 10 years")
        var dimensions: [CellDimension] = []
        for name in (read.value("by") ?? "touchpoint,unit,channel").split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if let dimension = CellDimension(rawValue: trimmed), splittable.contains(dimension) {
                if !dimensions.contains(dimension) { dimensions.append(dimension) }
            } else {
                read.check.add("by", "'\(trimmed)' is not one of touchpoint, unit, channel")
            }
        }
        read.check.check(!dimensions.isEmpty || read.value("by") == nil, "by", "name at least one of touchpoint, unit, channel")
        try read.check.finish()
        return ChangeQuery(
            metric: metric ?? .nps, question: question, baseFrom: baseFrom, baseTo: baseTo, from: from, to: to,
            dimensions: dimensions, unit: read.value("unit"), journey: read.value("journey"), touchpoint: read.value("touchpoint")
        )
    }

    /// The query as parameters, for links that reproduce it.
    public var parameters: [(name: String, value: String)] {
        var items = [("metric", metric.rawValue)]
        if let question { items.append(("question", question)) }
        items += [("baseFrom", baseFrom.iso), ("baseTo", baseTo.iso), ("from", from.iso), ("to", to.iso)]
        items.append(("by", dimensions.map(\.rawValue).joined(separator: ",")))
        for (name, value) in [("unit", unit), ("journey", journey), ("touchpoint", touchpoint)] {
            if let value { items.append((name, value)) }
        }
        return items
    }
}
