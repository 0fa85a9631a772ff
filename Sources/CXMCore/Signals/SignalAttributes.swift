import Foundation

/// What other systems told cxm about a customer, kept as customer attributes so that a segment can be
/// made of them ("churned", "three tickets or more", "hit by an incident") and every dashboard, driver
/// analysis and funnel sliced by that segment. cxm writes these keys itself after each batch of signals
/// and after merges; a key is absent when there is nothing to say (no tickets: no `signal_tickets`).
public struct SignalAttributes: Sendable, Hashable {
    /// Support tickets recorded for the customer.
    public var tickets = 0
    /// When the newest ticket was opened.
    public var lastTicketAt: Date?
    /// Incidents that named the customer.
    public var incidents = 0
    /// When the customer left, and why (the newest churn record).
    public var churnedAt: Date?
    public var churnReason: String?
    /// The value of the customer's orders and other business events.
    public var orderValue = 0.0

    public init() {}

    /// The keys cxm keeps; anything else in a customer's attributes is left as it is.
    public static let keys = [
        "signal_tickets", "signal_last_ticket", "signal_incidents", "signal_churned", "signal_churn_reason",
        "signal_order_value",
    ]

    /// The customer's attributes with these facts written in (dates as calendar days in the zone).
    public func applied(to attributes: [String: AttributeValue], timeZone: TimeZone) -> [String: AttributeValue] {
        var result = attributes
        for key in Self.keys { result[key] = nil }
        func day(_ date: Date) -> AttributeValue { .date(LocalDay(date, in: timeZone).iso) }
        if tickets > 0 { result["signal_tickets"] = .number(Double(tickets)) }
        if let lastTicketAt { result["signal_last_ticket"] = day(lastTicketAt) }
        if incidents > 0 { result["signal_incidents"] = .number(Double(incidents)) }
        if let churnedAt { result["signal_churned"] = day(churnedAt) }
        if let churnReason, !churnReason.isEmpty {
            result["signal_churn_reason"] = .text(String(churnReason.prefix(AttributeValue.maxTextLength)))
        }
        if orderValue != 0, orderValue.isFinite { result["signal_order_value"] = .number(orderValue) }
        return result
    }
}
