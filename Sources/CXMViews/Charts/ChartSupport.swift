import CXMCore

/// One labelled value on a chart's value axis, already formatted for the locale.
public struct ChartTick: Sendable, Equatable {
    public var value: Double
    public var label: String

    /// Creates a tick.
    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// How the table with a chart's numbers is shown: a chart is never the only way to read them.
public enum ChartTable: Sendable, Equatable {
    /// Folded into a `<details>` element under the chart.
    case details
    /// Folded into a `<details>` element with its own summary line, open from the start when `open`: for a
    /// table long enough to push the rest of the page far down.
    case disclosure(summary: String, open: Bool)
    /// Shown as an ordinary table under the chart.
    case visible
    /// Read by screen readers only, for charts as small as a sparkline.
    case visuallyHidden
}

/// What a point's comparison found, in the terms a marker shows.
public enum ChartMark: Sendable, Equatable {
    /// Significantly higher than its baseline.
    case up
    /// Significantly lower than its baseline.
    case down
    /// Compared, and no difference that could not be chance.
    case unchanged
    /// Not compared (no baseline, or too few answers for a test).
    case none

    /// The mark of an engine comparison.
    public init(_ comparison: ComparisonResult?) {
        guard let comparison else {
            self = .none
            return
        }
        switch comparison.direction {
        case .up: self = comparison.significant ? .up : .unchanged
        case .down: self = comparison.significant ? .down : .unchanged
        case .unchanged: self = .unchanged
        }
    }
}

/// Small building blocks shared by the SVG charts: the labelled root, coordinates and marker shapes.
enum SVG {
    /// The root element: `role="img"`, labelled by its own `<title>`, described by its `<desc>`, and pointing
    /// to the table of its numbers (see `chartTable`) with `aria-details`.
    static func root(
        id: String, width: Double, height: Double, className: String, title: String, summary: String,
        @HTMLBuilder content: () -> HTML
    ) -> HTML {
        el(
            "svg", Attribute("xmlns", "http://www.w3.org/2000/svg"),
            Attribute("viewBox", "0 0 \(number(width)) \(number(height))"),
            Attribute("width", number(width)), Attribute("height", number(height)), .class("chart \(className)"), .role("img"),
            .aria("labelledby", "\(id)-title \(id)-desc"), .aria("details", "\(id)-data"), Attribute("focusable", "false")
        ) {
            el("title", .id("\(id)-title")) { title }
            el("desc", .id("\(id)-desc")) { summary }
            content()
        }
    }

    /// A coordinate with at most one decimal, written the same in every locale.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    /// `x,y` pairs for a `points` attribute.
    static func points(_ pairs: [(x: Double, y: Double)]) -> String {
        pairs.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }

    static func line(_ className: String, x1: Double, y1: Double, x2: Double, y2: Double) -> HTML {
        el(
            "line", .class(className), Attribute("x1", number(x1)), Attribute("y1", number(y1)), Attribute("x2", number(x2)),
            Attribute("y2", number(y2)))
    }

    static func text(_ className: String, x: Double, y: Double, anchor: String = "start", _ content: String) -> HTML {
        el("text", .class(className), Attribute("x", number(x)), Attribute("y", number(y)), Attribute("text-anchor", anchor)) {
            content
        }
    }

    /// A marker whose shape carries the meaning, so it survives grey-scale print: a triangle pointing up or
    /// down for a significant change, a circle otherwise; hollow when the sample is low.
    static func marker(_ mark: ChartMark, x: Double, y: Double, size: Double, hollow: Bool, tooltip: String) -> HTML {
        let fill = hollow ? " marker-hollow" : ""
        switch mark {
        case .up:
            return el("path", .class("marker marker-up\(fill)"), Attribute("d", triangle(x: x, y: y, size: size, up: true))) {
                el("title") { tooltip }
            }
        case .down:
            return el("path", .class("marker marker-down\(fill)"), Attribute("d", triangle(x: x, y: y, size: size, up: false))) {
                el("title") { tooltip }
            }
        case .unchanged, .none:
            return el(
                "circle", .class("marker marker-point\(fill)"), Attribute("cx", number(x)), Attribute("cy", number(y)),
                Attribute("r", number(size * 0.6))
            ) { el("title") { tooltip } }
        }
    }

    static func triangle(x: Double, y: Double, size: Double, up: Bool) -> String {
        let tip = up ? y - size : y + size
        let base = up ? y + size * 0.7 : y - size * 0.7
        return "M\(number(x)) \(number(tip))L\(number(x + size)) \(number(base))L\(number(x - size)) \(number(base))Z"
    }

    /// A tiny stand-alone symbol for a legend written in HTML next to the chart.
    static func legendSymbol(_ className: String, @HTMLBuilder content: () -> HTML) -> HTML {
        el(
            "svg", Attribute("xmlns", "http://www.w3.org/2000/svg"), Attribute("viewBox", "0 0 24 16"), Attribute("width", "24"),
            Attribute("height", "16"), .class("legend-symbol \(className)"), .aria("hidden", "true"),
            Attribute("focusable", "false"),
            content: content)
    }

    /// Shortens a label to fit a fixed column; the full text stays in the table and the row's tooltip.
    static func truncated(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(max(1, length - 1))) + "…"
    }
}

/// Maps values to vertical positions: the top of the plot is the range's upper bound.
struct ValueScale {
    let range: ClosedRange<Double>
    let top: Double
    let bottom: Double

    func y(_ value: Double) -> Double {
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return (top + bottom) / 2 }
        let clamped = min(max(value, range.lowerBound), range.upperBound)
        return bottom - (clamped - range.lowerBound) / span * (bottom - top)
    }
}

/// Maps values to horizontal positions, for charts whose value axis lies across.
struct HorizontalScale {
    let range: ClosedRange<Double>
    let left: Double
    let right: Double

    func x(_ value: Double) -> Double {
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return (left + right) / 2 }
        let clamped = min(max(value, range.lowerBound), range.upperBound)
        return left + (clamped - range.lowerBound) / span * (right - left)
    }
}

/// Splits indices into runs of consecutive indices where `present` holds, so lines never bridge a gap.
func consecutiveRuns(count: Int, present: (Int) -> Bool) -> [[Int]] {
    var runs: [[Int]] = []
    var current: [Int] = []
    for index in 0..<count {
        if present(index) {
            current.append(index)
        } else if !current.isEmpty {
            runs.append(current)
            current = []
        }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
}

/// Keeps a wide chart at a readable size on a narrow screen: the chart scrolls sideways instead of shrinking
/// its text; the region takes focus so keyboard users can scroll it too.
func scrollable(id: String, @HTMLBuilder content: () -> HTML) -> HTML {
    el(
        "div", .class("chart-scroll"), Attribute("tabindex", "0"), .role("region"), .aria("labelledby", "\(id)-title"),
        content: content)
}

/// Wraps a chart's table the way the chart asks for, under the id `<chart id>-data` the chart points to.
func chartTable(_ style: ChartTable, id: String, summary: String, table: HTML) -> HTML {
    switch style {
    case .details:
        return el("details", .class("chart-data"), .id("\(id)-data")) {
            el("summary") { summary }
            table
        }
    case .disclosure(let summary, let open):
        return el("details", .class("chart-data"), .id("\(id)-data"), open ? .flag("open") : nil) {
            el("summary") { summary }
            table
        }
    case .visible:
        return el("div", .id("\(id)-data")) { table }
    case .visuallyHidden:
        return el("div", .class("visually-hidden"), .id("\(id)-data")) { table }
    }
}
