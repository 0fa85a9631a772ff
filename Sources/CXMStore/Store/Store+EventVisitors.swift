import CXMCore
import Foundation
import SQLKit

/// Which site visitors are a customer: those linked to them, and those named by a user id that is one of
/// the customer's identifiers in a source that maps `userId` to that identifier's system (a visitor is
/// linked only when a later event arrives, so the second way finds the ones not linked yet).
extension Store {
    /// The visitors of each customer, with the devices that became them.
    func visitors(_ sql: any SQLDatabase, ofCustomers ids: [String]) async throws -> [String: Set<Int64>] {
        guard !ids.isEmpty else { return [:] }
        var visitors: [String: Set<Int64>] = [:]
        for chunk in ids.chunked(maxRows: 1_000) {
            for row in try await sql.raw(
                "SELECT id, customer_id FROM event_actors WHERE customer_id IN (\(binds: Array(chunk)))"
            ).all() {
                visitors[try row.string("customer_id"), default: []].insert(try row.decode(column: "id", as: Int64.self))
            }
        }
        let sources = try await sql.raw("SELECT * FROM signal_sources").all().map(Self.signalSource)
            .filter { $0.kinds.contains(.event) }
        if !sources.isEmpty {
            var identifiers: [(customer: String, system: String, value: String)] = []
            for chunk in ids.chunked(maxRows: 1_000) {
                for row in try await sql.raw(
                    "SELECT customer_id, system, value FROM customer_identifiers WHERE customer_id IN (\(binds: Array(chunk)))"
                ).all() {
                    identifiers.append((try row.string("customer_id"), try row.string("system"), try row.string("value")))
                }
            }
            for source in sources {
                guard let system = source.system(forField: "userId") else { continue }
                let named = identifiers.filter { $0.system == system }
                let owner = Dictionary(named.map { (EventActors.userKey($0.value), $0.customer) }) { first, _ in first }
                for chunk in Array(owner.keys).chunked(maxRows: 1_000) {
                    for row in try await sql.raw(
                        """
                        SELECT id, actor_key FROM event_actors
                        WHERE source_id = \(bind: source.id) AND actor_key IN (\(binds: Array(chunk)))
                        """
                    ).all() {
                        let customer = owner[try row.string("actor_key")]!
                        visitors[customer, default: []].insert(try row.decode(column: "id", as: Int64.self))
                    }
                }
            }
        }
        // Devices that became one of these visitors.
        let all = visitors.values.flatMap { $0 }
        guard !all.isEmpty else { return visitors }
        let owners = visitors.flatMap { customer, ids in ids.map { ($0, customer) } }
        let ownerOf = Dictionary(owners) { first, _ in first }
        for chunk in all.chunked(maxRows: 1_000) {
            for row in try await sql.raw("SELECT id, alias_of FROM event_actors WHERE alias_of IN (\(binds: Array(chunk)))").all()
            {
                let target = try row.decode(column: "alias_of", as: Int64.self)
                if let customer = ownerOf[target] {
                    visitors[customer, default: []].insert(try row.decode(column: "id", as: Int64.self))
                }
            }
        }
        return visitors
    }

    /// Deletes visitors and everything they did.
    func deleteVisitors(_ sql: any SQLDatabase, _ ids: Set<Int64>) async throws {
        for chunk in Array(ids).sorted().chunked(maxRows: 1_000) {
            try await sql.raw("DELETE FROM behaviour_events WHERE " + VisitorEvents.of("\(binds: Array(chunk))")).run()
            try await sql.raw("DELETE FROM event_actors WHERE id IN (\(binds: Array(chunk)))").run()
        }
    }

    /// Links to the customer the visitors their identifiers name that another customer holds (after an undone
    /// merge gave the identifiers back).
    func relinkVisitors(_ sql: any SQLDatabase, to customer: String, from other: String) async throws {
        let named = try await visitors(sql, ofCustomers: [customer])[customer] ?? []
        for chunk in Array(named).sorted().chunked(maxRows: 1_000) {
            try await sql.raw(
                """
                UPDATE event_actors SET customer_id = \(bind: customer)
                WHERE customer_id = \(bind: other) AND id IN (\(binds: Array(chunk)))
                """
            ).run()
        }
    }
}

/// How a visitor's events are found. There is no index led by the visitor (it made storing events twice as
/// slow); `behaviour_events_funnel` is led by the event name and then the visitor, so the condition names every
/// event name, and the database seeks each name's part of the index for each visitor.
enum VisitorEvents {
    /// The condition on `behaviour_events` (under the alias `table`, if any) for the events of the visitors that
    /// `visitors` lists or selects (the inside of an `IN (…)`).
    static func of(_ visitors: SQLQueryString, table: String? = nil) -> SQLQueryString {
        let prefix = table.map { $0 + "." } ?? ""
        return "\(unsafeRaw: prefix)name_id IN (SELECT id FROM event_names) AND \(unsafeRaw: prefix)actor_id IN (" + visitors
            + ")"
    }

    /// The events of the customer's visitors with their names, read by `Store.siteActivity`: a SELECT up to
    /// its WHERE condition, for more conditions (`AND …`) and an ORDER BY to follow.
    static func activity(ofCustomer id: String) -> SQLQueryString {
        "SELECT e.id, e.at, e.channel, e.session_id, e.source_id, n.name FROM behaviour_events e "
            + "JOIN event_names n ON n.id = e.name_id WHERE "
            + of("SELECT id FROM event_actors WHERE customer_id = \(bind: id)", table: "e")
    }
}
