import CXMCore

/// The KPI board: one tile per headline metric with its value, interval, sample, change and weekly line.
public struct DashboardOverviewPage: Sendable {
    /// One metric's tile.
    public struct Tile: Sendable {
        public var metric: Metric
        /// The whole period, compared with the previous one and not grouped: its `total` is the tile.
        public var current: MetricResult
        /// The same filters grouped by week, for the sparkline.
        public var weekly: MetricResult

        /// Creates a tile.
        public init(metric: Metric, current: MetricResult, weekly: MetricResult) {
            self.metric = metric
            self.current = current
            self.weekly = weekly
        }
    }

    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var filter: DashboardFilter
    /// Tiles in the order shown, usually NPS, CSAT, CES and NKI.
    public var tiles: [Tile]

    /// Creates the overview page model.
    public init(context: PageContext, filter: DashboardFilter, tiles: [Tile]) {
        self.context = context
        self.filter = filter
        self.tiles = tiles
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(title: t(DashboardText.overview), context: context, section: .dashboards) {
            Dashboard.navigation(current: .overview, filter: filter, t: t)
            filter.form(action: "/dashboards", fields: [.from, .to, .unit, .journey, .touchpoint, .channel, .segment], t: t)
            el("p", .class("lead")) {
                "\(DashboardLabels.days(from: filter.from, to: filter.to, t)). \(t(DashboardText.overviewIntro))"
            }
            el("ul", .class("kpi-tiles")) {
                tiles.map { tile in el("li", .class("card kpi-tile")) { tileContent(tile, t: t) } }
            }
            el("ul", .class("links")) {
                el("li") { el("a", .href("/drivers?outcome=nps")) { t(DriverText.title, "NPS") } }
                el("li") {
                    el("a", .href(changesLink)) { t(ChangeText.title, DashboardLabels.metricShortName(changesMetric, t)) }
                }
                if context.canLeadActionPlans {
                    el("li") { el("a", .href(planLink(t))) { t(PlanText.startPlanHere) } }
                }
            }
        }
    }

    /// The new-plan form with these results as its focus: the figures, the days and the page to read them again.
    private func planLink(_ t: Localizer) -> String {
        let figures = tiles.compactMap { tile -> String? in
            guard let total = tile.current.total else { return nil }
            let format = MetricFormat(tile.metric, options: tile.current.options, t: t)
            return
                "\(format.shortName) \(format.value(total.figure.value)) (\(t(GoalText.answers, format.count(total.figure.n))))"
        }
        let focus = DashboardLabels.days(from: filter.from, to: filter.to, t) + ": " + figures.joined(separator: ", ")
        return URLPath.withQuery(
            "/plans/new",
            (filter.unit.map { [("unit", $0)] } ?? []) + [("focus", focus), ("source", filter.link("/dashboards"))])
    }

    /// "What changed" decomposes NPS, CSAT and CES; the NKI's weights differ between periods.
    private var changesMetric: Metric { [.nps, .csat, .ces].contains(filter.metric) ? filter.metric : .nps }

    /// The change over the dashboard's period against the period just before it.
    private var changesLink: String {
        URLPath.withQuery(
            "/changes", [("metric", changesMetric.rawValue), ("from", filter.from.iso), ("to", filter.to.iso)])
    }

    private func tileContent(_ tile: Tile, t: Localizer) -> HTML {
        let format = MetricFormat(tile.metric, options: tile.current.options, t: t)
        let headingID = "kpi-\(tile.metric.rawValue)"
        return el("section", .aria("labelledby", headingID)) {
            el("h2", .id(headingID)) {
                el("abbr", Attribute("title", DashboardLabels.metricName(tile.metric, t))) { format.shortName }
            }
            el("p", .class("kpi-unit")) { DashboardLabels.unitDescription(tile.metric, t) }
            if let total = tile.current.total {
                figure(total, compare: tile.current.compare, format: format, t: t)
                sparkline(tile, format: format, t: t)
            } else {
                el("p", .class("no-data")) { DashboardLabels.noTotal(tile.current, t) }
            }
            el("p", .class("kpi-link")) {
                el("a", .href(filter.link("/dashboards/trend", changing: [.metric: tile.metric.rawValue]))) {
                    t(DashboardText.seeTrend, format.shortName)
                }
            }
        }
    }

    private func figure(_ total: MetricGroup, compare: ComparisonMode, format: MetricFormat, t: Localizer) -> HTML {
        let figure = total.figure
        return HTML.build {
            el("p", .class("kpi-value")) { format.value(figure.value) }
            el("dl", .class("kpi-facts")) {
                el("div") {
                    el("dt") { format.intervalName }
                    el("dd") { figure.interval == nil ? t(DashboardText.noInterval) : format.interval(figure.interval) }
                }
                el("div") {
                    el("dt") { t(DashboardText.answers) }
                    el("dd") {
                        format.count(figure.n)
                        if figure.skipped > 0 { " (\(t(DashboardText.skipped, format.count(figure.skipped))))" }
                    }
                }
                if compare != .none {
                    el("div") {
                        el("dt") { DashboardLabels.changeHeading(compare, t) }
                        el("dd", .class("kpi-change")) { change(total, compare: compare, format: format, t: t) }
                    }
                }
            }
            if figure.lowSample {
                el("p", .class("flag flag-low")) { t(SignificanceText.lowSampleWarning, format.count(format.options.lowSample)) }
            }
        }
    }

    /// "+4,2 poäng, signifikant", with a shape for the direction; or why there is no comparison ("No answers in
    /// the previous period" is not the same as too few).
    private func change(_ total: MetricGroup, compare: ComparisonMode, format: MetricFormat, t: Localizer) -> HTML {
        guard let comparison = total.comparison else { return HTML(text: format.noComparison(total, compare: compare)) }
        let amount = format.changeWithUnit(comparison.difference)
        return HTML.build {
            switch ChartMark(comparison) {
            case .up:
                el("span", .class("mark mark-up"), .aria("hidden", "true")) { "▲ " }
                t(SignificanceText.changeSignificant, amount)
            case .down:
                el("span", .class("mark mark-down"), .aria("hidden", "true")) { "▼ " }
                t(SignificanceText.changeSignificant, amount)
            case .unchanged, .none:
                t(SignificanceText.changeNotSignificant, amount)
            }
        }
    }

    private func sparkline(_ tile: Tile, format: MetricFormat, t: Localizer) -> HTML {
        guard let series = PeriodSeries(tile.weekly), !tile.weekly.isEmpty else { return .empty }
        let points = series.entries.map { entry in
            Sparkline.Point(
                label: DashboardLabels.period(entry.period, t), value: entry.group?.figure.value,
                valueText: entry.group.map { format.value($0.figure.value) } ?? t(DashboardText.noFigure))
        }
        let shown = points.filter { $0.value != nil }
        guard let first = shown.first, let last = shown.last else { return .empty }
        var summary = t(SignificanceText.sparklineSummary, first.label, first.valueText, last.label, last.valueText)
        let gaps = points.count - shown.count
        if gaps > 0 { summary += " " + t(SignificanceText.periodsWithoutFigure, format.count(gaps)) }
        return Sparkline(
            id: "spark-\(tile.metric.rawValue)", title: DashboardLabels.perGrain(tile.metric, series.grain, t), summary: summary,
            valueRange: format.range, points: points
        ).render(t)
    }
}
