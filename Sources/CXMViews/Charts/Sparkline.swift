import CXMCore

/// A word-sized line of a metric over periods, its last figure marked; gaps stay gaps.
public struct Sparkline: Sendable {
    /// One period; `value == nil` is a period without a figure.
    public struct Point: Sendable {
        public var label: String
        public var value: Double?
        /// The formatted value, or the localized "no answers" for a gap.
        public var valueText: String

        /// Creates a point.
        public init(label: String, value: Double?, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    /// A prefix for the ids of the chart's title and description, unique on the page.
    public var id: String
    public var title: String
    public var summary: String
    /// The metric's whole range; the line is scaled to its data within it (see `displayRange`).
    public var valueRange: ClosedRange<Double>
    public var points: [Point]

    /// Creates a sparkline model.
    public init(id: String, title: String, summary: String, valueRange: ClosedRange<Double>, points: [Point]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.valueRange = valueRange
        self.points = points
    }

    static let width = 160.0
    static let height = 36.0
    static let pad = 4.0

    /// The data's own span, widened to at least a tenth of the metric's range so that noise does not
    /// look like a swing, and kept inside the range.
    var displayRange: ClosedRange<Double> {
        let values = points.compactMap(\.value)
        guard let low = values.min(), let high = values.max() else { return valueRange }
        let full = valueRange.upperBound - valueRange.lowerBound
        let span = max(high - low, full / 10)
        let middle = (low + high) / 2
        var lower = max(valueRange.lowerBound, middle - span / 2)
        var upper = min(valueRange.upperBound, lower + span)
        lower = max(valueRange.lowerBound, upper - span)
        if upper <= lower { upper = lower + 1 }
        return lower...upper
    }

    func x(_ index: Int) -> Double {
        guard points.count > 1 else { return Self.width / 2 }
        return Self.pad + Double(index) * (Self.width - 2 * Self.pad) / Double(points.count - 1)
    }

    /// The SVG and a table for screen readers.
    public func render(_ t: Localizer, table: ChartTable = .visuallyHidden) -> HTML {
        el("div", .class("sparkline")) {
            svg
            chartTable(table, id: id, summary: t(ChartText.showNumbers), table: numbersTable(t))
        }
    }

    var svg: HTML {
        let scale = ValueScale(range: displayRange, top: Self.pad, bottom: Self.height - Self.pad)
        let runs = consecutiveRuns(count: points.count) { points[$0].value != nil }
        let last = points.indices.last { points[$0].value != nil }
        return SVG.root(
            id: id, width: Self.width, height: Self.height, className: "sparkline-chart", title: title, summary: summary
        ) {
            runs.map { run in
                if run.count == 1, let only = run.first {
                    return el(
                        "circle", .class("spark-dot"), Attribute("cx", SVG.number(x(only))),
                        Attribute("cy", SVG.number(scale.y(points[only].value ?? 0))), Attribute("r", "1.5"))
                }
                return el(
                    "polyline", .class("spark-line"),
                    Attribute("points", SVG.points(run.map { (x: x($0), y: scale.y(points[$0].value ?? 0)) })))
            }
            if let last, let value = points[last].value {
                el(
                    "circle", .class("spark-last"), Attribute("cx", SVG.number(x(last))),
                    Attribute("cy", SVG.number(scale.y(value))),
                    Attribute("r", "3")
                ) { el("title") { "\(points[last].label): \(points[last].valueText)" } }
            }
        }
    }

    func numbersTable(_ t: Localizer) -> HTML {
        dataTable(caption: title, headers: [t(ChartText.period), t(ChartText.value)]) {
            points.map { point in
                el("tr") {
                    el("th", .scope("row")) { point.label }
                    el("td", .class("number")) { point.valueText }
                }
            }
        }
    }
}
