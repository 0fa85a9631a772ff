import CXMCore
import Foundation
import Testing

@testable import CXMViews

@Suite("SVG charts")
struct ChartTests {
    static let t = Localizer(.en)

    static func point(
        _ label: String, _ value: Double?, mark: ChartMark = .none, low: Bool = false, interval: Bool = true
    )
        -> TrendChart.Point
    {
        guard let value else { return TrendChart.Point(gap: label) }
        return TrendChart.Point(
            label: label, value: value, interval: interval ? Interval(low: value - 5, high: value + 5) : nil, lowSample: low,
            mark: mark, valueText: "\(Int(value))", intervalText: "", nText: "100")
    }

    static func trend(_ points: [TrendChart.Point], title: String = "NPS per week") -> TrendChart {
        TrendChart(
            id: "trend", title: title, summary: "Summary of \(title)", valueRange: -100...100,
            ticks: [-100, -50, 0, 50, 100].map { ChartTick(value: $0, label: "\(Int($0))") }, points: points,
            legend: .init(interval: "Interval", up: "Up", down: "Down", lowSample: "Low", gap: "Gap"), gapText: "No figure",
            showsComparison: true)
    }

    static func row(_ id: String, _ value: Double, mark: ChartMark = .unchanged, low: Bool = false) -> ForestPlot.Row {
        ForestPlot.Row(
            id: id, label: "Unit \(id)", value: value, interval: Interval(low: value - 8, high: value + 8), lowSample: low,
            mark: mark,
            valueText: "\(Int(value))", intervalText: "", nText: low ? "12" : "200", differenceText: "", pValueText: "",
            verdictText: "")
    }

    static func forest(_ rows: [ForestPlot.Row], reference: Double? = 30) -> ForestPlot {
        ForestPlot(
            id: "units", title: "NPS by unit", summary: "Summary", labelHeader: "Unit", valueRange: -100...100,
            ticks: [ChartTick(value: 0, label: "0")],
            reference: reference.map { ForestPlot.Reference(value: $0, label: "All: \($0)") },
            rows: rows, legend: .init(interval: "Interval", up: "Up", down: "Down", lowSample: "Low", reference: "Reference"))
    }

    static func count(_ needle: String, in html: String) -> Int { html.components(separatedBy: needle).count - 1 }

    /// The `points` attribute of each polyline with the class, as lists of x,y pairs.
    static func polylines(_ className: String, in html: String) -> [[String]] {
        Markup.captures("<polyline class=\"\(className)\" points=\"([^\"]*)\"", in: html).map {
            $0.split(separator: " ").map(String.init)
        }
    }

    @Test(
        "every chart is an image labelled by its own title and description",
        arguments: [
            ("trend", trend([point("W1", 10), point("W2", 20)]).render(t).rendered),
            (
                "spark",
                Sparkline(
                    id: "spark", title: "NPS per week", summary: "From 10 to 20.", valueRange: -100...100,
                    points: [.init(label: "W1", value: 10, valueText: "10"), .init(label: "W2", value: 20, valueText: "20")]
                ).render(t).rendered
            ),
            ("units", forest([row("a", 10), row("b", 40)]).render(t).rendered),
        ])
    func labelled(id: String, html: String) {
        #expect(html.contains("role=\"img\""))
        #expect(html.contains("aria-labelledby=\"\(id)-title \(id)-desc\""))
        #expect(Markup.captures("<title id=\"\(id)-title\">([^<]+)</title>", in: html).first?.isEmpty == false)
        #expect(Markup.captures("<desc id=\"\(id)-desc\">([^<]+)</desc>", in: html).first?.isEmpty == false)
        #expect(html.contains("<table><caption>"), "the numbers are in a table too")
        #expect(html.contains("aria-details=\"\(id)-data\""))
        #expect(
            Markup.captures(
                "(<(?:details|div)[^>]* id=\"\(id)-data\"[^>]*>)(?:<summary>[^<]*</summary>)?<div class=\"table-wrap\">", in: html
            )
            .count == 1, "the chart points to the element that holds its table")
    }

    @Test(
        "interval bands are polygons per run of periods, a bar for a lone period",
        arguments: [
            ([10.0, 20, 30, nil, 40, 50] as [Double?], 2, 0),
            ([10, nil, 20, 30], 1, 1),
            ([10, 20, 30, 40], 1, 0),
            ([nil, 10, nil], 0, 1),
        ])
    func bands(values: [Double?], polygons: Int, bars: Int) {
        let html = Self.trend(values.enumerated().map { Self.point("P\($0)", $1) }).render(Self.t).rendered
        #expect(Self.count("<polygon class=\"band\"", in: html) == polygons)
        #expect(Self.count("<line class=\"band-bar\"", in: html) == bars)
    }

    @Test("a period without an interval breaks the band but not the line")
    func bandWithoutInterval() {
        let points = [Self.point("A", 10), Self.point("B", 20), Self.point("C", 30, interval: false), Self.point("D", 40)]
        let html = Self.trend(points).render(Self.t).rendered
        #expect(Self.count("<polygon class=\"band\"", in: html) == 1)
        #expect(Self.count("<line class=\"band-bar\"", in: html) == 1)
        #expect(Self.polylines("trend-line", in: html).map(\.count) == [4])
    }

    @Test(
        "lines are never drawn across a gap",
        arguments: [
            ([10.0, 20, nil, 30, 40, 50] as [Double?], [2, 3]),
            ([10, nil, nil, 20, 30], [2]),
            ([10, nil, 20, nil, 30], []),
            ([10, 20, 30], [3]),
        ])
    func gaps(values: [Double?], runLengths: [Int]) {
        let html = Self.trend(values.enumerated().map { Self.point("P\($0)", $1) }).render(Self.t).rendered
        #expect(Self.polylines("trend-line", in: html).map(\.count) == runLengths)
        #expect(Self.count("<tr class=\"gap\">", in: html) == values.filter { $0 == nil }.count)
        #expect(Self.count("class=\"marker ", in: html) == values.compactMap { $0 }.count)
    }

    @Test(
        "significance markers appear only on significant points",
        arguments: [
            ([ChartMark.up, .none, .down, .unchanged], 1, 1),
            ([.unchanged, .unchanged, .none], 0, 0),
            ([.up, .up, .unchanged], 2, 0),
        ])
    func significanceMarkers(marks: [ChartMark], ups: Int, downs: Int) {
        let html = Self.trend(marks.enumerated().map { Self.point("P\($0)", 10, mark: $1) }).render(Self.t).rendered
        #expect(Self.count("class=\"marker marker-up", in: html) == ups)
        #expect(Self.count("class=\"marker marker-down", in: html) == downs)
        #expect(Self.count("class=\"marker marker-point", in: html) == marks.count - ups - downs)
    }

    @Test("low-sample points are hollow, whatever their shape")
    func hollowLowSample() {
        let points = [Self.point("A", 10, low: true), Self.point("B", 20), Self.point("C", 30, mark: .up, low: true)]
        let html = Self.trend(points).render(Self.t).rendered
        #expect(Self.count("marker-hollow", in: html) == 2)
        #expect(html.contains("class=\"marker marker-up marker-hollow\""))
    }

    @Test(
        "x labels are thinned so they fit, starting with the first period",
        arguments: [(5, 5), (12, 12), (104, 18)])
    func thinnedLabels(periods: Int, atMost: Int) {
        let chart = Self.trend((0..<periods).map { Self.point("2026-W\($0)", 10) })
        let labelled = chart.labelledIndices
        #expect(labelled.first == 0)
        #expect(labelled.count <= atMost)
        #expect(labelled.count >= min(periods, 5))
    }

    @Test("the value axis shows the ticks it is given across the metric's range")
    func ticks() {
        let html = Self.trend([Self.point("A", 10), Self.point("B", 20)]).render(Self.t).rendered
        for label in ["-100", "-50", "0", "50", "100"] {
            #expect(html.contains("text-anchor=\"end\">\(label)</text>"))
        }
        #expect(Self.count("<line class=\"grid\"", in: html) == 5)
    }

    @Test(
        "a fitted axis holds every value, rounds outward to round ticks and stays inside the valid range",
        arguments: [
            // NPS units from +1 to +36 around a reference of +15: −10…+40, not −100…+100.
            ([1.0, 36, 15], -100.0...100.0, 50.0, -10.0...40.0, 10.0),
            // Intervals of ±3 points: ticks every 2.
            ([11.8, 17.8], -100...100, 50, 10...20, 2),
            // A CES band: half steps.
            ([4.3, 6.2], 1...7, 1, 4...6.5, 0.5),
            // CSAT close to the top: never past 100 %.
            ([97.2, 99.8], 0...100, 25, 96...100, 1),
            // A narrow CES interval: steps of hundredths.
            ([5.45, 5.57], 1...7, 1, 5.4...5.6, 0.05),
            // One value still gets an axis.
            ([50], -100...100, 50, 47...53, 1),
            // Data over most of the range keeps the whole range and its usual ticks.
            ([-66, 81], -100...100, 50, -100...100, 50),
            ([1.4, 6.6], 1...7, 1, 1...7, 1),
            // Nothing to fit: the whole range.
            ([], 0...100, 25, 0...100, 25),
        ] as [([Double], ClosedRange<Double>, Double, ClosedRange<Double>, Double)])
    func fittedAxis(values: [Double], valid: ClosedRange<Double>, fullStep: Double, range: ClosedRange<Double>, step: Double) {
        let axis = ChartAxis.fitted(to: values, within: valid, fullStep: fullStep)
        #expect(abs(axis.range.lowerBound - range.lowerBound) < 1e-9 && abs(axis.range.upperBound - range.upperBound) < 1e-9)
        #expect(abs(axis.step - step) < 1e-12)
        #expect(values.allSatisfy { axis.range.contains($0) }, "every value is on the axis")
        #expect(valid.contains(axis.range.lowerBound) && valid.contains(axis.range.upperBound), "never beyond the valid range")
        #expect(axis.ticks.count >= 2 && axis.ticks.count <= 7)
        #expect(axis.ticks.allSatisfy { axis.range.contains($0) })
        let exponent = (log10(axis.step)).rounded(.down)
        let mantissa = axis.step / pow(10, exponent)
        #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 }, "a round step: \(axis.step)")
        if axis.range != valid {
            #expect(axis.ticks.allSatisfy { abs(($0 / axis.step).rounded() * axis.step - $0) < 1e-9 }, "ticks are multiples")
            #expect(axis.ticks.first == axis.range.lowerBound || axis.range.lowerBound == valid.lowerBound)
            #expect(axis.ticks.last == axis.range.upperBound || axis.range.upperBound == valid.upperBound)
        }
    }

    @Test(
        "tick labels carry the digits their step needs", arguments: [(5.0, 0), (2.5, 1), (0.5, 1), (0.25, 2), (0.05, 2), (20, 0)])
    func tickDigits(step: Double, digits: Int) {
        #expect(ChartAxis(range: 0...1, ticks: [], step: step).fractionDigits == digits)
    }

    @Test("the forest plot ranks rows with enough answers and keeps low samples apart, in the order given")
    func forestOrder() {
        let plot = Self.forest([
            Self.row("b", 20, low: true), Self.row("a", 10, mark: .down), Self.row("d", 90, low: true),
            Self.row("c", 50, mark: .up),
        ])
        let html = plot.render(Self.t).rendered
        let labels = Markup.captures("<text class=\"row-label\"[^>]*>([^<]+)</text>", in: html)
        #expect(labels == ["Unit c", "Unit a", "Unit b", "Unit d"])
        #expect(Self.count("<g class=\"forest-row forest-row-low\">", in: html) == 2)
        #expect(html.contains("Low sample – not ranked"))
        #expect(html.contains("<g class=\"forest-row forest-row-up\">"))
        #expect(html.contains("<g class=\"forest-row forest-row-down\">"))
        #expect(html.contains(">50 · higher</text>"))
        #expect(html.contains(">10 · lower</text>"))
        #expect(html.contains(">20 · low sample</text>"))
        let tableRows = Markup.captures("<tr[^>]*><th scope=\"row\">([^<]+)</th>", in: html)
        #expect(tableRows == labels, "the table lists the rows in the plot's order")
    }

    @Test("the forest plot draws the reference line at the overall value, and none without one")
    func forestReference() {
        let plot = Self.forest([Self.row("a", 10), Self.row("b", 40)], reference: 0)
        let html = plot.render(Self.t).rendered
        let x = SVG.number(plot.scale.x(0))
        #expect(html.contains("<line class=\"reference-line\" x1=\"\(x)\""))
        #expect(html.contains("All: 0.0</text>"))

        let without = Self.forest([Self.row("a", 10)], reference: nil).render(Self.t).rendered
        #expect(!without.contains("reference-line"))
        #expect(!without.contains("separator"))
    }

    @Test("the sparkline marks the last figure and leaves gaps open")
    func sparkline() {
        let points: [Sparkline.Point] = [
            .init(label: "W1", value: 10, valueText: "10"), .init(label: "W2", value: 14, valueText: "14"),
            .init(label: "W3", value: nil, valueText: "No figure"), .init(label: "W4", value: 12, valueText: "12"),
            .init(label: "W5", value: nil, valueText: "No figure"),
        ]
        let html = Sparkline(id: "s", title: "NPS", summary: "Sum", valueRange: -100...100, points: points).render(Self.t)
            .rendered
        #expect(Self.polylines("spark-line", in: html).map(\.count) == [2])
        #expect(Self.count("class=\"spark-dot\"", in: html) == 1)
        #expect(Self.count("class=\"spark-last\"", in: html) == 1)
        #expect(html.contains("<title>W4: 12</title>"))
        #expect(html.contains("<div class=\"visually-hidden\" id=\"s-data\"><div class=\"table-wrap\"><table>"))
    }

    @Test("hostile labels stay text inside the SVG and its table")
    func escaping() {
        let hostile = Fixtures.hostile
        let trend = Self.trend([Self.point(hostile, 10), Self.point("B", 20)], title: hostile).render(Self.t).rendered
        var row = Self.row("x", 10)
        row.label = hostile
        row.href = "/dashboards/units?unit=\(hostile)"
        let forest = Self.forest([row]).render(Self.t).rendered
        for html in [trend, forest] {
            #expect(!html.contains("<script>"))
            #expect(!html.contains("\"quoted\""))
            #expect(html.contains("&lt;script&gt;"))
        }
    }

    @Test(
        "scores fall into five bands per metric; low samples and missing data are not coloured as scores",
        arguments: [
            (Metric.nps, -5.0, "score-1"), (.nps, 0, "score-2"), (.nps, 39.9, "score-3"), (.nps, 40, "score-4"),
            (.nps, 100, "score-5"),
            (.csat, 59, "score-1"), (.csat, 85, "score-4"), (.csat, 90, "score-5"), (.ces, 2.5, "score-1"),
            (.ces, 4.5, "score-3"),
            (.ces, 6.1, "score-5"), (.nki, 72, "score-4"), (.nki, 49, "score-1"), (.rating, 4.3, "score-5"),
        ])
    func scoreBands(metric: Metric, value: Double, expected: String) {
        #expect(ScoreBand.of(value: value, metric: metric).cssClass == expected)
        let figure = DashboardFixtures.figure(value, n: 200)
        #expect(ScoreBand.of(figure, metric: metric).cssClass == expected)
        #expect(ScoreBand.of(DashboardFixtures.figure(value, n: 12), metric: metric) == .lowSample)
        #expect(ScoreBand.of(nil, metric: metric) == .noData)
    }

    @Test("a rating's bands split its own scale into fifths")
    func ratingScale() {
        #expect(ScoreBand.cutPoints(for: .rating, scale: 1...10) == [2.8, 4.6, 6.4, 8.2])
        #expect(ScoreBand.of(value: 9, metric: .rating, scale: 1...10) == .band5)
        #expect(ScoreBand.of(value: 4, metric: .rating, scale: 1...10) == .band2)
    }
}
