import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Writes what the signal tables say about each customer into their `signal_*` attributes
    /// (`SignalAttributes`), and moves their answers between the segments they now join or leave. Runs
    /// in the caller's transaction, after a batch of signals, a merge or its undo.
    func refreshSignalAttributes(_ sql: any SQLDatabase, customers ids: Set<String>) async throws {
        guard !ids.isEmpty else { return }
        let zone = TimeZone(identifier: try await workspaceTimeZone(sql)) ?? .gmt
        for slice in ids.sorted().chunked(maxRows: 500) {
            let chunk = Array(slice)
            var facts: [String: SignalAttributes] = [:]
            for row in try await sql.raw(
                """
                SELECT customer_id, COUNT(*) AS n, MAX(opened_at) AS last FROM tickets
                WHERE customer_id IN (\(binds: chunk)) GROUP BY customer_id
                """
            ).all() {
                let id = try row.string("customer_id")
                facts[id, default: SignalAttributes()].tickets = try row.int("n")
                facts[id, default: SignalAttributes()].lastTicketAt = try row.date("last")
            }
            for row in try await sql.raw(
                """
                SELECT customer_id, COUNT(*) AS n FROM incident_customers
                WHERE customer_id IN (\(binds: chunk)) GROUP BY customer_id
                """
            ).all() {
                facts[try row.string("customer_id"), default: SignalAttributes()].incidents = try row.int("n")
            }
            // The newest churn record of each customer (ordered, the last one read wins).
            for row in try await sql.raw(
                "SELECT customer_id, at, reason FROM churn_events WHERE customer_id IN (\(binds: chunk)) ORDER BY at, id"
            ).all() {
                let id = try row.string("customer_id")
                facts[id, default: SignalAttributes()].churnedAt = try row.date("at")
                facts[id, default: SignalAttributes()].churnReason = try row.string("reason")
            }
            for row in try await sql.raw(
                """
                SELECT customer_id, SUM(value) AS total FROM business_events
                WHERE customer_id IN (\(binds: chunk)) AND value IS NOT NULL GROUP BY customer_id
                """
            ).all() {
                facts[try row.string("customer_id"), default: SignalAttributes()].orderValue =
                    try row.decode(column: "total", as: Double?.self) ?? 0
            }
            try await rewriteAttributes(sql, where: "id IN (\(binds: chunk))") { id, attributes in
                (facts[id] ?? SignalAttributes()).applied(to: attributes, timeZone: zone)
            }
        }
    }
}
