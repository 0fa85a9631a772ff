import Foundation

/// Reads a metric query from named text parameters, as the API's query string, the dashboards'
/// forms and `cxm report` give them. Every unknown name or malformed value is reported with the
/// parameter it came from and what would be accepted.
extension MetricQuery {
    /// The parameters understood; anything else is refused so that a typo is not silently ignored.
    public static let parameterNames: Set<String> = [
        "metric", "question", "from", "to", "by", "compare", "correction", "confidence", "lowSample", "minimum",
        "margin", "journey", "stage", "touchpoint", "unit", "channel", "language", "survey", "segment", "source",
        "weights",
    ]

    /// How many days a query covers when `from` is left out.
    public static let defaultDays = 90

    public static func parse(_ parameters: [String: String], today: LocalDay) throws(ValidationFailure) -> MetricQuery {
        var read = QueryParameters(parameters, known: parameterNames, of: "metrics")
        var metric: Metric?
        if read.value("metric") == nil {
            read.check.add("metric", "is required: one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        } else {
            metric = read.choice("metric", nil)
        }
        var groupBy: [MetricGrouping] = []
        for name in read.list("by") {
            if let grouping = MetricGrouping(rawValue: name) {
                groupBy.append(grouping)
            } else {
                read.check.add(
                    "by", "'\(name)' is not a grouping; use \(MetricGrouping.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let to = read.day("to") ?? today
        let from = read.day("from") ?? to.adding(days: -(defaultDays - 1))
        var options = MetricOptions()
        if let confidence = read.number("confidence") { options.confidence = confidence }
        if let low = read.whole("lowSample") { options.lowSample = low }
        if let minimum = read.whole("minimum") { options.minimumSample = minimum }
        if let correction: Correction = read.choice("correction", nil) { options.correction = correction }
        options.targetMargin = read.number("margin")
        if let weights: NKIWeighting = read.choice("weights", nil) { options.nkiWeights = weights }
        let compare: ComparisonMode = read.choice("compare", ComparisonMode.none) ?? .none
        var rawRows = false
        if let source = read.value("source") {
            switch source {
            case "raw": rawRows = true
            case "rollups": rawRows = false
            default: read.check.add("source", "'\(source)' is not one of rollups, raw")
            }
        }
        try read.check.finish()
        var query = MetricQuery(
            metric: metric!, question: read.value("question"), from: from, to: to,
            filters: MetricFilters(
                journeys: read.list("journey"), stages: read.list("stage"), touchpoints: read.list("touchpoint"),
                units: read.list("unit"),
                channels: read.list("channel"), languages: read.list("language"), surveys: read.list("survey"),
                segment: read.value("segment")),
            groupBy: groupBy, compare: compare, options: options)
        query.rawRows = rawRows
        return try query.validated()
    }
}
