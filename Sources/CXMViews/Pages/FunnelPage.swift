import CXMCore
import Foundation

/// The digital funnels: a list of them, and one funnel's report for a period and segment, step by step
/// (visitors, who continued with the interval, who left, how long they took), by entry channel with the
/// test, and the feedback prompts that ask visitors who leave why.
public struct FunnelPage: Sendable {
    public var context: PageContext
    public var funnels: [Funnel]
    /// The funnel shown, when one is chosen.
    public var report: FunnelReport?
    public var timeZone: String
    /// The period and segment shown, with the segments to choose from (only `from`, `to` and `segment` apply).
    public var filter: DashboardFilter?
    public var prompts: [Prompt]
    /// Open public survey links a prompt may use (value = link id).
    public var promptLinks: [SelectOption]
    /// Whether the viewer may attach and remove prompts (journey editors).
    public var canEdit: Bool
    /// The segments made of this funnel's progress (value = segment id), and whether the viewer may make the two
    /// usual ones (segment editors, when they are not there yet).
    public var segments: [SelectOption]
    public var canMakeSegments: Bool

    public init(
        context: PageContext, funnels: [Funnel], report: FunnelReport?, timeZone: String, filter: DashboardFilter? = nil,
        prompts: [Prompt] = [], promptLinks: [SelectOption] = [], canEdit: Bool = false, segments: [SelectOption] = [],
        canMakeSegments: Bool = false
    ) {
        self.context = context
        self.funnels = funnels
        self.report = report
        self.timeZone = timeZone
        self.filter = filter
        self.prompts = prompts
        self.promptLinks = promptLinks
        self.canEdit = canEdit
        self.segments = segments
        self.canMakeSegments = canMakeSegments
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(
            title: report?.name ?? t(FunnelText.funnels), context: context, section: .dashboards, isSectionIndex: false
        ) {
            el("p", .class("muted")) { t(FunnelText.funnelsHint) }
            if funnels.isEmpty {
                el("p", .class("muted")) { t(FunnelText.noFunnels) }
            } else {
                el("nav", .aria("label", t(FunnelText.funnels))) {
                    el("ul", .class("inline-list")) {
                        funnels.map { funnel in
                            el("li") {
                                if funnel.id == report?.funnelID {
                                    el("strong", .aria("current", "page")) { funnel.name }
                                } else {
                                    el("a", .href(URLPath.make("/funnels", funnel.id))) { funnel.name }
                                }
                            }
                        }
                    }
                }
            }
            if let report {
                if let filter {
                    filter.form(action: URLPath.make("/funnels", report.funnelID), fields: [.from, .to, .segment], t: t)
                }
                reportSection(report, t: t)
                promptSection(report, t: t)
                segmentSection(report, t: t)
            }
        }
    }

    private func reportSection(_ report: FunnelReport, t: Localizer) -> HTML {
        let format = LocaleFormat(t.language)
        func share(_ share: FunnelReport.Share?) -> String {
            guard let share else { return "–" }
            let interval = share.interval.map { " (\(format.percent($0.low))–\(format.percent($0.high)))" } ?? ""
            return format.percent(share.share) + interval
        }
        return HTML.build {
            el("p", .class("lead")) {
                t(
                    FunnelText.period, format.date(report.from, timeZone: timeZone),
                    format.date(report.to.addingTimeInterval(-1), timeZone: timeZone))
                ". "
                t(FunnelText.window, format.integer(report.windowMinutes))
            }
            if let converted = report.converted {
                el("p", .class("journey-total")) {
                    t(
                        FunnelText.converted, format.integer(converted.count), format.integer(converted.n),
                        format.percent(converted.share, fractionDigits: 1),
                        converted.interval.map {
                            "\(format.percent($0.low, fractionDigits: 1))–\(format.percent($0.high, fractionDigits: 1))"
                        }
                            ?? "–")
                }
            } else {
                el("p", .class("no-data")) { t(FunnelText.noVisitors) }
            }
            if report.smallSample && report.converted != nil {
                el("p", .class("flag flag-low")) { t(FunnelText.smallSample) }
            }
            dataTable(
                caption: report.name,
                headers: [
                    t(FunnelText.step), t(FunnelText.reached), t(FunnelText.continued), t(FunnelText.fromStart),
                    t(FunnelText.droppedOff), t(FunnelText.typicalTime),
                ]
            ) {
                report.steps.map { step in
                    el("tr", .class(step.index == report.largestDropOffStep ? "funnel-worst" : "")) {
                        el("th", .scope("row")) {
                            "\(step.index). \(step.title)"
                            if step.index == report.largestDropOffStep {
                                " "
                                el("span", .class("flag flag-down")) { t(FunnelText.largestDropOff) }
                            }
                        }
                        el("td", .class("num")) { format.integer(step.actors) }
                        el("td") { share(step.fromPrevious) }
                        el("td") { share(step.fromStart) }
                        el("td", .class("num")) { step.index == 1 ? "–" : format.integer(step.droppedOff) }
                        el("td") { step.timeFromPrevious.map { Self.typical($0, t: t) } ?? "–" }
                    }
                }
            }
            if let worst = report.largestDropOffStep, worst >= 2 {
                ImprovementsTab.proposeLink(context, [EvidenceLink(kind: .funnelStep, id: "\(report.funnelID):\(worst)")])
            }
            if !report.channels.isEmpty {
                dataTable(
                    caption: t(FunnelText.enteredBy),
                    headers: [t(FunnelText.channel), t(FunnelText.reached), t(FunnelText.continued), t(FunnelText.againstOthers)]
                ) {
                    report.channels.map { channel in
                        el("tr") {
                            el("th", .scope("row")) { channel.channel ?? t(FunnelText.noChannel) }
                            el("td", .class("num")) { format.integer(channel.entered) }
                            el("td") { share(channel.converted) }
                            el("td") { Self.comparison(channel.againstOthers, t: t) }
                        }
                    }
                }
            }
        }
    }

    /// The median visitor's bucket: "under 5 minutes", or "over a week" for the last.
    static func typical(_ time: FunnelReport.TimeToConvert, t: Localizer) -> String {
        let bucket = time.buckets[time.medianBucket]
        if let bound = bucket.upToSeconds { return t(FunnelText.timeUnder, duration(bound, t: t)) }
        return t(FunnelText.timeOver, duration(FunnelReport.timeBucketEdges.last ?? 0, t: t))
    }

    static func duration(_ seconds: Int, t: Localizer) -> String {
        let format = LocaleFormat(t.language)
        switch seconds {
        case ..<3600: return t(FunnelText.minutes, format.integer(seconds / 60))
        case ..<86_400: return t(FunnelText.hours, format.integer(seconds / 3600))
        default: return t(FunnelText.days, format.integer(seconds / 86_400))
        }
    }

    static func comparison(_ test: TestResult?, t: Localizer) -> String {
        guard let test else { return "–" }
        let p = LocaleFormat(t.language).decimal(test.pValue, fractionDigits: 3)
        guard test.pValue < 0.05 else { return t(FunnelText.noDifference) }
        return test.difference > 0 ? t(FunnelText.better, p) : t(FunnelText.worse, p)
    }
}
