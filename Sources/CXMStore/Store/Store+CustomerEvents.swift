import CXMCore
import Foundation
import SQLKit

/// What the funnel attributes and the funnel drivers read: the customers' visitors, the times of some
/// events of theirs, and a rewrite of cxm's own customer attributes.
extension Store {
    /// The customer behind each of the customers' visitors (the devices that became them included).
    func visitorOwners(_ sql: any SQLDatabase, of customers: [String]) async throws -> [Int64: String] {
        let visitors = try await self.visitors(sql, ofCustomers: customers)
        return Dictionary(visitors.flatMap { customer, ids in ids.map { ($0, customer) } }) { first, _ in first }
    }

    /// The times (milliseconds) of the named events of the visitors in `owners`, per customer: one list per
    /// name, in the order of `names` (empty for a name never sent), within `[from, through]` when given.
    /// One seek per visitor and name along `behaviour_events_funnel`.
    func eventTimes(
        _ sql: any SQLDatabase, names: [String], owners: [Int64: String], from: Int64? = nil, through: Int64? = nil
    ) async throws -> [String: [[Int64]]] {
        var position: [Int64: Int] = [:]
        for row in try await sql.raw("SELECT id, name FROM event_names WHERE name IN (\(binds: names))").all() {
            if let index = names.firstIndex(of: try row.string("name")) {
                position[try row.decode(column: "id", as: Int64.self)] = index
            }
        }
        guard !position.isEmpty else { return [:] }
        var times: [String: [[Int64]]] = [:]
        for chunk in owners.keys.sorted().chunked(maxRows: 1_000) {
            var query: SQLQueryString = """
                SELECT name_id, actor_id, at FROM behaviour_events
                WHERE name_id IN (\(binds: position.keys.sorted())) AND actor_id IN (\(binds: Array(chunk)))
                """
            if let from { query += " AND at >= \(bind: from)" }
            if let through { query += " AND at <= \(bind: through)" }
            for row in try await sql.raw(query).all() {
                guard let customer = owners[try row.decode(column: "actor_id", as: Int64.self)],
                    let index = position[try row.decode(column: "name_id", as: Int64.self)]
                else { continue }
                times[customer, default: Array(repeating: [], count: names.count)][index].append(
                    try row.decode(column: "at", as: Int64.self))
            }
        }
        return times
    }

    /// Rewrites the attributes of the customers `condition` selects (a WHERE clause on `customers`), writing
    /// only those that change, and moves those customers between segments; returns their ids.
    @discardableResult
    func rewriteAttributes(
        _ sql: any SQLDatabase, where condition: SQLQueryString,
        _ rewrite: (_ id: String, _ attributes: [String: AttributeValue]) -> [String: AttributeValue]
    ) async throws -> [String] {
        var changed: [String] = []
        for row in try await sql.raw("SELECT id, attributes FROM customers WHERE " + condition).all() {
            let id = try row.string("id")
            let current = try row.json("attributes", as: [String: AttributeValue].self)
            let wanted = rewrite(id, current)
            guard wanted != current else { continue }
            try await sql.raw("UPDATE customers SET attributes = \(bind: try JSONColumn.encode(wanted)) WHERE id = \(bind: id)")
                .run()
            changed.append(id)
        }
        try await SegmentMembership.update(customers: changed, on: sql, dialect: dialect)
        return changed
    }
}
