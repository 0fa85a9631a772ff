import CXMCore
import Foundation
import SQLKit

extension Store {
    /// The support tickets of a period as customer-experience figures (`TicketMetrics`). Readers limited to
    /// some units count their units' tickets (a customer's later ticket at any unit still makes one a
    /// repeat); their contact rate is the share of their units' customers who opened a ticket anywhere.
    public func ticketMetrics(from: Date, to: Date, visibleUnits: Set<String>?, now: Date = Date()) async throws -> TicketMetrics
    {
        try await database.read { sql in
            if let visible = visibleUnits, visible.isEmpty {
                return TicketMetrics(tickets: [], period: from..<to, customers: 0, now: now)
            }
            let start = Timestamp.from(from)
            let end = Timestamp.from(to)
            let followUpEnd = Timestamp.from(to.addingTimeInterval(TicketMetrics.repeatWindow))
            let columns = "customer_id, opened_at, first_response_at, closed_at, reopen_count, category, touchpoint_id"
            guard let visible = visibleUnits?.sorted() else {
                let tickets = try await sql.raw(
                    "SELECT \(unsafeRaw: columns) FROM tickets WHERE opened_at >= \(bind: start) AND opened_at < \(bind: followUpEnd)"
                ).all().map(Self.metricTicket)
                let customers = try await sql.raw("SELECT COUNT(*) AS n FROM customers").first()?.int("n") ?? 0
                return TicketMetrics(tickets: tickets, period: from..<to, customers: customers, now: now)
            }
            let tickets = try await sql.raw(
                """
                SELECT \(unsafeRaw: columns) FROM tickets
                WHERE opened_at >= \(bind: start) AND opened_at < \(bind: end) AND unit_id IN (\(binds: visible))
                """
            ).all().map(Self.metricTicket)
            var followUps: [TicketMetrics.Ticket] = []
            for chunk in Array(Set(tickets.compactMap(\.customerID))).sorted().chunked(maxRows: 1_000) {
                followUps += try await sql.raw(
                    """
                    SELECT \(unsafeRaw: columns) FROM tickets
                    WHERE opened_at >= \(bind: start) AND opened_at < \(bind: followUpEnd) AND customer_id IN (\(binds: Array(chunk)))
                    """
                ).all().map(Self.metricTicket)
            }
            let customers =
                try await sql.raw(
                    "SELECT COUNT(*) AS n FROM customers WHERE unit_id IN (\(binds: visible))"
                ).first()?.int("n") ?? 0
            let contacting =
                try await sql.raw(
                    """
                    SELECT COUNT(DISTINCT t.customer_id) AS n FROM tickets t JOIN customers c ON c.id = t.customer_id
                    WHERE t.opened_at >= \(bind: start) AND t.opened_at < \(bind: end) AND c.unit_id IN (\(binds: visible))
                    """
                ).first()?.int("n") ?? 0
            return TicketMetrics(
                tickets: tickets, followUps: followUps, period: from..<to, customers: customers, contactingCustomers: contacting,
                now: now)
        }
    }

    private static func metricTicket(_ row: any SQLRow) throws -> TicketMetrics.Ticket {
        TicketMetrics.Ticket(
            customerID: try row.optionalString("customer_id"), openedAt: try row.date("opened_at"),
            firstResponseAt: try row.optionalDate("first_response_at"), closedAt: try row.optionalDate("closed_at"),
            reopenCount: try row.int("reopen_count"), category: try row.string("category"),
            touchpointID: try row.optionalString("touchpoint_id"))
    }
}
