import CXMCore
import Foundation

/// The closed-loop report: per unit or touchpoint and in all, whether customers were reached and
/// cases resolved in time, how long first contact took, and whether detractors came back happier;
/// every share with its n and interval, small groups marked.
public struct CaseReportPage: Sendable {
    public var context: PageContext
    public var report: CaseReport
    /// `unit`, `touchpoint` or empty.
    public var groupBy: String
    /// Group keys' names.
    public var names: [String: String]
    public var fromText: String
    public var toText: String
    public var timeZone: String
    /// Whether per-person statistics are on (grouping by assignee is offered, with a notice saying who allowed it).
    public var personStatistics: PersonStatistics?
    public var canSwitchPersonStatistics: Bool

    public init(
        context: PageContext, report: CaseReport, groupBy: String, names: [String: String], fromText: String, toText: String,
        timeZone: String, personStatistics: PersonStatistics? = nil, canSwitchPersonStatistics: Bool = false
    ) {
        self.personStatistics = personStatistics
        self.canSwitchPersonStatistics = canSwitchPersonStatistics
        self.context = context
        self.report = report
        self.groupBy = groupBy
        self.names = names
        self.fromText = fromText
        self.toText = toText
        self.timeZone = timeZone
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(title: t(CaseText.reportTitle), context: context, section: .cases, isSectionIndex: false) {
            el("form", Attribute("method", "get"), Attribute("action", "/cases/report"), .class("filter-form")) {
                inputField(
                    FieldSpec(id: "report-from", name: "from", label: t(CaseText.reportFrom)), value: fromText, type: "date",
                    errors: [])
                inputField(
                    FieldSpec(id: "report-to", name: "to", label: t(CaseText.reportTo)), value: toText, type: "date", errors: [])
                selectField(
                    FieldSpec(id: "report-by", name: "by", label: t(CaseText.groupBy)),
                    options: [
                        SelectOption(value: "unit", label: t(CaseText.byUnit)),
                        SelectOption(value: "touchpoint", label: t(CaseText.byTouchpoint)),
                    ] + (personStatistics == nil ? [] : [SelectOption(value: "assignee", label: t(CaseText.byPerson))]),
                    selected: groupBy, errors: [])
                el("div", .class("filter-actions")) { submitButton(t(CaseText.show)) }
            }
            personStatisticsNotice(t, format)
            el("p", .class("notes")) { t(CaseText.reportExplain) }
            dataTable(
                caption: t(
                    CaseText.reportPeriod, format.date(report.from, timeZone: timeZone),
                    format.date(report.to.addingTimeInterval(-1), timeZone: timeZone)),
                headers: [
                    groupBy == "touchpoint"
                        ? t(CaseText.byTouchpoint) : groupBy == "assignee" ? t(CaseText.byPerson) : t(CaseText.byUnit),
                    t(CaseText.colCases),
                    t(CaseText.statusOpen), t(CaseText.colReached), t(CaseText.colResolved), t(CaseText.colHoursToContact),
                    t(CaseText.colRecovered7), t(CaseText.colRecovered9), t(CaseText.colAwaiting),
                ]
            ) {
                ([report.total] + report.groups).map { group in
                    el("tr") {
                        el("th", .scope("row")) {
                            group.key == nil && group == report.total
                                ? t(CaseText.allCases) : names[group.key ?? ""] ?? group.key ?? "–"
                        }
                        el("td") { format.integer(group.cases) }
                        el("td") { format.integer(group.open) }
                        el("td") { share(group.firstContactInTime, t, format) }
                        el("td") { share(group.resolvedInTime, t, format) }
                        el("td") { hours(group.timeToFirstContact, format) }
                        el("td") { share(group.recoveredToPassive, t, format) }
                        el("td") { share(group.recoveredToPromoter, t, format) }
                        el("td") { format.integer(group.awaitingAnswer) }
                    }
                }
            }
        }
    }

    /// A median with the number of cases it is taken over.
    private func hours(_ duration: CaseReport.Duration, _ format: LocaleFormat) -> HTML {
        guard let median = duration.medianHours else { return HTML(text: "–") }
        return HTML.build {
            format.decimal(median, fractionDigits: 1)
            el("span", .class("notes")) { " (n = \(format.integer(duration.n)))" }
        }
    }

    private func share(_ share: CaseReport.Share, _ t: Localizer, _ format: LocaleFormat) -> HTML {
        guard let value = share.share, let interval = share.interval else { return HTML(text: "–") }
        return HTML.build {
            format.percent(value)
            el("span", .class("notes")) {
                " (\(format.percent(interval.low))–\(format.percent(interval.high)), n = \(format.integer(share.n)))"
            }
            if share.lowSample {
                " "
                el("span", .class("flag flag-low")) { t(CaseText.fewAnswers) }
            }
        }
    }

    /// Says plainly when per-person figures are on and who switched them on; lets an administrator switch.
    private func personStatisticsNotice(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        HTML.build {
            if let on = personStatistics {
                el("p", .class("flag flag-low"), .role("status")) {
                    t(CaseText.personStatisticsOn, on.enabledBy, format.date(on.enabledAt, timeZone: timeZone))
                }
            }
            if canSwitchPersonStatistics {
                postForm(action: "/cases/report/person-statistics", csrf: context.csrfToken, class: "inline-form") {
                    void("input", .type("hidden"), .name("enabled"), .value(personStatistics == nil ? "on" : "off"))
                    el("p", .class("notes")) { t(CaseText.personStatisticsHint) }
                    el("button", .type("submit"), .class("button button-quiet")) {
                        personStatistics == nil ? t(CaseText.personStatisticsSwitchOn) : t(CaseText.personStatisticsSwitchOff)
                    }
                }
            }
        }
    }
}
