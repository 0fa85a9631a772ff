import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Brings each funnel's `funnel_*` customer attributes (`FunnelProgress`) up to date: for the customers
    /// whose visitors acted since the funnel's `progress_through` (all customers with visitors after the
    /// funnel changed), their latest attempt, and the segments they join or leave. Reads happen outside
    /// the write transactions, a chunk of customers at a time, so event ingestion waits only for the
    /// attribute updates. Returns how many customers' attributes changed.
    @discardableResult
    public func refreshFunnelProgress() async throws -> Int {
        let (funnels, newest) = try await database.read { sql -> ([(Funnel, Int64)], Int64?) in
            let funnels = try await sql.raw("SELECT * FROM funnels ORDER BY name, id").all().map {
                (try Self.funnel($0), try $0.decode(column: "progress_through", as: Int64.self))
            }
            let newest = try await sql.raw("SELECT MAX(id) AS newest FROM behaviour_events").first()?
                .decode(column: "newest", as: Int64?.self)
            return (funnels, newest)
        }
        guard let newest else { return 0 }
        var changed = 0
        for (funnel, mark) in funnels where mark < newest {
            let customers = try await database.read { sql in
                try await Self.customersWhoActed(sql, after: mark, through: newest)
            }
            for chunk in customers.chunked(maxRows: 500) {
                let progress = try await database.read { sql in
                    try await self.latestAttempts(sql, at: funnel, of: Array(chunk))
                }
                changed += try await database.write { sql in
                    try await self.writeProgress(sql, progress, funnel: funnel.id, customers: Array(chunk))
                }
            }
            // A funnel changed meanwhile starts again from 0 and keeps it.
            try await database.write { sql in
                try await sql.raw(
                    """
                    UPDATE funnels SET progress_through = \(bind: newest)
                    WHERE id = \(bind: funnel.id) AND progress_through = \(bind: mark)
                    """
                ).run()
            }
        }
        return changed
    }

    /// The customers behind the visitors with events after `mark` up to `newest` (behind every visitor, from
    /// 0), a device's through the user it became.
    static func customersWhoActed(_ sql: any SQLDatabase, after mark: Int64, through newest: Int64) async throws -> [String] {
        var query: SQLQueryString = """
            SELECT DISTINCT COALESCE(a.customer_id, u.customer_id) AS customer FROM event_actors a
            LEFT JOIN event_actors u ON u.id = a.alias_of
            WHERE (a.customer_id IS NOT NULL OR u.customer_id IS NOT NULL)
            """
        if mark > 0 {
            query += """
                 AND a.id IN (SELECT actor_id FROM behaviour_events WHERE id > \(bind: mark) AND id <= \(bind: newest))
                """
        }
        return try await sql.raw(query).all().map { try $0.string("customer") }.sorted()
    }

    /// Each customer's latest attempt at the funnel, over all their visitors; customers who never began it
    /// are absent.
    func latestAttempts(
        _ sql: any SQLDatabase, at funnel: Funnel, of customers: [String]
    ) async throws
        -> [String: FunnelProgress]
    {
        let owners = try await visitorOwners(sql, of: customers)
        let times = try await eventTimes(sql, names: funnel.steps.map(\.event), owners: owners)
        return times.compactMapValues { FunnelProgress.latest(steps: $0, windowMilliseconds: funnel.windowMilliseconds) }
    }

    /// Writes the funnel's attributes of the customers (removing them from those without an attempt) and
    /// moves the changed customers between segments; returns how many changed.
    private func writeProgress(
        _ sql: any SQLDatabase, _ progress: [String: FunnelProgress], funnel: String, customers: [String]
    ) async throws -> Int {
        let zone = TimeZone(identifier: try await workspaceTimeZone(sql)) ?? .gmt
        return try await rewriteAttributes(sql, where: "id IN (\(binds: customers))") { id, attributes in
            FunnelProgress.applied(progress[id], funnel: funnel, to: attributes, timeZone: zone)
        }.count
    }

    /// Removes a deleted funnel's attributes from every customer who has them.
    func dropFunnelProgress(_ sql: any SQLDatabase, funnel: String) async throws {
        let key = FunnelProgress.key(funnel: funnel)
        try await rewriteAttributes(sql, where: "attributes LIKE \(bind: "%\"" + key + "%")") { _, attributes in
            FunnelProgress.applied(nil, funnel: funnel, to: attributes, timeZone: .gmt)
        }
    }
}
