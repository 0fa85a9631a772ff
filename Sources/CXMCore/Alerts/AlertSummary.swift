import Foundation

/// The names an alert is described with: touchpoints, units, themes and questions.
public struct AlertNames: Sendable {
    public var touchpoints: [String: String]
    public var units: [String: String]
    public var themes: [String: String]

    /// Reads the names from the workspace, the themes in `language`.
    public init(context: MetricContext, taxonomy: Taxonomy?, language: Language = .en) {
        touchpoints = Dictionary(context.touchpoints.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        units = context.units.units.mapValues(\.name)
        themes = Dictionary(
            (taxonomy?.themes ?? []).map { ($0.id, $0.name(in: language)) }, uniquingKeysWith: { a, _ in a })
    }

    /// Where a series is: "Log in to the app, Digital channels", "Log in to the app, all units", "theme Price".
    public func place(_ key: AlertSeriesKey) -> String {
        if let theme = key.themeID { return "theme " + (themes[theme] ?? theme) }
        let touchpoint = key.touchpointID.map { touchpoints[$0] ?? $0 } ?? "all touchpoints"
        return touchpoint + ", " + (key.unitID.map { units[$0] ?? $0 } ?? "all units")
    }
}

/// Plain-English one-line descriptions of alerts, for the terminal and the logs (the pages localise their own).
public enum AlertSummary {
    /// "CES (ces) at Log in to the app, all units: 5.92 → 4.48 (−1.44, 95 % CI −1.52 to −1.36) since 2026-W31 [cusum, ewma], worse".
    public static func summary(
        _ key: AlertSeriesKey, assessment: TrendAssessment, periods: [Period], names: AlertNames
    ) -> String {
        let metric = key.metric == .theme ? "negative mentions" : key.metric.rawValue.uppercased()
        let question = key.question.map { " (\($0))" } ?? ""
        var text = "\(metric)\(question) at \(names.place(key))"
        guard let change = assessment.change else { return text + ": not assessable" }
        let unit = key.metric.measure == .share ? " %" : ""
        let since = periods.indices.contains(change.start) ? periods[change.start].label : "period \(change.start + 1)"
        text +=
            ": \(format(change.baselineValue))\(unit) → \(format(change.currentValue))\(unit) "
            + "(\(signed(change.difference)), \(Int((change.confidenceLevel * 100).rounded())) % CI "
            + "\(format(change.interval.low)) to \(format(change.interval.high))) since \(since)"
        text += " [" + change.detectors.map(\.rawValue).joined(separator: ", ") + "]"
        return text + (change.direction == key.metric.worse ? ", worse" : ", better")
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + format(value) }
}
