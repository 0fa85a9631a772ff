import CXMCore
import Foundation

/// One journey as a heat map: stages as columns in order, each touchpoint a card coloured by its score
/// band, with the feeling the company wants beside what customers answered.
public struct DashboardJourneyPage: Sendable {
    /// A stage of the journey, its touchpoints in order.
    public struct Stage: Sendable {
        public var id: String
        public var name: String
        public var touchpoints: [Touchpoint]

        /// Creates a stage.
        public init(id: String, name: String, touchpoints: [Touchpoint]) {
            self.id = id
            self.name = name
            self.touchpoints = touchpoints
        }
    }

    /// A touchpoint and the feeling it should leave (`Touchpoint.feeling`).
    public struct Touchpoint: Sendable {
        public var id: String
        public var name: String
        public var feeling: String

        /// Creates a touchpoint.
        public init(id: String, name: String, feeling: String) {
            self.id = id
            self.name = name
            self.feeling = feeling
        }
    }

    /// Where the driver analysis places each touchpoint, shown as a badge on its card.
    public struct Priorities: Sendable {
        public var quadrants: [String: ImportanceMatrix.Quadrant]
        /// What the analysis explained ("NPS").
        public var outcomeLabel: String
        public var from: LocalDay
        public var to: LocalDay
        public var computedAt: Date
        /// The workspace time zone, for `computedAt`.
        public var timeZone: String

        /// Creates the priorities.
        public init(
            quadrants: [String: ImportanceMatrix.Quadrant], outcomeLabel: String, from: LocalDay, to: LocalDay,
            computedAt: Date, timeZone: String
        ) {
            self.quadrants = quadrants
            self.outcomeLabel = outcomeLabel
            self.from = from
            self.to = to
            self.computedAt = computedAt
            self.timeZone = timeZone
        }
    }

    /// A funnel step that belongs to a touchpoint: how many of the step before's visitors reached it.
    public struct FunnelStepFigure: Sendable {
        public var funnelID: String
        public var funnelName: String
        public var step: FunnelReport.Step
        public var previousTitle: String
        public var isLargestDropOff: Bool

        /// Creates the figure.
        public init(
            funnelID: String, funnelName: String, step: FunnelReport.Step, previousTitle: String, isLargestDropOff: Bool
        ) {
            self.funnelID = funnelID
            self.funnelName = funnelName
            self.step = step
            self.previousTitle = previousTitle
            self.isLargestDropOff = isLargestDropOff
        }

        /// The steps of funnel reports that name a touchpoint (after the first), by touchpoint.
        public static func byTouchpoint(_ reports: [FunnelReport]) -> [String: [FunnelStepFigure]] {
            var figures: [String: [FunnelStepFigure]] = [:]
            for report in reports {
                for step in report.steps.dropFirst() {
                    guard let touchpoint = step.touchpointID, step.fromPrevious != nil else { continue }
                    figures[touchpoint, default: []].append(
                        FunnelStepFigure(
                            funnelID: report.funnelID, funnelName: report.name, step: step,
                            previousTitle: report.steps[step.index - 2].title,
                            isLargestDropOff: step.index == report.largestDropOffStep))
                }
            }
            return figures
        }
    }

    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var filter: DashboardFilter
    public var journeyID: String
    public var journeyName: String
    /// Stages in journey order, touchpoints in stage order.
    public var stages: [Stage]
    /// The metric for this journey grouped by touchpoint, each compared with the rest (`compare: .rest`).
    public var result: MetricResult
    /// The kept driver analysis of the journey, if one has been computed for the reader's units.
    public var priorities: Priorities?
    /// Digital funnel steps linked to the journey's touchpoints, for the same period.
    public var funnelSteps: [String: [FunnelStepFigure]]

    /// Creates the journey dashboard model.
    public init(
        context: PageContext, filter: DashboardFilter, journeyID: String, journeyName: String, stages: [Stage],
        result: MetricResult, priorities: Priorities? = nil, funnelSteps: [String: [FunnelStepFigure]] = [:]
    ) {
        self.funnelSteps = funnelSteps
        self.priorities = priorities
        self.context = context
        self.filter = filter
        self.journeyID = journeyID
        self.journeyName = journeyName
        self.stages = stages
        self.result = result
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = MetricFormat(result, t: t)
        return Layout.page(title: journeyName, context: context, section: .dashboards, isSectionIndex: false) {
            Dashboard.navigation(current: .journey, filter: filter, journeyID: journeyID, t: t)
            filter.form(
                action: URLPath.make("/dashboards/journeys", journeyID),
                fields: [.metric, .from, .to, .unit, .channel, .segment, .correction],
                t: t)
            el("p", .class("lead")) {
                "\(DashboardLabels.metricName(result.metric, t)), \(DashboardLabels.days(from: result.from, to: result.to, t))."
            }
            el("p") {
                el(
                    "a",
                    .href(URLPath.withQuery("/drivers", [("outcome", "nps"), ("level", "customer"), ("journey", journeyID)]))
                ) {
                    t(DriverText.matrix)
                }
                if let priorities {
                    ". "
                    t(
                        priorities.quadrants.isEmpty ? DriverText.badgesNone : DriverText.badges, priorities.outcomeLabel,
                        "\(LocaleFormat(t.language).day(priorities.from))–\(LocaleFormat(t.language).day(priorities.to))",
                        LocaleFormat(t.language).dateTime(priorities.computedAt, timeZone: priorities.timeZone))
                }
            }
            if let total = result.total {
                el("p", .class("journey-total")) {
                    el("strong") { t(DashboardText.wholeJourney) }
                    " "
                    t(
                        DashboardText.figureSummary, format.value(total.figure.value), format.interval(total.figure.interval),
                        format.count(total.figure.n))
                }
                el("p", .class("explanation")) { DashboardUnitsPage.explanation(result.options.correction, t: t) }
                bandLegend(format: format, t: t)
            } else {
                el("p", .class("no-data")) { DashboardLabels.noTotal(result, t) }
            }
            if stages.isEmpty {
                el("p", .class("muted")) { t(JourneyText.noStages) }
            } else {
                el("div", .class("journey-map")) {
                    stages.map { stage in stageColumn(stage, format: format, t: t) }
                }
            }
            if result.suppressedGroups > 0 {
                el("p", .class("notes")) {
                    t(
                        SignificanceText.hiddenTouchpoints, format.count(result.suppressedGroups),
                        format.count(result.options.minimumSample))
                }
            }
        }
    }

    private var groupsByTouchpoint: [String: MetricGroup] {
        var groups: [String: MetricGroup] = [:]
        for group in result.groups {
            if let id = group.value(for: .touchpoint)?.id, groups[id] == nil { groups[id] = group }
        }
        return groups
    }

    private func stageColumn(_ stage: Stage, format: MetricFormat, t: Localizer) -> HTML {
        let groups = groupsByTouchpoint
        let headingID = "stage-\(stage.id)"
        return el("section", .class("journey-stage"), .aria("labelledby", headingID)) {
            el("h2", .id(headingID)) { stage.name }
            if stage.touchpoints.isEmpty {
                el("p", .class("muted")) { t(JourneyText.noTouchpoints) }
            } else {
                el("ol", .class("touchpoint-cards")) {
                    stage.touchpoints.map { touchpoint in card(touchpoint, group: groups[touchpoint.id], format: format, t: t) }
                }
            }
        }
    }

    private func card(_ touchpoint: Touchpoint, group: MetricGroup?, format: MetricFormat, t: Localizer) -> HTML {
        let band = ScoreBand.of(group?.figure, metric: result.metric, scale: format.scale)
        return el("li", .class("tp-card \(band.cssClass)")) {
            el("h3") { touchpoint.name }
            if let quadrant = priorities?.quadrants[touchpoint.id] {
                el("p", .class("tp-quadrant quadrant-\(quadrant.rawValue)")) { DriversPage.quadrant(quadrant, t) }
            }
            el("dl", .class("tp-facts")) {
                el("div", .class("tp-wanted")) {
                    el("dt") { t(JourneyText.desiredFeeling) }
                    el("dd") { touchpoint.feeling.isEmpty ? t(CommonText.notSet) : touchpoint.feeling }
                }
                el("div", .class("tp-measured")) {
                    el("dt") { t(DashboardText.measured) }
                    el("dd") { measured(group, band: band, format: format, t: t) }
                }
                if let steps = funnelSteps[touchpoint.id], !steps.isEmpty {
                    el("div", .class("tp-funnel")) {
                        el("dt") { t(FunnelText.onTheMap) }
                        steps.map { funnelStep($0, t: t) }
                    }
                }
            }
            if group != nil {
                el("p", .class("tp-link")) {
                    el("a", .href(filter.link("/dashboards/trend", changing: [.touchpoint: touchpoint.id, .journey: journeyID])))
                    {
                        t(DashboardText.seeTrend, format.shortName)
                        el("span", .class("visually-hidden")) { ": \(touchpoint.name)" }
                    }
                }
            }
        }
    }

    /// "Web checkout, Payment entered: 58 % of 2,563 continued from “Checkout started” (56–60 %), 1,053 left".
    private func funnelStep(_ figure: FunnelStepFigure, t: Localizer) -> HTML {
        let format = LocaleFormat(t.language)
        let share = figure.step.fromPrevious
        let interval = share?.interval.map { "\(format.percent($0.low))–\(format.percent($0.high))" } ?? "–"
        return el("dd", .class(figure.isLargestDropOff ? "tp-funnel-step flag-down" : "tp-funnel-step")) {
            el("a", .href(URLPath.make("/funnels", figure.funnelID))) {
                t(
                    FunnelText.continuedFrom, figure.funnelName, figure.step.title,
                    share.map { format.percent($0.share) } ?? "–", figure.previousTitle, interval,
                    format.integer(figure.step.droppedOff), share.map { format.integer($0.n) } ?? "–")
            }
            if figure.isLargestDropOff {
                " "
                el("span", .class("flag flag-down")) { t(FunnelText.largestDropOff) }
            }
        }
    }

    private func measured(_ group: MetricGroup?, band: ScoreBand, format: MetricFormat, t: Localizer) -> HTML {
        guard let group else {
            return el("span", .class("tp-none")) {
                result.suppressedGroups > 0 ? t(DashboardText.noAnswersOrTooFew) : t(DashboardText.noAnswers)
            }
        }
        let figure = group.figure
        return HTML.build {
            el("span", .class("tp-value")) { format.value(figure.value) }
            el("span", .class("tp-detail")) {
                t(DashboardText.answersCount, format.count(figure.n))
                if figure.interval != nil {
                    // The interval wraps as a whole, never between its two ends.
                    " · "
                    el("span", .class("tp-interval")) { format.interval(figure.interval) }
                }
            }
            if figure.lowSample {
                el("span", .class("flag flag-low")) { format.lowSample(figure.n) }
            } else if let index = ScoreBand.scoreBands.firstIndex(of: band) {
                el("span", .class("tp-band")) {
                    t(DashboardText.bandOf, format.count(index + 1), format.count(ScoreBand.scoreBands.count))
                }
            }
            switch ChartMark(group.comparison) {
            case .up:
                el("span", .class("flag flag-up")) {
                    el("span", .aria("hidden", "true")) { "▲ " }
                    t(SignificanceText.aboveRestOfJourney)
                }
            case .down:
                el("span", .class("flag flag-down")) {
                    el("span", .aria("hidden", "true")) { "▼ " }
                    t(SignificanceText.belowRestOfJourney)
                }
            case .unchanged:
                HTML.empty
            case .none:
                el("span", .class("tp-detail tp-no-comparison")) { format.noComparison(group, compare: result.compare) }
            }
        }
    }

    /// The five bands with the values each covers, plus the two uncoloured states.
    private func bandLegend(format: MetricFormat, t: Localizer) -> HTML {
        el("div", .class("band-legend")) {
            el("h2", .class("visually-hidden")) { t(DashboardText.bandLegend) }
            el("ul") {
                ScoreBand.scoreBands.enumerated().map { index, band in
                    el("li", .class(band.cssClass)) {
                        "\(t(DashboardText.bandOf, format.count(index + 1), format.count(ScoreBand.scoreBands.count))): "
                        bandRange(band, format: format, t: t)
                    }
                }
                el("li", .class(ScoreBand.lowSample.cssClass)) {
                    t(SignificanceText.bandLowSample, format.count(result.options.lowSample))
                }
                el("li", .class(ScoreBand.noData.cssClass)) { t(DashboardText.noAnswers) }
            }
        }
    }

    private func bandRange(_ band: ScoreBand, format: MetricFormat, t: Localizer) -> String {
        switch ScoreBand.bounds(of: band, metric: result.metric, scale: format.scale) {
        case (nil, let upper?)?: t(DashboardText.bandBelow, format.level(upper))
        case (let lower?, nil)?: t(DashboardText.bandAtLeast, format.level(lower))
        case (let lower?, let upper?)?: t(DashboardText.bandBetween, format.level(lower), format.level(upper))
        default: ""
        }
    }
}
