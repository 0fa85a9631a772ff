import Foundation
import Testing

@testable import CXMCore

@Suite("Support tickets as customer-experience figures")
struct TicketMetricsTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)
    static let period = start..<start.addingTimeInterval(30 * 86_400)

    static func at(days: Double) -> Date { start.addingTimeInterval(days * 86_400) }

    @Test func repeatsFirstContactResolutionAndContactRateFollowTheirDefinitions() throws {
        let tickets: [TicketMetrics.Ticket] = [
            // Anna: billing, answered in 2 h, closed in 10 h; back 3 days later (a repeat), then closed again.
            .init(
                customerID: "anna", openedAt: Self.at(days: 1), firstResponseAt: Self.at(days: 1 + 2.0 / 24),
                closedAt: Self.at(days: 1 + 10.0 / 24), category: "billing", touchpointID: "tp-bill"),
            .init(
                customerID: "anna", openedAt: Self.at(days: 4), firstResponseAt: Self.at(days: 4 + 4.0 / 24),
                closedAt: Self.at(days: 5), category: "billing", touchpointID: "tp-bill"),
            // Bo: reopened once; not a repeat, but not resolved at first contact either.
            .init(
                customerID: "bo", openedAt: Self.at(days: 2), closedAt: Self.at(days: 3), reopenCount: 1, category: "fibre",
                touchpointID: "tp-repair"),
            // Cia: still open.
            .init(customerID: "cia", openedAt: Self.at(days: 3), category: "billing", touchpointID: "tp-bill"),
            // Nobody we know.
            .init(customerID: nil, openedAt: Self.at(days: 3), closedAt: Self.at(days: 3.5), category: "login"),
            // Dan: his period ticket is followed by one the week after the period: a repeat.
            .init(customerID: "dan", openedAt: Self.at(days: 28), closedAt: Self.at(days: 28.5), category: "billing"),
            .init(customerID: "dan", openedAt: Self.at(days: 31), category: "billing"),
        ]
        let metrics = TicketMetrics(tickets: tickets, period: Self.period, customers: 40, now: Self.at(days: 60))
        #expect(metrics.tickets == 6)
        #expect(metrics.contactingCustomers == 4)
        #expect(metrics.contactRate?.share == 0.1)
        #expect(metrics.ticketsPerHundredCustomers == 15)
        // Anna's first and Dan's ticket were followed by another within a week: 2 of the 5 with a customer.
        #expect(metrics.repeatContact?.count == 2)
        #expect(metrics.repeatContact?.n == 5)
        // Closed with a customer: Anna ×2, Bo, Dan; only Anna's second was closed, not reopened and not a repeat.
        #expect(metrics.firstContactResolution?.count == 1)
        #expect(metrics.firstContactResolution?.n == 4)
        #expect(metrics.reopened?.count == 1)
        #expect(metrics.medianHoursToFirstResponse == 3)
        let close = try #require(metrics.medianHoursToClose)
        #expect(abs(close - 12) < 1e-9)
        #expect(metrics.byTouchpoint.first?.touchpointID == "tp-bill")
        #expect(metrics.byTouchpoint.first?.categories.map(\.category) == ["billing"])
        #expect(metrics.byTouchpoint.first?.tickets == 3)
        let unnamed = try #require(metrics.byTouchpoint.first { $0.touchpointID == nil })
        #expect(unnamed.categories.map(\.category) == ["billing", "login"])

        // Read on day 30, Dan's week is not over: his ticket is left out of repeats and resolution.
        let early = TicketMetrics(tickets: tickets, period: Self.period, customers: 40, now: Self.at(days: 30))
        #expect(early.repeatContact?.n == 4)
        #expect(early.repeatContact?.count == 1)
        #expect(early.firstContactResolution?.n == 3)
        // A later ticket at another unit still makes Cia's a repeat for a reader of her ticket's unit.
        let scoped = TicketMetrics(
            tickets: [tickets[3]], followUps: [.init(customerID: "cia", openedAt: Self.at(days: 5), category: "billing")],
            period: Self.period, customers: 10, contactingCustomers: 3, now: Self.at(days: 60))
        #expect(scoped.repeatContact?.count == 1)
        #expect(scoped.contactRate?.share == 0.3)
    }

    @Test func noTicketsAndNoCustomersGiveNoShares() {
        let metrics = TicketMetrics(tickets: [], period: Self.period, customers: 0, now: Self.at(days: 60))
        #expect(metrics.tickets == 0)
        #expect(metrics.contactRate == nil)
        #expect(metrics.ticketsPerHundredCustomers == nil)
        #expect(metrics.firstContactResolution == nil)
        #expect(metrics.medianHoursToClose == nil)
        #expect(metrics.byTouchpoint.isEmpty)
    }
}
