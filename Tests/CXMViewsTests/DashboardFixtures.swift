import CXMCore
import CXMViews

/// Hand-built measurement results for the dashboard pages, shaped as the engine returns them.
enum DashboardFixtures {
    /// Monday 5 January 2026 to Sunday 29 March 2026: twelve ISO weeks, W02 to W13.
    static let from = LocalDay(year: 2026, month: 1, day: 5)
    static let to = LocalDay(year: 2026, month: 3, day: 29)

    static func figure(_ value: Double, n: Int, margin: Double? = 6, lowSample: Bool? = nil, skipped: Int = 0) -> MetricFigure {
        MetricFigure(
            value: value, n: n, skipped: skipped, interval: margin.map { Interval(low: value - $0, high: value + $0) },
            margin: margin, lowSample: lowSample ?? (n < 30), details: MetricDetails())
    }

    /// A comparison as the engine settles it: a direction only when significant.
    static func comparison(_ difference: Double, p: Double, significant: Bool) -> ComparisonResult {
        ComparisonResult(
            difference: difference, statistic: difference / 2, pValue: p / 2, adjustedPValue: p, significant: significant,
            direction: !significant || difference == 0 ? .unchanged : difference > 0 ? .up : .down, test: "nps-z")
    }

    static func result(
        _ metric: Metric, groupBy: [MetricGrouping] = [], compare: ComparisonMode = .none, total: MetricGroup?,
        groups: [MetricGroup] = [], suppressed: Int = 0, correction: Correction = .holm
    ) -> MetricResult {
        MetricResult(
            metric: metric, from: from, to: to, groupBy: groupBy, compare: compare,
            options: MetricOptions(correction: correction), total: total, groups: groups, suppressedGroups: suppressed)
    }

    /// Nothing answered at all.
    static func empty(_ metric: Metric, groupBy: [MetricGrouping] = [], compare: ComparisonMode = .none) -> MetricResult {
        result(metric, groupBy: groupBy, compare: compare, total: nil)
    }

    /// The whole period against the previous one, which had `baselineAnswers` answers.
    static func headline(
        _ metric: Metric, value: Double, n: Int = 480, change: ComparisonResult?, baselineAnswers: Int? = 450
    ) -> MetricResult {
        result(
            metric, compare: .previous,
            total: MetricGroup(
                key: [], figure: figure(value, n: n, margin: 7), baseline: nil, comparison: change,
                baselineAnswers: baselineAnswers))
    }

    /// The label of week `index` (0 = W02 2026).
    static func weekLabel(_ index: Int) -> String { TimeGrain.week.period(of: from.adding(days: 7 * index)).label }

    /// One value per week of the range; nil weeks are absent from the groups, as below-minimum periods are.
    /// Weeks in `uncompared` have no comparison, their previous week having that many answers.
    static func weekly(
        _ metric: Metric, values: [Double?], n: Int = 120, marks: [Int: (Double, Bool)] = [:], lowSample: Set<Int> = [],
        uncompared: [Int: Int] = [:], compare: ComparisonMode = .previous, suppressed: Int = 0, correction: Correction = .holm,
        margin: Double = 6
    ) -> MetricResult {
        let groups = values.enumerated().compactMap { index, value -> MetricGroup? in
            guard let value else { return nil }
            let count = lowSample.contains(index) ? 12 : n
            let change = marks[index].map { comparison($0.0, p: $0.1 ? 0.004 : 0.41, significant: $0.1) }
            let compared = compare != .none && uncompared[index] == nil
            return MetricGroup(
                key: [GroupValue(grouping: .week, id: weekLabel(index), label: weekLabel(index))],
                figure: figure(value, n: count, margin: margin),
                comparison: compared ? change ?? comparison(0.5, p: 0.9, significant: false) : nil,
                baselineAnswers: compare == .none ? nil : uncompared[index] ?? n)
        }
        let present = values.compactMap { $0 }
        let mean = present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
        return result(
            metric, groupBy: [.week], compare: compare,
            total: mean.map { MetricGroup(key: [], figure: figure($0, n: n * present.count, margin: 3)) }, groups: groups,
            suppressed: suppressed, correction: correction)
    }

    /// A group of one unit.
    static func unit(
        _ id: String, _ label: String, parent: String?, depth: Int, value: Double, n: Int = 200, change: ComparisonResult? = nil
    ) -> MetricGroup {
        MetricGroup(
            key: [GroupValue(grouping: .unit, id: id, label: label, parentID: parent, depth: depth)],
            figure: figure(value, n: n), comparison: change)
    }

    /// A group of one touchpoint.
    static func touchpoint(
        _ id: String, _ label: String, value: Double, n: Int = 200, change: ComparisonResult? = nil
    )
        -> MetricGroup
    {
        MetricGroup(
            key: [GroupValue(grouping: .touchpoint, id: id, label: label)], figure: figure(value, n: n), comparison: change)
    }

    static func filter(text: String = "Sample", unit: String? = nil, journey: String? = "j1") -> DashboardFilter {
        let option = SelectOption(value: text, label: text)
        return DashboardFilter(
            metric: .nps, from: from, to: to, grain: .week, unit: unit, journey: journey, units: [option],
            touchpoints: [option], channels: [option], journeys: [SelectOption(value: "j1", label: text)])
    }

    static func overview(_ context: PageContext, text: String = "Sample") -> DashboardOverviewPage {
        DashboardOverviewPage(
            context: context, filter: filter(text: text),
            tiles: [
                .init(
                    metric: .nps, current: headline(.nps, value: 42.34, change: comparison(4.2, p: 0.01, significant: true)),
                    weekly: weekly(.nps, values: [30, 35, nil, 41, 42])),
                .init(
                    metric: .csat, current: headline(.csat, value: 87.16, change: comparison(-1, p: 0.5, significant: false)),
                    weekly: weekly(.csat, values: [86, 88])),
                .init(
                    metric: .ces, current: headline(.ces, value: 5.34, n: 25, change: nil, baselineAnswers: 0),
                    weekly: weekly(.ces, values: [5.3])),
                .init(metric: .nki, current: empty(.nki), weekly: empty(.nki, groupBy: [.week])),
            ])
    }

    static func trend(_ context: PageContext, text: String = "Sample") -> DashboardTrendPage {
        DashboardTrendPage(
            context: context, filter: filter(text: text),
            result: weekly(
                .nps, values: [30, 32, nil, 40, 28, 35, 36, 37, nil, nil, 41, 44], marks: [3: (8, true), 4: (-12, true)],
                lowSample: [7], uncompared: [0: 0, 10: 2], suppressed: 2))
    }

    static func journey(_ context: PageContext, text: String = "Sample") -> DashboardJourneyPage {
        DashboardJourneyPage(
            context: context, filter: filter(text: text), journeyID: "j1", journeyName: text,
            stages: [
                .init(
                    id: "s1", name: "\(text) before",
                    touchpoints: [
                        .init(id: "t1", name: "\(text) web", feeling: "Confident \(text)"),
                        .init(id: "t2", name: "\(text) store", feeling: "Welcome"),
                    ]),
                .init(
                    id: "s2", name: "\(text) after",
                    touchpoints: [
                        .init(id: "t3", name: "\(text) bill", feeling: ""), .init(id: "t4", name: "\(text) app", feeling: "Easy"),
                    ]),
            ],
            result: result(
                .nps, groupBy: [.touchpoint], compare: .rest,
                total: MetricGroup(key: [], figure: figure(34, n: 900, margin: 4)),
                groups: [
                    touchpoint("t1", text, value: 55, change: comparison(24, p: 0.001, significant: true)),
                    touchpoint("t2", text, value: 8, n: 12),
                    touchpoint("t3", text, value: -12, change: comparison(-50, p: 0.002, significant: true)),
                ], suppressed: 1),
            funnelSteps: DashboardJourneyPage.FunnelStepFigure.byTouchpoint([FunnelFixtures.report(text: text)]))
    }

    static func units(_ context: PageContext, text: String = "Sample") -> DashboardUnitsPage {
        DashboardUnitsPage(
            context: context, filter: filter(text: text, unit: "north"), parentID: "north",
            breadcrumb: [SelectOption(value: "company", label: "Company"), SelectOption(value: "north", label: "North \(text)")],
            result: result(
                .nps, groupBy: [.unit], compare: .rest, total: MetricGroup(key: [], figure: figure(31, n: 1500, margin: 3)),
                groups: [
                    unit("north", "North \(text)", parent: "company", depth: 1, value: 31, n: 1500),
                    unit(
                        "n1", "\(text) Kista", parent: "north", depth: 2, value: 48,
                        change: comparison(19, p: 0.003, significant: true)),
                    unit("n1a", "Kista A", parent: "n1", depth: 3, value: 50),
                    unit("n2", "\(text) Solna", parent: "north", depth: 2, value: 12, n: 20),
                    unit(
                        "n3", "\(text) Täby", parent: "north", depth: 2, value: 10,
                        change: comparison(-24, p: 0.02, significant: true)),
                    unit(
                        "n4", "\(text) Sollentuna", parent: "north", depth: 2, value: 33,
                        change: comparison(2, p: 0.7, significant: false)),
                    unit("south", "South", parent: "company", depth: 1, value: 20),
                ]))
    }
}
