import CXMCore
import Foundation

/// The incidents, newest first, each with the customers it hit, for how long and at what estimated cost,
/// and below them the cost of poor experience month by month.
public struct IncidentsPage: Sendable {
    /// One incident in the list, already sized.
    public struct Row: Sendable {
        public var incident: Incident
        public var affectedCustomers: Int
        public var affectedIsEstimate: Bool
        public var estimatedCost: Double?

        public init(incident: Incident, affectedCustomers: Int, affectedIsEstimate: Bool, estimatedCost: Double?) {
            self.incident = incident
            self.affectedCustomers = affectedCustomers
            self.affectedIsEstimate = affectedIsEstimate
            self.estimatedCost = estimatedCost
        }
    }

    public var context: PageContext
    public var rows: [Row]
    public var paging: Paging
    public var cost: PoorExperienceCost
    public var timeZone: String
    public var now: Date

    public init(
        context: PageContext, rows: [Row], paging: Paging, cost: PoorExperienceCost, timeZone: String, now: Date = Date()
    ) {
        self.context = context
        self.rows = rows
        self.paging = paging
        self.cost = cost
        self.timeZone = timeZone
        self.now = now
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(title: t(IncidentText.incidents), context: context, section: .signals) {
            SignalsTab.navigation(current: .incidents, t: t)
            el("p", .class("muted")) { t(IncidentText.incidentsHint) }
            if cost.valuePerCustomerMinute == nil {
                el("p", .class("notes")) { t(IncidentText.noValue) + " " + t(IncidentText.noValueHint) }
            }
            if rows.isEmpty {
                el("p", .class("no-data")) { t(IncidentText.noIncidents) }
            } else {
                dataTable(
                    caption: t(IncidentText.incidents),
                    headers: [
                        t(IncidentText.title), t(IncidentText.service), t(IncidentText.severity), t(IncidentText.started),
                        t(IncidentText.ended), t(IncidentText.minutes), t(IncidentText.affected), t(IncidentText.estimatedCost),
                    ]
                ) {
                    rows.map { row in
                        el("tr") {
                            el("th", .scope("row")) {
                                el("a", .href(URLPath.make("/incidents", row.incident.id))) { row.incident.title }
                            }
                            el("td") { row.incident.service ?? "–" }
                            el("td") { Self.severity(row.incident.severity, t) }
                            el("td") { format.dateTime(row.incident.startedAt, timeZone: timeZone) }
                            el("td") {
                                row.incident.endedAt.map { format.dateTime($0, timeZone: timeZone) } ?? t(IncidentText.ongoing)
                            }
                            el("td", .class("num")) { format.integer(Int(row.incident.minutes(now: now).rounded())) }
                            el("td", .class("num")) {
                                row.affectedIsEstimate
                                    ? t(IncidentText.estimate, format.integer(row.affectedCustomers))
                                    : format.integer(row.affectedCustomers)
                            }
                            el("td", .class("num")) { row.estimatedCost.map { SignalsTab.money($0, format) } ?? "–" }
                        }
                    }
                }
                paging.render(t) { URLPath.withQuery("/incidents", [("page", String($0))]) }
            }
            costTable(t, format)
        }
    }

    private func costTable(_ t: Localizer, _ format: LocaleFormat) -> HTML {
        HTML.build {
            el("h2") { t(IncidentText.costOverTime) }
            el("p", .class("notes")) { t(IncidentText.costHint) }
            dataTable(
                caption: t(IncidentText.costOverTime),
                headers: [
                    t(IncidentText.month), t(IncidentText.incidents), t(IncidentText.customerMinutes),
                    t(IncidentText.estimatedCost), t(IncidentText.churned), t(IncidentText.churnedRevenue),
                    t(IncidentText.detractorRevenue),
                ]
            ) {
                cost.months.map { month in
                    el("tr") {
                        el("th", .scope("row")) { format.monthAndYear(month.month) }
                        el("td", .class("num")) { format.integer(month.incidents) }
                        el("td", .class("num")) { format.integer(Int(month.customerMinutes.rounded())) }
                        el("td", .class("num")) { month.estimatedCost.map { SignalsTab.money($0, format) } ?? "–" }
                        el("td", .class("num")) { format.integer(month.churned) }
                        el("td", .class("num")) { SignalsTab.money(month.churnedRevenue, format) }
                        el("td", .class("num")) { SignalsTab.money(month.detractorRevenue, format) }
                    }
                }
                el("tr") {
                    el("th", .scope("row")) { t(IncidentText.total) }
                    el("td", .class("num")) { format.integer(cost.months.map(\.incidents).reduce(0, +)) }
                    el("td", .class("num")) { format.integer(Int(cost.months.map(\.customerMinutes).reduce(0, +).rounded())) }
                    el("td", .class("num")) {
                        cost.valuePerCustomerMinute == nil
                            ? "–" : SignalsTab.money(cost.months.compactMap(\.estimatedCost).reduce(0, +), format)
                    }
                    el("td", .class("num")) { format.integer(cost.months.map(\.churned).reduce(0, +)) }
                    el("td", .class("num")) { SignalsTab.money(cost.months.map(\.churnedRevenue).reduce(0, +), format) }
                    el("td", .class("num")) { SignalsTab.money(cost.months.map(\.detractorRevenue).reduce(0, +), format) }
                }
            }
        }
    }

    static func severity(_ severity: IncidentSeverity, _ t: Localizer) -> String {
        switch severity {
        case .minor: t(IncidentText.minor)
        case .major: t(IncidentText.major)
        case .critical: t(IncidentText.critical)
        }
    }
}
