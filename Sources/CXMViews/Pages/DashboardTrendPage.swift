import CXMCore

/// One metric over time: the filter form, the trend chart with its intervals and marked changes, the
/// table of the same numbers, and what the significance tests did.
public struct DashboardTrendPage: Sendable {
    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var filter: DashboardFilter
    /// The metric grouped by one time grain, compared as the filter asks (`previous`, `year` or `none`).
    public var result: MetricResult

    /// Creates the trend page model.
    public init(context: PageContext, filter: DashboardFilter, result: MetricResult) {
        self.context = context
        self.filter = filter
        self.result = result
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = MetricFormat(result, t: t)
        let series = PeriodSeries(result)
        let grain = series?.grain ?? filter.grain
        let heading =
            "\(DashboardLabels.perGrain(result.metric, grain, t)), \(DashboardLabels.days(from: result.from, to: result.to, t))"
        return Layout.page(title: t(DashboardText.trend), context: context, section: .dashboards, isSectionIndex: false) {
            Dashboard.navigation(current: .trend, filter: filter, t: t)
            filter.form(
                action: "/dashboards/trend",
                fields: [.metric, .grain, .from, .to, .unit, .touchpoint, .channel, .segment, .compare, .correction], t: t)
            el("section", .class("dashboard-section"), .aria("labelledby", "trend-heading")) {
                el("h2", .id("trend-heading")) { heading }
                if result.total == nil {
                    el("p", .class("no-data")) { DashboardLabels.noTotal(result, t) }
                } else if let series {
                    let trend = chart(series, title: heading, format: format, t: t)
                    trend.render(t, table: Self.tableStyle(periods: trend.points.count, t: t))
                }
                notes(format: format, t: t)
            }
        }
    }

    /// Tables longer than this start folded, so a year of weeks does not push the notes off the page.
    static let openTableRows = 20

    /// The numbers under the chart, folded with a summary that says how many periods it holds.
    static func tableStyle(periods: Int, t: Localizer) -> ChartTable {
        let summary = t(ChartText.numbersBehindChart, LocaleFormat(t.language).integer(periods))
        return .disclosure(summary: summary, open: periods <= openTableRows)
    }

    private var compared: Bool { result.compare == .previous || result.compare == .year }

    func chart(_ series: PeriodSeries, title: String, format: MetricFormat, t: Localizer) -> TrendChart {
        let points = series.entries.map { entry -> TrendChart.Point in
            let label = DashboardLabels.period(entry.period, t)
            guard let group = entry.group else { return TrendChart.Point(gap: label) }
            let figure = group.figure
            return TrendChart.Point(
                label: label, value: figure.value, interval: figure.interval, lowSample: figure.lowSample,
                mark: compared ? ChartMark(group.comparison) : .none, valueText: format.value(figure.value),
                intervalText: format.interval(figure.interval),
                nText: figure.lowSample ? t(SignificanceText.countLowSample, format.count(figure.n)) : format.count(figure.n),
                changeText: group.comparison.map { format.change($0.difference) } ?? "",
                pValueText: group.comparison.map { format.pValue($0.adjustedPValue) } ?? "",
                verdictText: format.timeVerdict(group, compare: result.compare))
        }
        let legend = TrendChart.Legend(
            interval: t(SignificanceText.legendInterval, format.intervalName),
            up: compared ? t(result.compare == .year ? SignificanceText.legendUpYear : SignificanceText.legendUpPrevious) : nil,
            down: compared
                ? t(result.compare == .year ? SignificanceText.legendDownYear : SignificanceText.legendDownPrevious) : nil,
            lowSample: t(SignificanceText.legendLowSample, format.count(result.options.lowSample)),
            gap: t(SignificanceText.legendGap))
        // The axis spans the interval bands (a flat line on a 1–7 scale says nothing), or the whole range when
        // the bands cover most of it anyway.
        let axis = format.axis(
            fitting: points.flatMap { point in
                point.value.map { [point.interval?.low ?? $0, point.interval?.high ?? $0] } ?? []
            })
        return TrendChart(
            id: "trend", title: title, summary: summary(points, series: series, format: format, t: t),
            valueRange: axis.range, ticks: axis.ticks, points: points, legend: legend,
            gapText: t(DashboardText.noFigureInPeriod, format.count(result.options.minimumSample)), showsComparison: compared)
    }

    /// What a screen reader hears for the chart: how many periods, the lowest and highest, the marked changes.
    private func summary(_ points: [TrendChart.Point], series: PeriodSeries, format: MetricFormat, t: Localizer) -> String {
        let shown = points.filter { $0.value != nil }
        var sentences = [
            t(
                SignificanceText.trendSummary, format.count(points.count), format.count(shown.count),
                format.count(points.count - shown.count))
        ]
        if let lowest = shown.min(by: { ($0.value ?? 0) < ($1.value ?? 0) }),
            let highest = shown.max(by: { ($0.value ?? 0) < ($1.value ?? 0) })
        {
            sentences.append(t(SignificanceText.trendExtremes, lowest.valueText, lowest.label, highest.valueText, highest.label))
        }
        if compared {
            let up = shown.filter { $0.mark == .up }.count
            let down = shown.filter { $0.mark == .down }.count
            sentences.append(t(SignificanceText.trendMarked, format.count(up), format.count(down)))
        }
        return sentences.joined(separator: " ")
    }

    private func notes(format: MetricFormat, t: Localizer) -> HTML {
        let tested = result.groups.filter { $0.comparison != nil }.count
        return el("div", .class("notes")) {
            if compared {
                el("p") { correctionNote(tested: tested, format: format, t: t) }
            }
            el("p") {
                t(
                    SignificanceText.hiddenPeriods, format.count(result.suppressedGroups),
                    format.count(result.options.minimumSample))
            }
        }
    }

    private func correctionNote(tested: Int, format: MetricFormat, t: Localizer) -> String {
        let count = format.count(tested)
        switch result.options.correction {
        case .holm: return t(SignificanceText.correctionNoteHolm, count)
        case .benjaminiHochberg:
            return t(
                SignificanceText.correctionNoteBH, count, format.format.percent(1 - result.options.confidence, fractionDigits: 0))
        case .none: return t(SignificanceText.correctionNoteNone, count)
        }
    }
}
