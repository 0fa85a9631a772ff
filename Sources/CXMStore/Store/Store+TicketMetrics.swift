import CXMCore
import Foundation
import SQLKit

extension Store {
    /// The support tickets of a period as customer-experience figures (`TicketMetrics`). Readers limited to
    /// some units count their units' tickets, and the contact rate is a share of their units' customers.
    public func ticketMetrics(from: Date, to: Date, visibleUnits: Set<String>?) async throws -> TicketMetrics {
        try await database.read { sql in
            if let visible = visibleUnits, visible.isEmpty {
                return TicketMetrics(tickets: [], period: from..<to, customers: 0)
            }
            var conditions: [SQLQueryString] = [
                "opened_at >= \(bind: Timestamp.from(from))",
                "opened_at < \(bind: Timestamp.from(to.addingTimeInterval(TicketMetrics.repeatWindow)))",
            ]
            var customerCondition: SQLQueryString = "1 = 1"
            if let visible = visibleUnits {
                conditions.append("unit_id IN (\(binds: visible.sorted()))")
                customerCondition = "unit_id IN (\(binds: visible.sorted()))"
            }
            let rows = try await sql.raw(
                """
                SELECT customer_id, opened_at, first_response_at, closed_at, reopen_count, category, touchpoint_id
                FROM tickets WHERE
                """ + " " + conditions.joined(separator: " AND ")
            ).all()
            let tickets = try rows.map { row in
                TicketMetrics.Ticket(
                    customerID: try row.optionalString("customer_id"), openedAt: try row.date("opened_at"),
                    firstResponseAt: try row.optionalDate("first_response_at"), closedAt: try row.optionalDate("closed_at"),
                    reopenCount: try row.int("reopen_count"), category: try row.string("category"),
                    touchpointID: try row.optionalString("touchpoint_id"))
            }
            let customers =
                try await sql.raw("SELECT COUNT(*) AS n FROM customers WHERE " + customerCondition).first()?
                .int("n") ?? 0
            return TicketMetrics(tickets: tickets, period: from..<to, customers: customers)
        }
    }
}
