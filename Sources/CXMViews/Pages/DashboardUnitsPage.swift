import CXMCore

/// The units under one parent side by side on a forest plot, each against the rest, with the parent's own
/// figure as the reference line; units with units below them link one level down.
public struct DashboardUnitsPage: Sendable {
    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var filter: DashboardFilter
    /// The unit whose children are compared; nil compares the top-level units.
    public var parentID: String?
    /// The units from the top of the tree down to the parent itself (empty at the top), for the breadcrumb.
    public var breadcrumb: [SelectOption]
    /// The metric grouped by unit, each compared with the rest (`compare: .rest`); groups carry `parentID`.
    public var result: MetricResult

    /// Creates the unit comparison model.
    public init(
        context: PageContext, filter: DashboardFilter, parentID: String?, breadcrumb: [SelectOption], result: MetricResult
    ) {
        self.context = context
        self.filter = filter
        self.parentID = parentID
        self.breadcrumb = breadcrumb
        self.result = result
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = MetricFormat(result, t: t)
        return Layout.page(title: t(DashboardText.unitComparison), context: context, section: .dashboards, isSectionIndex: false)
        {
            Dashboard.navigation(current: .units, filter: filter, t: t)
            filter.form(
                action: "/dashboards/units",
                fields: [.metric, .from, .to, .unit, .journey, .touchpoint, .channel, .segment, .correction],
                t: t)
            breadcrumbNavigation(t: t)
            el("p", .class("lead")) {
                "\(DashboardLabels.metricName(result.metric, t)), \(DashboardLabels.days(from: result.from, to: result.to, t))."
            }
            if result.total == nil {
                el("p", .class("no-data")) { DashboardLabels.noTotal(result, t) }
            } else if children.isEmpty {
                el("p", .class("no-data")) { t(DashboardText.noUnitsToCompare, format.count(result.options.minimumSample)) }
            } else {
                el("p", .class("explanation")) { Self.explanation(result.options.correction, t: t) }
                plot(format: format, t: t).render(t, table: .visible)
            }
            if result.suppressedGroups > 0 {
                el("p", .class("notes")) {
                    t(
                        SignificanceText.hiddenUnits, format.count(result.suppressedGroups),
                        format.count(result.options.minimumSample))
                }
            }
        }
    }

    /// The sentence that says which differences are real, for the correction the engine used.
    static func explanation(_ correction: Correction, t: Localizer) -> String {
        switch correction {
        case .holm: t(SignificanceText.explanationHolm)
        case .benjaminiHochberg: t(SignificanceText.explanationBH)
        case .none: t(SignificanceText.explanationNone)
        }
    }

    private func unit(_ group: MetricGroup) -> GroupValue? { group.value(for: .unit) }

    /// The parent's children; at the top, the roots (or, for someone who sees only part of the tree, its
    /// shallowest units).
    var children: [MetricGroup] {
        let units = result.groups.filter { unit($0) != nil }
        if let parentID { return units.filter { unit($0)?.parentID == parentID } }
        let roots = units.filter { unit($0)?.parentID == nil }
        if !roots.isEmpty { return roots }
        let top = units.compactMap { unit($0)?.depth }.min()
        return units.filter { unit($0)?.depth == top }
    }

    /// The parent's own group, the reference the children are read against.
    var parent: MetricGroup? {
        parentID.flatMap { id in result.groups.first { unit($0)?.id == id } }
    }

    private func hasChildren(_ id: String) -> Bool {
        result.groups.contains { unit($0)?.parentID == id }
    }

    func plot(format: MetricFormat, t: Localizer) -> ForestPlot {
        let rows = children.map { group -> ForestPlot.Row in
            let value = unit(group)
            let id = value?.id ?? ""
            let figure = group.figure
            return ForestPlot.Row(
                id: id, label: value?.label ?? id,
                href: hasChildren(id) ? filter.link("/dashboards/units", changing: [.unit: id]) : nil, value: figure.value,
                interval: figure.interval, lowSample: figure.lowSample, mark: ChartMark(group.comparison),
                valueText: format.value(figure.value), intervalText: format.interval(figure.interval),
                nText: format.count(figure.n), differenceText: group.comparison.map { format.change($0.difference) } ?? "",
                pValueText: group.comparison.map { format.pValue($0.adjustedPValue) } ?? "",
                verdictText: format.restVerdict(group))
        }
        let referenceGroup = parent ?? result.total
        let referenceName = parent.flatMap { unit($0)?.label } ?? breadcrumb.last?.label ?? t(DashboardText.allUnits)
        let reference = referenceGroup.map {
            ForestPlot.Reference(value: $0.figure.value, label: "\(referenceName): \(format.value($0.figure.value))")
        }
        let above = rows.filter { $0.mark == .up }.count
        let below = rows.filter { $0.mark == .down }.count
        let low = rows.filter(\.lowSample).count
        var summary = t(
            SignificanceText.forestSummary, format.count(rows.count), format.count(above), format.count(below), format.count(low))
        if let reference { summary += " " + t(SignificanceText.forestReference, reference.label) }
        // The axis spans every interval and the reference line, not the metric's whole range.
        let axis = format.axis(
            fitting: rows.flatMap { [$0.interval?.low ?? $0.value, $0.interval?.high ?? $0.value] }
                + (reference.map { [$0.value] } ?? []))
        let title =
            parentID == nil
            ? t(DashboardText.unitsTitleTop, format.shortName) : t(DashboardText.unitsTitle, format.shortName, referenceName)
        return ForestPlot(
            id: "units", title: title, summary: summary,
            labelHeader: t(DashboardText.unit), valueRange: axis.range, ticks: axis.ticks, reference: reference, rows: rows,
            legend: ForestPlot.Legend(
                interval: t(SignificanceText.legendPointInterval, format.intervalName), up: t(SignificanceText.aboveRest),
                down: t(SignificanceText.belowRest),
                lowSample: t(SignificanceText.legendLowSampleUnranked, format.count(result.options.lowSample)),
                reference: t(SignificanceText.legendReference, referenceName)))
    }

    /// "All units › Region North › Store 12", each but the last a link one level up.
    private func breadcrumbNavigation(t: Localizer) -> HTML {
        el("nav", .class("breadcrumb"), .aria("label", t(DashboardText.unitPath))) {
            el("ol") {
                el("li") {
                    if breadcrumb.isEmpty {
                        el("span", .aria("current", "page")) { t(DashboardText.allUnits) }
                    } else {
                        el("a", .href(filter.link("/dashboards/units", changing: [.unit: ""]))) { t(DashboardText.allUnits) }
                    }
                }
                breadcrumb.enumerated().map { index, unit in
                    el("li") {
                        if index == breadcrumb.count - 1 {
                            el("span", .aria("current", "page")) { unit.label }
                        } else {
                            el("a", .href(filter.link("/dashboards/units", changing: [.unit: unit.value]))) { unit.label }
                        }
                    }
                }
            }
        }
    }
}
