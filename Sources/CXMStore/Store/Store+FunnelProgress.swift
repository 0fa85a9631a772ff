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
        var names: [String: Int64] = [:]
        let events = funnel.steps.map(\.event)
        for row in try await sql.raw("SELECT id, name FROM event_names WHERE name IN (\(binds: events))").all() {
            names[try row.string("name")] = try row.decode(column: "id", as: Int64.self)
        }
        guard names[events[0]] != nil else { return [:] }
        let step = Dictionary(events.enumerated().compactMap { index, event in names[event].map { ($0, index) } }) { a, _ in a }
        let visitors = try await self.visitors(sql, ofCustomers: customers)
        let owner = Dictionary(visitors.flatMap { customer, ids in ids.map { ($0, customer) } }) { a, _ in a }
        var times: [String: [[Int64]]] = [:]
        for chunk in owner.keys.sorted().chunked(maxRows: 1_000) {
            for row in try await sql.raw(
                """
                SELECT name_id, actor_id, at FROM behaviour_events
                WHERE name_id IN (\(binds: Array(step.keys).sorted())) AND actor_id IN (\(binds: Array(chunk)))
                """
            ).all() {
                guard let customer = owner[try row.decode(column: "actor_id", as: Int64.self)],
                    let index = step[try row.decode(column: "name_id", as: Int64.self)]
                else { continue }
                times[customer, default: Array(repeating: [], count: events.count)][index].append(
                    try row.decode(column: "at", as: Int64.self))
            }
        }
        return times.compactMapValues { FunnelProgress.latest(steps: $0, windowMilliseconds: funnel.windowMilliseconds) }
    }

    /// Writes the funnel's attributes of the customers (removing them from those without an attempt) and
    /// moves the changed customers between segments; returns how many changed.
    private func writeProgress(
        _ sql: any SQLDatabase, _ progress: [String: FunnelProgress], funnel: String, customers: [String]
    ) async throws -> Int {
        let zone = TimeZone(identifier: try await workspaceTimeZone(sql)) ?? .gmt
        var changed: [String] = []
        for row in try await sql.raw("SELECT id, attributes FROM customers WHERE id IN (\(binds: customers))").all() {
            let id = try row.string("id")
            let current = try row.json("attributes", as: [String: AttributeValue].self)
            let wanted = FunnelProgress.applied(progress[id], funnel: funnel, to: current, timeZone: zone)
            guard wanted != current else { continue }
            try await sql.raw("UPDATE customers SET attributes = \(bind: try JSONColumn.encode(wanted)) WHERE id = \(bind: id)")
                .run()
            changed.append(id)
        }
        try await SegmentMembership.update(customers: changed, on: sql, dialect: dialect)
        return changed.count
    }

    /// Removes a deleted funnel's attributes from every customer who has them.
    func dropFunnelProgress(_ sql: any SQLDatabase, funnel: String) async throws {
        let key = FunnelProgress.key(funnel: funnel)
        var changed: [String] = []
        for row in try await sql.raw(
            "SELECT id, attributes FROM customers WHERE attributes LIKE \(bind: "%\"" + key + "%")"
        ).all() {
            let current = try row.json("attributes", as: [String: AttributeValue].self)
            let wanted = FunnelProgress.applied(nil, funnel: funnel, to: current, timeZone: .gmt)
            guard wanted != current else { continue }
            let id = try row.string("id")
            try await sql.raw("UPDATE customers SET attributes = \(bind: try JSONColumn.encode(wanted)) WHERE id = \(bind: id)")
                .run()
            changed.append(id)
        }
        try await SegmentMembership.update(customers: changed, on: sql, dialect: dialect)
    }
}
