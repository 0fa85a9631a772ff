import CXMCore
import Foundation

/// The churn report for a period: the churn rate of promoters, passives and detractors with n and
/// intervals, whether detractors leave more (the test in words), the reasons by category, and the
/// revenue at risk among the detractors who stayed.
public struct ChurnPage: Sendable {
    public var context: PageContext
    public var report: ChurnReport
    public var from: Date
    public var to: Date
    public var fromText: String
    public var toText: String
    public var timeZone: String

    public init(
        context: PageContext, report: ChurnReport, from: Date, to: Date, fromText: String, toText: String, timeZone: String
    ) {
        self.context = context
        self.report = report
        self.from = from
        self.to = to
        self.fromText = fromText
        self.toText = toText
        self.timeZone = timeZone
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        let metric = MetricFormat(.nps, t: t)
        return Layout.page(title: t(ChurnText.churn), context: context, section: .signals, isSectionIndex: false) {
            SignalsTab.navigation(current: .churn, t: t)
            el("p", .class("muted")) { t(ChurnText.churnHint) }
            SignalsTab.periodForm(action: "/churn", fromText: fromText, toText: toText, t: t)
            el("p", .class("journey-total")) { verdict(t, format, metric) }
            dataTable(
                caption: t(
                    ChurnText.period, format.date(from, timeZone: timeZone),
                    format.date(to.addingTimeInterval(-1), timeZone: timeZone)),
                headers: [
                    t(ChurnText.category), t(ChurnText.customers), t(ChurnText.churned), t(ChurnText.rate),
                    t(ChurnText.revenueLost),
                ]
            ) {
                report.groups.map { group in
                    el("tr") {
                        el("th", .scope("row")) { Self.category(group.category, t) }
                        el("td", .class("num")) { format.integer(group.customers) }
                        el("td", .class("num")) { format.integer(group.churned) }
                        el("td") { SignalsTab.share(CountShare(group.churned, of: group.customers), format) }
                        el("td", .class("num")) { SignalsTab.money(group.revenueLost, format) }
                    }
                }
            }
            if report.churnedWithoutAnswer > 0 {
                el("p", .class("notes")) { t(ChurnText.withoutAnswer, format.integer(report.churnedWithoutAnswer)) }
            }
            el("p") {
                report.revenueAtRisk.map { t(ChurnText.atRisk, SignalsTab.money($0, format)) } ?? t(ChurnText.noAtRisk)
            }
            if !report.reasons.isEmpty {
                dataTable(
                    caption: t(ChurnText.reasons),
                    headers: [t(ChurnText.reason), t(ChurnText.count)] + NPSCategory.allCases.map { Self.category($0, t) }
                ) {
                    report.reasons.map { reason in
                        el("tr") {
                            el("th", .scope("row")) { reason.reason }
                            el("td", .class("num")) { format.integer(reason.count) }
                            NPSCategory.allCases.map { category in
                                el("td", .class("num")) { format.integer(reason.byCategory[category] ?? 0) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether detractors leave more, in words with the ratio and p, or that no difference shows.
    private func verdict(_ t: Localizer, _ format: LocaleFormat, _ metric: MetricFormat) -> String {
        guard let test = report.detractorsAgainstRest else { return t(ChurnText.noTest) }
        guard report.detractorsLeaveMore else { return t(ChurnText.noDifference, metric.pValue(test.pValue)) }
        guard let ratio = report.relativeRisk else { return t(ChurnText.leaveMoreNoRatio, metric.pValue(test.pValue)) }
        return t(ChurnText.leaveMore, format.decimal(ratio, fractionDigits: 1), metric.pValue(test.pValue))
    }

    static func category(_ category: NPSCategory, _ t: Localizer) -> String {
        switch category {
        case .promoter: t(ChurnText.promoter)
        case .passive: t(ChurnText.passive)
        case .detractor: t(ChurnText.detractor)
        }
    }
}
