import CXMCore
import Foundation

/// Support tickets of a period as experience figures: contact rate, repeat contact, first-contact
/// resolution and reopening with n and intervals, the median hours, and the top categories per touchpoint.
public struct TicketsPage: Sendable {
    public var context: PageContext
    public var metrics: TicketMetrics
    /// Touchpoint names by id.
    public var touchpoints: [String: String]
    public var fromText: String
    public var toText: String

    public init(context: PageContext, metrics: TicketMetrics, touchpoints: [String: String], fromText: String, toText: String) {
        self.context = context
        self.metrics = metrics
        self.touchpoints = touchpoints
        self.fromText = fromText
        self.toText = toText
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(title: t(TicketText.tickets), context: context, section: .signals, isSectionIndex: false) {
            SignalsTab.navigation(current: .tickets, t: t)
            el("p", .class("muted")) { t(TicketText.ticketsHint) }
            SignalsTab.periodForm(action: "/tickets", fromText: fromText, toText: toText, t: t)
            if metrics.tickets == 0 {
                el("p", .class("no-data")) { t(TicketText.noTickets) }
            } else {
                dataTable(caption: t(TicketText.tickets), headers: [t(TicketText.figure), t(TicketText.value)]) {
                    row(t(TicketText.count), HTML(text: format.integer(metrics.tickets)))
                    row(t(TicketText.contactRate), SignalsTab.share(metrics.contactRate, format))
                    row(
                        t(TicketText.perHundred),
                        HTML(text: metrics.ticketsPerHundredCustomers.map { format.decimal($0) } ?? "–"))
                    row(t(TicketText.repeatContact), SignalsTab.share(metrics.repeatContact, format))
                    row(t(TicketText.firstContact), SignalsTab.share(metrics.firstContactResolution, format))
                    row(t(TicketText.reopened), SignalsTab.share(metrics.reopened, format))
                    row(
                        t(TicketText.hoursToResponse),
                        HTML(text: metrics.medianHoursToFirstResponse.map { format.decimal($0) } ?? "–"))
                    row(t(TicketText.hoursToClose), HTML(text: metrics.medianHoursToClose.map { format.decimal($0) } ?? "–"))
                }
                dataTable(
                    caption: t(TicketText.byTouchpoint),
                    headers: [t(TicketText.touchpoint), t(TicketText.count), t(TicketText.category), t(TicketText.share)]
                ) {
                    metrics.byTouchpoint.map { group in
                        let name = group.touchpointID.map { touchpoints[$0] ?? $0 } ?? t(TicketText.noTouchpoint)
                        return HTML.build {
                            group.categories.enumerated().map { index, category in
                                el("tr") {
                                    if index == 0 {
                                        el("th", .scope("row"), Attribute("rowspan", String(group.categories.count))) {
                                            name
                                        }
                                        el("td", .class("num"), Attribute("rowspan", String(group.categories.count))) {
                                            format.integer(group.tickets)
                                        }
                                    }
                                    el("td") { category.category }
                                    el("td", .class("num")) {
                                        "\(format.percent(category.share)) (\(format.integer(category.tickets)))"
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func row(_ name: String, _ value: HTML) -> HTML {
        el("tr") {
            el("th", .scope("row")) { name }
            el("td") { value }
        }
    }
}
