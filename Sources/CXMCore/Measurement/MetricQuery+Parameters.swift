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
        var check = Validator()
        for name in parameters.keys.sorted() where !parameterNames.contains(name) {
            check.add(name, "is not a parameter of metrics; use \(parameterNames.sorted().joined(separator: ", "))")
        }
        func value(_ name: String) -> String? {
            parameters[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        func list(_ name: String) -> [String] {
            value(name)?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
        }
        func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ fallback: T?) -> T? where T.RawValue == String {
            guard let text = value(name) else { return fallback }
            if let parsed = T(rawValue: text) { return parsed }
            check.add(name, "'\(text)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return fallback
        }
        func day(_ name: String) -> LocalDay? {
            guard let text = value(name) else { return nil }
            if let day = LocalDay(iso: text) { return day }
            check.add(name, "'\(text)' is not a date; write it as YYYY-MM-DD, such as 2026-03-01")
            return nil
        }
        func number(_ name: String) -> Double? {
            guard let text = value(name) else { return nil }
            if let number = Double(text), number.isFinite { return number }
            check.add(name, "'\(text)' is not a number")
            return nil
        }
        func whole(_ name: String) -> Int? {
            guard let text = value(name) else { return nil }
            if let number = Int(text) { return number }
            check.add(name, "'\(text)' is not a whole number")
            return nil
        }

        var metric: Metric?
        if value("metric") == nil {
            check.add("metric", "is required: one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        } else {
            metric = choice("metric", nil)
        }
        var groupBy: [MetricGrouping] = []
        for name in list("by") {
            if let grouping = MetricGrouping(rawValue: name) {
                groupBy.append(grouping)
            } else {
                check.add(
                    "by", "'\(name)' is not a grouping; use \(MetricGrouping.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let to = day("to") ?? today
        let from = day("from") ?? to.adding(days: -(defaultDays - 1))
        var options = MetricOptions()
        if let confidence = number("confidence") { options.confidence = confidence }
        if let low = whole("lowSample") { options.lowSample = low }
        if let minimum = whole("minimum") { options.minimumSample = minimum }
        if let correction: Correction = choice("correction", nil) { options.correction = correction }
        options.targetMargin = number("margin")
        if let weights: NKIWeighting = choice("weights", nil) { options.nkiWeights = weights }
        let compare: ComparisonMode = choice("compare", ComparisonMode.none) ?? .none
        var rawRows = false
        if let source = value("source") {
            switch source {
            case "raw": rawRows = true
            case "rollups": rawRows = false
            default: check.add("source", "'\(source)' is not one of rollups, raw")
            }
        }
        try check.finish()
        var query = MetricQuery(
            metric: metric!, question: value("question"), from: from, to: to,
            filters: MetricFilters(
                journeys: list("journey"), stages: list("stage"), touchpoints: list("touchpoint"), units: list("unit"),
                channels: list("channel"), languages: list("language"), surveys: list("survey"), segment: value("segment")),
            groupBy: groupBy, compare: compare, options: options)
        query.rawRows = rawRows
        return try query.validated()
    }
}
