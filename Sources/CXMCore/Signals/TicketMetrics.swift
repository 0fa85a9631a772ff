import Foundation

/// Support tickets read as customer-experience figures for a period: how often customers had to get
/// in touch (contact rate), how often one contact was not enough (repeat contact, first-contact
/// resolution), how fast they were answered and helped, and what they contacted about at each touchpoint.
///
/// A ticket is a **repeat** when the same customer opened another (at any unit) within `repeatWindow` after
/// it. A ticket is **resolved at first contact** when it is closed, was never reopened and is not a repeat;
/// both are counted only over tickets whose week is over. Shares come with Wilson intervals; tickets
/// without a customer count in the totals but not per customer.
public struct TicketMetrics: Sendable, Hashable, Encodable {
    /// A ticket as the metrics need it.
    public struct Ticket: Sendable, Hashable {
        public var customerID: String?
        public var openedAt: Date
        public var firstResponseAt: Date?
        public var closedAt: Date?
        public var reopenCount: Int
        public var category: String
        public var touchpointID: String?

        public init(
            customerID: String?, openedAt: Date, firstResponseAt: Date? = nil, closedAt: Date? = nil, reopenCount: Int = 0,
            category: String, touchpointID: String? = nil
        ) {
            self.customerID = customerID
            self.openedAt = openedAt
            self.firstResponseAt = firstResponseAt
            self.closedAt = closedAt
            self.reopenCount = reopenCount
            self.category = category
            self.touchpointID = touchpointID
        }
    }

    public typealias Share = CountShare

    /// The categories customers contacted about at one touchpoint (nil: tickets naming none), most first.
    public struct TouchpointCategories: Sendable, Hashable, Encodable {
        public var touchpointID: String?
        public var tickets: Int
        public var categories: [CategoryCount]
    }

    public struct CategoryCount: Sendable, Hashable, Encodable {
        public var category: String
        public var tickets: Int
        public var share: Double
    }

    public var tickets: Int
    /// Customers who opened at least one ticket.
    public var contactingCustomers: Int
    /// Of all customers: those who had to get in touch at least once.
    public var contactRate: Share?
    /// Tickets per 100 customers in the period.
    public var ticketsPerHundredCustomers: Double?
    public var repeatContact: Share?
    public var firstContactResolution: Share?
    public var reopened: Share?
    /// Hours to the first answer and to closing: medians of the tickets that have them.
    public var medianHoursToFirstResponse: Double?
    public var medianHoursToClose: Double?
    public var byTouchpoint: [TouchpointCategories]

    /// Seven days: a customer who comes back within a week was not helped the first time.
    public static let repeatWindow: TimeInterval = 7 * 86_400
    /// Categories shown per touchpoint.
    public static let topCategories = 5

    /// Computes the figures from the period's tickets and the number of customers the company has.
    ///
    /// - Parameters:
    ///   - tickets: the tickets counted; those opened outside `period` are ignored.
    ///   - followUps: other tickets of the same customers, from any unit, up to `repeatWindow` after the
    ///     period; they only decide whether a counted ticket was a repeat.
    ///   - customers: the customers the contact rate is a share of.
    ///   - contactingCustomers: of those customers, how many opened a ticket in the period (when the
    ///     counted tickets are not all of theirs); by default the customers of the counted tickets.
    ///   - now: tickets whose week is not over yet are left out of repeat contact and first-contact
    ///     resolution, which cannot be known for them.
    public init(
        tickets: [Ticket], followUps: [Ticket] = [], period: Range<Date>, customers: Int, contactingCustomers: Int? = nil,
        now: Date
    ) {
        let inPeriod = tickets.filter { period.contains($0.openedAt) }
        self.tickets = inPeriod.count
        var byCustomer: [String: [Date]] = [:]
        for ticket in tickets + followUps {
            if let customer = ticket.customerID { byCustomer[customer, default: []].append(ticket.openedAt) }
        }
        func isRepeat(_ ticket: Ticket) -> Bool {
            guard let customer = ticket.customerID, let times = byCustomer[customer] else { return false }
            return times.contains { $0 > ticket.openedAt && $0.timeIntervalSince(ticket.openedAt) <= Self.repeatWindow }
        }
        let linked = inPeriod.filter { $0.customerID != nil }
        let settled = linked.filter { $0.openedAt.addingTimeInterval(Self.repeatWindow) <= now }
        self.contactingCustomers = contactingCustomers ?? Set(linked.compactMap(\.customerID)).count
        contactRate = Share(min(self.contactingCustomers, customers), of: customers)
        ticketsPerHundredCustomers = customers > 0 ? Double(inPeriod.count) * 100 / Double(customers) : nil
        repeatContact = Share(settled.filter(isRepeat).count, of: settled.count)
        let closed = settled.filter { $0.closedAt != nil }
        firstContactResolution = Share(closed.filter { $0.reopenCount == 0 && !isRepeat($0) }.count, of: closed.count)
        reopened = Share(
            linked.filter { $0.closedAt != nil && $0.reopenCount > 0 }.count, of: linked.filter { $0.closedAt != nil }.count)
        medianHoursToFirstResponse = Self.median(inPeriod.compactMap { $0.firstResponseAt?.timeIntervalSince($0.openedAt) })
            .map { $0 / 3600 }
        medianHoursToClose = Self.median(inPeriod.compactMap { $0.closedAt?.timeIntervalSince($0.openedAt) }).map { $0 / 3600 }
        byTouchpoint = Dictionary(grouping: inPeriod, by: \.touchpointID).map { touchpoint, tickets in
            let counts = Dictionary(grouping: tickets, by: \.category).mapValues(\.count)
            return TouchpointCategories(
                touchpointID: touchpoint, tickets: tickets.count,
                categories: counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.topCategories).map {
                    CategoryCount(category: $0.key, tickets: $0.value, share: Double($0.value) / Double(tickets.count))
                })
        }
        .sorted { ($0.tickets, $1.touchpointID ?? "") > ($1.tickets, $0.touchpointID ?? "") }
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
