import CXMCore
import Foundation
import SQLKit

/// What part of a customer's time line to read, and what the reader may see.
public struct TimelineQuery: Sendable {
    public var customerID: String
    /// The units the reader may see; nil for all. Records of other units (and of no unit) are left out.
    public var visibleUnits: Set<String>?
    /// Whether the reader may read cases, and with them what customers wrote in contacts (a ticket's
    /// subject, a churn's reason in their words), which is left out otherwise.
    public var includeCases: Bool
    /// Start after this item (the previous page's last).
    public var after: TimelineCursor?
    public var limit: Int

    public init(
        customerID: String, visibleUnits: Set<String>? = nil, includeCases: Bool = true, after: TimelineCursor? = nil,
        limit: Int = 50
    ) {
        self.customerID = customerID
        self.visibleUnits = visibleUnits
        self.includeCases = includeCases
        self.after = after
        self.limit = limit
    }
}

/// A page of a time line, newest first, and where the next one starts.
public struct TimelinePage: Sendable {
    public var items: [TimelineItem]
    public var next: TimelineCursor?
}

extension Store {
    /// A customer's time line, newest first: responses, invitations, cases, tickets, incidents, churn,
    /// orders and what they did on the company's sites and apps. Each kind is read by customer, newest first and at most one page's worth, and the kinds
    /// are merged; so a page reads the same few rows however long the customer's history is.
    public func customerTimeline(_ query: TimelineQuery) async throws -> TimelinePage {
        let limit = max(1, min(query.limit, 500))
        return try await database.read { sql in
            guard try await sql.raw("SELECT 1 AS one FROM customers WHERE id = \(bind: query.customerID)").first() != nil else {
                throw StoreError.notFound(entity: "customer", id: query.customerID)
            }
            if let visible = query.visibleUnits, visible.isEmpty { return TimelinePage(items: [], next: nil) }
            let reader = TimelineReader(query: query, limit: limit + 1)
            var items: [TimelineItem] = []
            let responseRows = try await reader.rows(sql, table: "responses", time: "submitted_at")
            let answers = try await self.answers(sql, of: try responseRows.map { try $0.string("id") })
            items += try responseRows.map { .response(try Self.response($0, answers: answers[try $0.string("id")] ?? [])) }
            items += try await reader.rows(sql, table: "invitations", time: "send_at").map {
                .invitation(try Self.invitation($0))
            }
            if query.includeCases {
                items += try await reader.rows(sql, table: "cases", time: "created_at").map {
                    .serviceCase(try Self.caseRecord($0))
                }
            }
            items += try await reader.rows(sql, table: "tickets", time: "opened_at").map {
                var ticket = try Self.ticket(SignalRows.record(.ticket, $0))
                if !query.includeCases { ticket.subject = nil }
                return .ticket(ticket)
            }
            items += try await reader.rows(sql, table: "churn_events", time: "at", unitColumn: nil).map {
                var churn = try Self.churn(SignalRows.record(.churn, $0))
                if !query.includeCases { churn.reasonText = nil }
                return .churn(churn)
            }
            items += try await reader.rows(sql, table: "business_events", time: "at").map {
                .order(try Self.order(SignalRows.record(.order, $0)))
            }
            items += try await reader.incidents(sql).map { TimelineItem.incident($0) }
            items += try await reader.activity(sql).map { TimelineItem.activity($0) }
            items.sort(by: TimelineItem.newestFirst)
            let page = Array(items.prefix(limit))
            let next = items.count > limit ? page.last.map { TimelineCursor(millis: Timestamp.from($0.at), id: $0.id) } : nil
            return TimelinePage(items: page, next: next)
        }
    }

    static func ticket(_ record: SignalRecord) throws -> Ticket {
        guard case .ticket(let ticket) = record else { throw StoreError.schema("a ticket row read as \(record.kind)") }
        return ticket
    }

    static func churn(_ record: SignalRecord) throws -> ChurnEvent {
        guard case .churn(let churn) = record else { throw StoreError.schema("a churn row read as \(record.kind)") }
        return churn
    }

    /// A stored behavioural event read with its name (as `VisitorEvents.activity(ofCustomer:)` selects it).
    static func siteActivity(_ row: any SQLRow) throws -> SiteActivity {
        SiteActivity(
            id: SiteActivity.id(number: try row.decode(column: "id", as: Int64.self)), name: try row.string("name"),
            at: try row.date("at"), channel: try row.optionalString("channel"), sessionID: try row.optionalString("session_id"),
            sourceID: try row.string("source_id"))
    }

    static func order(_ record: SignalRecord) throws -> BusinessEvent {
        guard case .order(let order) = record else { throw StoreError.schema("an order row read as \(record.kind)") }
        return order
    }
}

/// The per-kind reads of one time line page.
struct TimelineReader {
    let query: TimelineQuery
    let limit: Int

    /// Rows of one table for the customer, newest first, after the cursor, within the visible units.
    func rows(
        _ sql: any SQLDatabase, table: String, time: String, unitColumn: String? = "unit_id"
    ) async throws -> [any SQLRow] {
        var conditions: [SQLQueryString] = ["customer_id = \(bind: query.customerID)"]
        if let after = query.after {
            conditions.append(
                "(\(ident: time) < \(bind: after.millis) OR (\(ident: time) = \(bind: after.millis) AND id < \(bind: after.id)))")
        }
        if let visible = query.visibleUnits {
            // Churn belongs to the customer, not to a unit: readers who see the customer see it.
            if let unitColumn { conditions.append("\(ident: unitColumn) IN (\(binds: visible.sorted()))") }
        }
        return try await sql.raw(
            "SELECT * FROM \(ident: table) WHERE " + conditions.joined(separator: " AND ")
                + " ORDER BY \(ident: time) DESC, id DESC LIMIT \(literal: limit)"
        ).all()
    }

    /// What the customer did on the company's sites and apps, under any of their user ids and devices.
    /// Not tied to a unit: readers who see the customer see it.
    func activity(_ sql: any SQLDatabase) async throws -> [SiteActivity] {
        var select = VisitorEvents.activity(ofCustomer: query.customerID)
        if let after = query.after {
            // The bound before the OR keeps each seek along (name_id, actor_id, at): without it SQLite reads all the
            // visitor's events.
            select += """
                 AND e.at <= \(bind: after.millis)
                AND (e.at < \(bind: after.millis) OR (e.at = \(bind: after.millis) AND e.id < \(bind: SiteActivity.numbers(below: after.id))))
                """
        }
        let rows = try await sql.raw(select + " ORDER BY e.at DESC, e.id DESC LIMIT \(literal: limit)").all()
        return try rows.map(Store.siteActivity)
    }

    /// Incidents that hit the customer, visible when they touched a unit the reader sees (or name none).
    func incidents(_ sql: any SQLDatabase) async throws -> [Incident] {
        var conditions: [SQLQueryString] = [
            "id IN (SELECT incident_id FROM incident_customers WHERE customer_id = \(bind: query.customerID))"
        ]
        if let after = query.after {
            conditions.append(
                "(started_at < \(bind: after.millis) OR (started_at = \(bind: after.millis) AND id < \(bind: after.id)))")
        }
        let rows = try await sql.raw(
            "SELECT * FROM incidents WHERE " + conditions.joined(separator: " AND ") + " ORDER BY started_at DESC, id DESC"
        ).all()
        var incidents: [Incident] = []
        for row in rows {
            guard case .incident(var incident) = try SignalRows.record(.incident, row) else { continue }
            if let visible = query.visibleUnits, !incident.unitIDs.isEmpty, visible.isDisjoint(with: incident.unitIDs) {
                continue
            }
            // Who else was hit is not this customer's business.
            incident.customerIDs = [query.customerID]
            incidents.append(incident)
            if incidents.count == limit { break }
        }
        return incidents
    }
}
