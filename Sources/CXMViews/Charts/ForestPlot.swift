import CXMCore

/// Groups side by side on one value axis: each a point with its interval, a reference line at the overall
/// figure, significant differences marked by shape and word, and low samples set apart, never ranked.
public struct ForestPlot: Sendable {
    /// One group.
    public struct Row: Sendable {
        public var id: String
        public var label: String
        /// Where the label links to in the table (a drill-down), if anywhere.
        public var href: String?
        public var value: Double
        public var interval: Interval?
        public var lowSample: Bool
        /// The group against the rest; `.up`/`.down` only when significant after correction.
        public var mark: ChartMark
        public var valueText: String
        public var intervalText: String
        public var nText: String
        public var differenceText: String
        public var pValueText: String
        public var verdictText: String

        /// Creates a row.
        public init(
            id: String, label: String, href: String? = nil, value: Double, interval: Interval?, lowSample: Bool,
            mark: ChartMark, valueText: String, intervalText: String, nText: String, differenceText: String,
            pValueText: String, verdictText: String
        ) {
            self.id = id
            self.label = label
            self.href = href
            self.value = value
            self.interval = interval
            self.lowSample = lowSample
            self.mark = mark
            self.valueText = valueText
            self.intervalText = intervalText
            self.nText = nText
            self.differenceText = differenceText
            self.pValueText = pValueText
            self.verdictText = verdictText
        }
    }

    /// The vertical line every row is read against.
    public struct Reference: Sendable {
        public var value: Double
        /// "All units: +34", already formatted.
        public var label: String

        /// Creates a reference.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The words of the legend, already localized.
    public struct Legend: Sendable {
        public var interval: String
        public var up: String
        public var down: String
        public var lowSample: String
        public var reference: String

        /// Creates a legend.
        public init(interval: String, up: String, down: String, lowSample: String, reference: String) {
            self.interval = interval
            self.up = up
            self.down = down
            self.lowSample = lowSample
            self.reference = reference
        }
    }

    public var id: String
    public var title: String
    public var summary: String
    /// The header of the label column ("Unit").
    public var labelHeader: String
    public var valueRange: ClosedRange<Double>
    public var ticks: [ChartTick]
    public var reference: Reference?
    /// Rows in tree or label order; `render` ranks those with enough answers and keeps low samples apart.
    public var rows: [Row]
    public var legend: Legend

    /// Creates a forest plot model.
    public init(
        id: String, title: String, summary: String, labelHeader: String, valueRange: ClosedRange<Double>,
        ticks: [ChartTick], reference: Reference?, rows: [Row], legend: Legend
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.labelHeader = labelHeader
        self.valueRange = valueRange
        self.ticks = ticks
        self.reference = reference
        self.rows = rows
        self.legend = legend
    }

    /// Rows with enough answers, highest first (ties keep their order).
    var ranked: [Row] {
        rows.enumerated().filter { !$0.element.lowSample }
            .sorted { $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset }
            .map(\.element)
    }

    /// Rows with a low sample, in the order given: showing them by value would rank what cannot be ranked.
    var unranked: [Row] { rows.filter(\.lowSample) }

    static let width = 720.0
    static let labelWidth = 200.0
    static let markWidth = 150.0
    static let rowHeight = 28.0
    static let top = 30.0
    static let axisHeight = 34.0
    static let separatorHeight = 28.0

    var plotLeft: Double { Self.labelWidth + 12 }
    var plotRight: Double { Self.width - Self.markWidth - 8 }
    var scale: HorizontalScale { HorizontalScale(range: valueRange, left: plotLeft, right: plotRight) }

    /// The layout: each row's vertical centre, and where the low-sample heading sits (if there is one).
    var layout: (rows: [(row: Row, y: Double)], separator: Double?, bottom: Double) {
        var y = Self.top + Self.rowHeight / 2
        var placed: [(row: Row, y: Double)] = []
        for row in ranked {
            placed.append((row, y))
            y += Self.rowHeight
        }
        var separator: Double?
        if !unranked.isEmpty {
            separator = y - Self.rowHeight / 2 + Self.separatorHeight / 2
            y += Self.separatorHeight
            for row in unranked {
                placed.append((row, y))
                y += Self.rowHeight
            }
        }
        return (placed, separator, y - Self.rowHeight / 2 + 6)
    }

    /// The SVG, its legend and its table.
    public func render(_ t: Localizer, table: ChartTable = .details) -> HTML {
        el("figure", .class("chart-figure forest")) {
            scrollable(id: id) { svg(t) }
            legendList
            chartTable(table, id: id, summary: t(ChartText.showNumbers), table: numbersTable(t))
        }
    }

    func svg(_ t: Localizer) -> HTML {
        let scale = scale
        let layout = layout
        let height = layout.bottom + Self.axisHeight
        return SVG.root(id: id, width: Self.width, height: height, className: "forest-plot", title: title, summary: summary) {
            el("g", .class("axis axis-x")) {
                ticks.map { tick in
                    HTML.build {
                        SVG.line("grid", x1: scale.x(tick.value), y1: Self.top - 6, x2: scale.x(tick.value), y2: layout.bottom)
                        SVG.text("tick-label", x: scale.x(tick.value), y: layout.bottom + 18, anchor: "middle", tick.label)
                    }
                }
                SVG.line("axis-line", x1: plotLeft, y1: layout.bottom, x2: plotRight, y2: layout.bottom)
            }
            if let reference {
                el("g", .class("reference")) {
                    SVG.line(
                        "reference-line", x1: scale.x(reference.value), y1: Self.top - 10, x2: scale.x(reference.value),
                        y2: layout.bottom)
                    SVG.text("reference-label", x: scale.x(reference.value), y: Self.top - 14, anchor: "middle", reference.label)
                }
            }
            if let separator = layout.separator {
                el("g", .class("low-sample-heading")) {
                    SVG.line("separator", x1: 0, y1: separator - 9, x2: Self.width, y2: separator - 9)
                    SVG.text("separator-label", x: 4, y: separator + 5, t(ChartText.lowSampleNotRanked))
                }
            }
            layout.rows.map { placed in row(placed.row, y: placed.y, scale: scale, t: t) }
        }
    }

    private func row(_ row: Row, y: Double, scale: HorizontalScale, t: Localizer) -> HTML {
        let className =
            row.lowSample
            ? "forest-row forest-row-low"
            : row.mark == .up ? "forest-row forest-row-up" : row.mark == .down ? "forest-row forest-row-down" : "forest-row"
        let word: String? =
            row.lowSample
            ? t(ChartText.lowSampleShort) : row.mark == .up ? t(ChartText.higher) : row.mark == .down ? t(ChartText.lower) : nil
        return el("g", .class(className)) {
            SVG.text("row-label", x: 4, y: y + 4, SVG.truncated(row.label, to: 30))
            if let interval = row.interval {
                SVG.line("ci", x1: scale.x(interval.low), y1: y, x2: scale.x(interval.high), y2: y)
                SVG.line("ci-cap", x1: scale.x(interval.low), y1: y - 5, x2: scale.x(interval.low), y2: y + 5)
                SVG.line("ci-cap", x1: scale.x(interval.high), y1: y - 5, x2: scale.x(interval.high), y2: y + 5)
            }
            SVG.marker(
                row.mark, x: scale.x(row.value), y: y, size: 7, hollow: row.lowSample,
                tooltip: "\(row.label): \(row.valueText) (\(row.nText))")
            SVG.text("row-value", x: plotRight + 10, y: y + 4, [row.valueText, word].compactMap { $0 }.joined(separator: " · "))
        }
    }

    private var legendList: HTML {
        el("ul", .class("chart-legend")) {
            el("li") {
                SVG.legendSymbol("legend-ci") {
                    el("path", Attribute("d", "M2 8H22M2 3V13M22 3V13"))
                    el("circle", Attribute("cx", "12"), Attribute("cy", "8"), Attribute("r", "3.5"))
                }
                legend.interval
            }
            el("li") {
                SVG.legendSymbol("legend-up") { el("path", Attribute("d", SVG.triangle(x: 12, y: 9, size: 6, up: true))) }
                legend.up
            }
            el("li") {
                SVG.legendSymbol("legend-down") { el("path", Attribute("d", SVG.triangle(x: 12, y: 7, size: 6, up: false))) }
                legend.down
            }
            el("li") {
                SVG.legendSymbol("legend-hollow") {
                    el("circle", Attribute("cx", "12"), Attribute("cy", "8"), Attribute("r", "4"))
                }
                legend.lowSample
            }
            if reference != nil {
                el("li") {
                    SVG.legendSymbol("legend-reference") { el("path", Attribute("d", "M12 0V16")) }
                    legend.reference
                }
            }
        }
    }

    /// The same numbers as the plot, in the plot's order, the label linking where the row has a link.
    func numbersTable(_ t: Localizer) -> HTML {
        let headers = [
            labelHeader, t(ChartText.value), t(ChartText.interval), t(ChartText.answers), t(ChartText.difference),
            t(ChartText.adjustedP), t(ChartText.result),
        ]
        return dataTable(caption: title, headers: headers) {
            (ranked + unranked).map { row in
                el("tr", row.lowSample ? .class("low-sample") : nil) {
                    el("th", .scope("row")) {
                        if let href = row.href {
                            el("a", .href(href)) { row.label }
                        } else {
                            row.label
                        }
                    }
                    el("td", .class("number")) { row.valueText }
                    el("td", .class("number")) { row.intervalText }
                    el("td", .class("number")) { row.nText }
                    el("td", .class("number")) { row.differenceText }
                    el("td", .class("number")) { row.pValueText }
                    el("td") { row.verdictText }
                }
            }
        }
    }
}
