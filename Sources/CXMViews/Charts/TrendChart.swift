import CXMCore

/// A metric over consecutive periods: a line with its interval shaded, broken where a period has no figure,
/// with significant changes marked by shape and low samples drawn hollow.
public struct TrendChart: Sendable {
    /// One period; `value == nil` leaves a gap.
    public struct Point: Sendable {
        public var label: String
        public var value: Double?
        public var interval: Interval?
        public var lowSample: Bool
        public var mark: ChartMark
        /// The formatted cells of the table row (empty for a gap, which gets `gapText` instead).
        public var valueText: String
        public var intervalText: String
        public var nText: String
        public var changeText: String
        public var pValueText: String
        public var verdictText: String

        /// Creates a period with a figure.
        public init(
            label: String, value: Double, interval: Interval?, lowSample: Bool, mark: ChartMark, valueText: String,
            intervalText: String, nText: String, changeText: String = "", pValueText: String = "", verdictText: String = ""
        ) {
            self.label = label
            self.value = value
            self.interval = interval
            self.lowSample = lowSample
            self.mark = mark
            self.valueText = valueText
            self.intervalText = intervalText
            self.nText = nText
            self.changeText = changeText
            self.pValueText = pValueText
            self.verdictText = verdictText
        }

        /// Creates a period without a figure.
        public init(gap label: String) {
            self.init(
                label: label, value: 0, interval: nil, lowSample: false, mark: .none, valueText: "", intervalText: "",
                nText: "")
            value = nil
        }
    }

    /// The words that explain the marks, already localized; `up`/`down` are nil when nothing is compared.
    public struct Legend: Sendable {
        public var interval: String
        public var up: String?
        public var down: String?
        public var lowSample: String
        public var gap: String

        /// Creates a legend.
        public init(interval: String, up: String?, down: String?, lowSample: String, gap: String) {
            self.interval = interval
            self.up = up
            self.down = down
            self.lowSample = lowSample
            self.gap = gap
        }
    }

    /// A prefix for the ids of the chart's title and description, unique on the page.
    public var id: String
    public var title: String
    /// The description screen readers announce: what the chart shows and its main facts.
    public var summary: String
    public var valueRange: ClosedRange<Double>
    public var ticks: [ChartTick]
    public var points: [Point]
    public var legend: Legend
    /// The text of a gap's table row ("no answers, or too few to show").
    public var gapText: String
    /// Whether the table has the change, p-value and verdict columns.
    public var showsComparison: Bool

    /// Creates a trend chart model.
    public init(
        id: String, title: String, summary: String, valueRange: ClosedRange<Double>, ticks: [ChartTick], points: [Point],
        legend: Legend, gapText: String, showsComparison: Bool
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.valueRange = valueRange
        self.ticks = ticks
        self.points = points
        self.legend = legend
        self.gapText = gapText
        self.showsComparison = showsComparison
    }

    static let width = 720.0
    static let height = 300.0
    static let left = 56.0
    static let right = 16.0
    static let top = 16.0
    static let bottom = 48.0

    var plotWidth: Double { Self.width - Self.left - Self.right }
    var scale: ValueScale { ValueScale(range: valueRange, top: Self.top, bottom: Self.height - Self.bottom) }

    /// The centre of period `index`'s slot; slots make a single period sit in the middle.
    func x(_ index: Int) -> Double {
        Self.left + (Double(index) + 0.5) * plotWidth / Double(max(1, points.count))
    }

    /// Which periods get an x label: every `step`th, so labels of the longest length never overlap.
    var labelledIndices: [Int] {
        guard !points.isEmpty else { return [] }
        let longest = points.map(\.label.count).max() ?? 1
        let fitting = max(1, Int(plotWidth / (Double(longest) * 6.5 + 12)))
        let step = Int((Double(points.count) / Double(fitting)).rounded(.up))
        return Array(stride(from: 0, to: points.count, by: max(1, step)))
    }

    /// The SVG, its legend and its table.
    public func render(_ t: Localizer, table: ChartTable = .details) -> HTML {
        el("figure", .class("chart-figure trend")) {
            scrollable(id: id) { svg }
            legendList
            chartTable(table, id: id, summary: t(ChartText.showNumbers), table: numbersTable(t))
        }
    }

    var svg: HTML {
        let scale = scale
        let present = consecutiveRuns(count: points.count) { points[$0].value != nil }
        let banded = consecutiveRuns(count: points.count) { points[$0].value != nil && points[$0].interval != nil }
        let plotBottom = Self.height - Self.bottom
        return SVG.root(id: id, width: Self.width, height: Self.height, className: "trend-chart", title: title, summary: summary)
        {
            el("g", .class("axis axis-y")) {
                ticks.map { tick in
                    HTML.build {
                        SVG.line(
                            "grid", x1: Self.left, y1: scale.y(tick.value), x2: Self.width - Self.right, y2: scale.y(tick.value))
                        SVG.text("tick-label", x: Self.left - 6, y: scale.y(tick.value) + 4, anchor: "end", tick.label)
                    }
                }
            }
            el("g", .class("axis axis-x")) {
                SVG.line("axis-line", x1: Self.left, y1: plotBottom, x2: Self.width - Self.right, y2: plotBottom)
                labelledIndices.map { index in
                    HTML.build {
                        SVG.line("tick", x1: x(index), y1: plotBottom, x2: x(index), y2: plotBottom + 5)
                        SVG.text("tick-label", x: x(index), y: plotBottom + 18, anchor: "middle", points[index].label)
                    }
                }
            }
            el("g", .class("bands")) {
                banded.map { run in band(run, scale: scale) }
            }
            el("g", .class("lines")) {
                present.filter { $0.count > 1 }.map { run in
                    el(
                        "polyline", .class("trend-line"),
                        Attribute("points", SVG.points(run.map { (x: x($0), y: scale.y(points[$0].value ?? 0)) })))
                }
            }
            el("g", .class("markers")) {
                points.indices.compactMap { index -> HTML? in
                    let point = points[index]
                    guard let value = point.value else { return nil }
                    let tooltip = "\(point.label): \(point.valueText) (\(point.nText))"
                    return SVG.marker(
                        point.mark, x: x(index), y: scale.y(value), size: 6, hollow: point.lowSample, tooltip: tooltip)
                }
            }
        }
    }

    /// The shaded interval of a run: a polygon along the highs and back along the lows, or a bar for a lone period.
    private func band(_ run: [Int], scale: ValueScale) -> HTML {
        let intervals = run.map { (index: $0, interval: points[$0].interval ?? Interval(low: 0, high: 0)) }
        if intervals.count == 1, let only = intervals.first {
            return SVG.line(
                "band-bar", x1: x(only.index), y1: scale.y(only.interval.high), x2: x(only.index), y2: scale.y(only.interval.low))
        }
        let upper = intervals.map { (x: x($0.index), y: scale.y($0.interval.high)) }
        let lower = intervals.reversed().map { (x: x($0.index), y: scale.y($0.interval.low)) }
        return el("polygon", .class("band"), Attribute("points", SVG.points(upper + lower)))
    }

    private var legendList: HTML {
        el("ul", .class("chart-legend")) {
            el("li") {
                SVG.legendSymbol("legend-band") {
                    el("rect", Attribute("x", "1"), Attribute("y", "3"), Attribute("width", "22"), Attribute("height", "10"))
                }
                legend.interval
            }
            if let up = legend.up {
                el("li") {
                    SVG.legendSymbol("legend-up") { el("path", Attribute("d", SVG.triangle(x: 12, y: 9, size: 6, up: true))) }
                    up
                }
            }
            if let down = legend.down {
                el("li") {
                    SVG.legendSymbol("legend-down") { el("path", Attribute("d", SVG.triangle(x: 12, y: 7, size: 6, up: false))) }
                    down
                }
            }
            el("li") {
                SVG.legendSymbol("legend-hollow") {
                    el("circle", Attribute("cx", "12"), Attribute("cy", "8"), Attribute("r", "4"))
                }
                legend.lowSample
            }
            el("li") {
                SVG.legendSymbol("legend-gap") {
                    el("path", Attribute("d", "M1 8H8M16 8H23"))
                }
                legend.gap
            }
        }
    }

    /// The same numbers as the chart, one row per period, gaps included.
    func numbersTable(_ t: Localizer) -> HTML {
        let headers =
            [t(ChartText.period), t(ChartText.value), t(ChartText.interval), t(ChartText.answers)]
            + (showsComparison ? [t(ChartText.change), t(ChartText.adjustedP), t(ChartText.result)] : [])
        return dataTable(caption: title, headers: headers) {
            points.map { point in
                el("tr", point.value == nil ? .class("gap") : (point.lowSample ? .class("low-sample") : nil)) {
                    el("th", .scope("row")) { point.label }
                    if point.value == nil {
                        el("td", Attribute("colspan", String(headers.count - 1)), .class("muted")) { gapText }
                    } else {
                        el("td", .class("number")) { point.valueText }
                        el("td", .class("number")) { point.intervalText }
                        el("td", .class("number")) { point.nText }
                        if showsComparison {
                            el("td", .class("number")) { point.changeText }
                            el("td", .class("number")) { point.pValueText }
                            el("td") { point.verdictText }
                        }
                    }
                }
            }
        }
    }
}
