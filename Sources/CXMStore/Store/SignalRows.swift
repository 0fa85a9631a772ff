import CXMCore
import Foundation
import SQLKit

/// How each kind of signal is written to and read from its table.
enum SignalRows {
    static func table(_ kind: SignalKind) -> String {
        switch kind {
        case .ticket: "tickets"
        case .churn: "churn_events"
        case .incident: "incidents"
        case .order: "business_events"
        case .event: "behaviour_events"
        }
    }

    /// The record as it reads back: times to the millisecond, an incident's customers sorted.
    static func normalised(_ record: SignalRecord) -> SignalRecord {
        func ms(_ date: Date) -> Date { Timestamp.date(Timestamp.from(date)) }
        switch record {
        case .ticket(var t):
            t.openedAt = ms(t.openedAt)
            t.firstResponseAt = t.firstResponseAt.map(ms)
            t.closedAt = t.closedAt.map(ms)
            return .ticket(t)
        case .churn(var c):
            c.at = ms(c.at)
            return .churn(c)
        case .incident(var i):
            i.startedAt = ms(i.startedAt)
            i.endedAt = i.endedAt.map(ms)
            i.customerIDs.sort()
            return .incident(i)
        case .order(var o):
            o.at = ms(o.at)
            return .order(o)
        }
    }

    /// The record's columns and values, without `received_at`.
    static func columns(_ record: SignalRecord) throws -> [(String, any Encodable & Sendable)] {
        switch record {
        case .ticket(let t):
            [
                ("id", t.id), ("source_id", t.sourceID), ("external_id", t.externalID), ("customer_id", t.customerID),
                ("opened_at", Timestamp.from(t.openedAt)), ("first_response_at", t.firstResponseAt.map(Timestamp.from)),
                ("closed_at", t.closedAt.map(Timestamp.from)), ("category", t.category), ("touchpoint_id", t.touchpointID),
                ("unit_id", t.unitID), ("channel", t.channel), ("reopen_count", t.reopenCount), ("subject", t.subject),
            ]
        case .churn(let c):
            [
                ("id", c.id), ("source_id", c.sourceID), ("external_id", c.externalID), ("customer_id", c.customerID),
                ("at", Timestamp.from(c.at)), ("reason", c.reason), ("reason_text", c.reasonText), ("revenue", c.revenue),
            ]
        case .incident(let i):
            [
                ("id", i.id), ("source_id", i.sourceID), ("external_id", i.externalID), ("title", i.title),
                ("severity", i.severity.rawValue), ("started_at", Timestamp.from(i.startedAt)),
                ("ended_at", i.endedAt.map(Timestamp.from)), ("service", i.service),
                ("touchpoint_ids", try JSONColumn.encode(i.touchpointIDs)), ("unit_ids", try JSONColumn.encode(i.unitIDs)),
                ("affected_share", i.affectedShare),
            ]
        case .order(let o):
            [
                ("id", o.id), ("source_id", o.sourceID), ("external_id", o.externalID), ("customer_id", o.customerID),
                ("at", Timestamp.from(o.at)), ("type", o.type), ("value", o.value), ("touchpoint_id", o.touchpointID),
                ("unit_id", o.unitID), ("channel", o.channel),
            ]
        }
    }

    /// Inserts new records, many per statement, and the customers incidents hit; `versions` holds the
    /// sending system's time of change of those that said it, by record id.
    static func insert(
        _ sql: any SQLDatabase, _ records: [SignalRecord], versions: [String: Int64] = [:], receivedAt: Int64, maxBinds: Int
    ) async throws {
        for kind in SignalKind.records {
            let ofKind = records.filter { $0.kind == kind }
            guard let first = ofKind.first else { continue }
            let names = try columns(first).map(\.0) + ["received_at", "source_updated_at"]
            for chunk in ofKind.chunked(maxRows: min(500, maxBinds / names.count)) {
                let insert = sql.insert(into: table(kind)).columns(names)
                for record in chunk {
                    insert.values(
                        try columns(record).map { SQLBind($0.1) } + [SQLBind(receivedAt), SQLBind(versions[record.id])])
                }
                try await insert.run()
            }
            if kind == .incident {
                let links = ofKind.flatMap { record -> [(String, String)] in
                    guard case .incident(let incident) = record else { return [] }
                    return incident.customerIDs.map { (incident.id, $0) }
                }
                try await insertIncidentCustomers(sql, links, maxBinds: maxBinds)
            }
        }
    }

    /// Rewrites a changed record in place (its id stays), with the sending system's time of change when the
    /// delivery said it.
    static func update(_ sql: any SQLDatabase, _ record: SignalRecord, version: Int64? = nil, receivedAt: Int64) async throws {
        let update = sql.update(table(record.kind))
        for (column, value) in try columns(record) where column != "id" { update.set(column, to: value) }
        update.set("received_at", to: receivedAt)
        if let version { update.set("source_updated_at", to: version) }
        try await update.where("id", .equal, record.id).run()
        if case .incident(let incident) = record {
            try await sql.raw("DELETE FROM incident_customers WHERE incident_id = \(bind: incident.id)").run()
            try await insertIncidentCustomers(sql, incident.customerIDs.map { (incident.id, $0) }, maxBinds: 30_000)
        }
    }

    private static func insertIncidentCustomers(_ sql: any SQLDatabase, _ links: [(String, String)], maxBinds: Int) async throws {
        for chunk in links.chunked(maxRows: min(1000, maxBinds / 2)) {
            let insert = sql.insert(into: "incident_customers").columns("incident_id", "customer_id")
            for (incident, customer) in chunk { insert.values(SQLBind(incident), SQLBind(customer)) }
            try await insert.run()
        }
    }

    /// The sending system's time of change of the stored records of one source and kind that have one, by
    /// external id.
    static func versions(
        _ sql: any SQLDatabase, kind: SignalKind, source: String, externalIDs: Set<String>
    ) async throws -> [String: Int64] {
        var found: [String: Int64] = [:]
        for chunk in Array(externalIDs).chunked(maxRows: 500) {
            for row in try await sql.raw(
                """
                SELECT external_id, source_updated_at FROM \(ident: table(kind))
                WHERE source_id = \(bind: source) AND external_id IN (\(binds: Array(chunk))) AND source_updated_at IS NOT NULL
                """
            ).all() {
                found[try row.string("external_id")] = try row.decode(column: "source_updated_at", as: Int64.self)
            }
        }
        return found
    }

    /// The stored records of one source and kind with the given external ids.
    static func load(
        _ sql: any SQLDatabase, kind: SignalKind, source: String, externalIDs: Set<String>
    ) async throws -> [String: SignalRecord] {
        var found: [String: SignalRecord] = [:]
        for chunk in Array(externalIDs).chunked(maxRows: 500) {
            let rows = try await sql.raw(
                """
                SELECT * FROM \(ident: table(kind))
                WHERE source_id = \(bind: source) AND external_id IN (\(SQLList(chunk.map(SQLBind.init))))
                """
            ).all()
            var records = try rows.map { try record(kind, $0) }
            if kind == .incident { records = try await withIncidentCustomers(sql, records) }
            for record in records { found[record.externalID] = record }
        }
        return found
    }

    /// Incidents with the customers they hit, read in one query.
    static func withIncidentCustomers(_ sql: any SQLDatabase, _ records: [SignalRecord]) async throws -> [SignalRecord] {
        let ids = records.map(\.id)
        guard !ids.isEmpty else { return records }
        var customers: [String: [String]] = [:]
        for chunk in ids.chunked(maxRows: 500) {
            let rows = try await sql.raw(
                """
                SELECT incident_id, customer_id FROM incident_customers
                WHERE incident_id IN (\(SQLList(chunk.map(SQLBind.init))))
                """
            ).all()
            for row in rows { customers[try row.string("incident_id"), default: []].append(try row.string("customer_id")) }
        }
        // Sorted here, not by the database, whose text order depends on its collation.
        for key in customers.keys { customers[key]?.sort() }
        return records.map { record in
            guard case .incident(var incident) = record else { return record }
            incident.customerIDs = customers[incident.id] ?? []
            return .incident(incident)
        }
    }

    static func record(_ kind: SignalKind, _ row: any SQLRow) throws -> SignalRecord {
        func double(_ column: String) throws -> Double? { try row.decode(column: column, as: Double?.self) }
        switch kind {
        case .ticket:
            return .ticket(
                Ticket(
                    id: try row.string("id"), sourceID: try row.string("source_id"), externalID: try row.string("external_id"),
                    customerID: try row.optionalString("customer_id"), openedAt: try row.date("opened_at"),
                    firstResponseAt: try row.optionalDate("first_response_at"), closedAt: try row.optionalDate("closed_at"),
                    category: try row.string("category"), touchpointID: try row.optionalString("touchpoint_id"),
                    unitID: try row.optionalString("unit_id"), channel: try row.optionalString("channel"),
                    reopenCount: try row.int("reopen_count"), subject: try row.optionalString("subject")))
        case .churn:
            return .churn(
                ChurnEvent(
                    id: try row.string("id"), sourceID: try row.string("source_id"), externalID: try row.string("external_id"),
                    customerID: try row.optionalString("customer_id"), at: try row.date("at"), reason: try row.string("reason"),
                    reasonText: try row.optionalString("reason_text"), revenue: try double("revenue")))
        case .incident:
            return .incident(
                Incident(
                    id: try row.string("id"), sourceID: try row.string("source_id"), externalID: try row.string("external_id"),
                    title: try row.string("title"), severity: IncidentSeverity(rawValue: try row.string("severity")) ?? .major,
                    startedAt: try row.date("started_at"), endedAt: try row.optionalDate("ended_at"),
                    service: try row.optionalString("service"), touchpointIDs: try row.json("touchpoint_ids", as: [String].self),
                    unitIDs: try row.json("unit_ids", as: [String].self), affectedShare: try double("affected_share")))
        case .order:
            return .order(
                BusinessEvent(
                    id: try row.string("id"), sourceID: try row.string("source_id"), externalID: try row.string("external_id"),
                    customerID: try row.optionalString("customer_id"), at: try row.date("at"), type: try row.string("type"),
                    value: try double("value"), touchpointID: try row.optionalString("touchpoint_id"),
                    unitID: try row.optionalString("unit_id"), channel: try row.optionalString("channel")))
        case .event:
            preconditionFailure("behavioural events are not signal records")
        }
    }

    /// Closes the open review of a record that now names one customer for certain.
    static func closeReview(_ sql: any SQLDatabase, record: SignalRecord, customerID: String, now: Int64) async throws {
        try await sql.raw(
            """
            UPDATE identity_reviews SET status = 'linked', customer_id = \(bind: customerID), resolved_at = \(bind: now),
                resolved_by = 'cxm'
            WHERE kind = \(bind: record.kind.rawValue) AND record_id = \(bind: record.id) AND status = 'open'
            """
        ).run()
    }

    /// Puts a record that named several customers on the review list, or refreshes its open entry.
    static func openReview(
        _ sql: any SQLDatabase, record: SignalRecord, source: String, identifiers: [CustomerIdentifier],
        candidates: [String], now: Int64
    ) async throws -> String {
        let identifierText = try JSONColumn.encode(identifiers.map(\.description))
        let candidateText = try JSONColumn.encode(candidates)
        if let row = try await sql.raw(
            "SELECT id, status, candidates FROM identity_reviews WHERE kind = \(bind: record.kind.rawValue) AND record_id = \(bind: record.id)"
        ).first() {
            let id = try row.string("id")
            // A decision on the same candidates stands: a nightly re-export does not reopen it.
            if try row.string("status") != "open", try row.json("candidates", as: [String].self) == candidates { return id }
            try await sql.raw(
                """
                UPDATE identity_reviews SET identifiers = \(bind: identifierText), candidates = \(bind: candidateText),
                    status = 'open', customer_id = NULL, resolved_at = NULL, resolved_by = NULL
                WHERE id = \(bind: id)
                """
            ).run()
            return id
        }
        let id = Identifier.make()
        try await sql.raw(
            """
            INSERT INTO identity_reviews (id, created_at, kind, record_id, source_id, identifiers, candidates, status)
            VALUES (\(bind: id), \(bind: now), \(bind: record.kind.rawValue), \(bind: record.id), \(bind: source),
                    \(bind: identifierText), \(bind: candidateText), 'open')
            """
        ).run()
        return id
    }
}
