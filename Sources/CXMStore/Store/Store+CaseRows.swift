import CXMCore
import Foundation
import SQLKit

/// How cases and their timelines are written to and read from their tables.
extension Store {
    /// Reserves consecutive case numbers; the counter row serialises concurrent writers.
    func nextNumbers(_ sql: any SQLDatabase, count: Int, counter: String = "case") async throws -> ClosedRange<Int> {
        try await sql.raw(
            "INSERT INTO counters (name, value) VALUES (\(bind: counter), 0) ON CONFLICT (name) DO NOTHING"
        ).run()
        let row = try await sql.raw(
            "UPDATE counters SET value = value + \(bind: count) WHERE name = \(bind: counter) RETURNING value"
        ).first()
        let last = Int(try row?.decode(column: "value", as: Int64.self) ?? Int64(count))
        return (last - count + 1)...last
    }

    func insertCases(_ sql: any SQLDatabase, _ records: [Case], events: [CaseEvent]) async throws {
        for record in records {
            let t = record.targets
            let ms = { (date: Date?) in date.map(Timestamp.from) }
            try await sql.raw(
                """
                INSERT INTO cases (id, number, title, status, priority, source, rule_id, response_id, complaint_id,
                                   customer_id, survey_id, touchpoint_id, unit_id, assignee_id, created_at, updated_at,
                                   first_contact_warn_at, first_contact_due, first_contact_escalate_at,
                                   resolution_warn_at, resolution_due, resolution_escalate_at, first_contact_at,
                                   resolved_at, closed_at, escalation, warned_at, root_cause, root_cause_touchpoint_id,
                                   resolution_code, version)
                VALUES (\(bind: record.id), \(bind: record.number), \(bind: record.title), \(bind: record.status.rawValue),
                        \(bind: record.priority.rawValue), \(bind: record.source.rawValue), \(bind: record.ruleID),
                        \(bind: record.responseID), \(bind: record.complaintID), \(bind: record.customerID),
                        \(bind: record.surveyID), \(bind: record.touchpointID), \(bind: record.unitID),
                        \(bind: record.assigneeID), \(bind: Timestamp.from(record.createdAt)),
                        \(bind: Timestamp.from(record.updatedAt)), \(bind: ms(t?.firstContact.warnAt)),
                        \(bind: ms(t?.firstContact.due)), \(bind: ms(t?.firstContact.escalateAt)),
                        \(bind: ms(t?.resolution.warnAt)), \(bind: ms(t?.resolution.due)),
                        \(bind: ms(t?.resolution.escalateAt)), \(bind: ms(record.firstContactAt)),
                        \(bind: ms(record.resolvedAt)), \(bind: ms(record.closedAt)), \(bind: record.escalation.rawValue),
                        NULL, \(bind: record.rootCause), \(bind: record.rootCauseTouchpointID), \(bind: record.resolutionCode),
                        \(bind: record.version))
                """
            ).run()
        }
        try await insertEvents(sql, events)
        let byID = Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
        let grouped = Dictionary(grouping: events, by: \.caseID)
        try await queueWebhooks(
            sql,
            grouped.keys.sorted().flatMap { id in
                byID[id].map { WebhookEvent.events(for: $0, history: grouped[id] ?? []) } ?? []
            }, now: events.map(\.at).max() ?? Date())
    }

    func insertEvents(_ sql: any SQLDatabase, _ events: [CaseEvent]) async throws {
        // Entries one change makes share a time; `seq` keeps them in the order they happened.
        for (offset, chunk) in events.chunked(maxRows: 1_000).enumerated() {
            var values: [SQLQueryString] = []
            for (index, event) in chunk.enumerated() {
                values.append(
                    """
                    (\(bind: event.id), \(bind: event.caseID), \(bind: Timestamp.from(event.at)), \(bind: offset * 1_000 + index),
                     \(bind: event.actorID),
                     \(bind: event.actorName), \(bind: event.kind.rawValue), \(bind: EventDetails(event).json))
                    """)
            }
            guard var joined = values.first else { continue }
            for value in values.dropFirst() { joined = joined + ", " + value }
            try await sql.raw(
                "INSERT INTO case_events (id, case_id, at, seq, actor_id, actor_name, kind, details) VALUES " + joined
            ).run()
        }
    }

    /// The parts of an event that vary by kind, kept as JSON.
    struct EventDetails: Codable {
        var fromStatus: CaseStatus?
        var toStatus: CaseStatus?
        var fromAssigneeID: String?
        var toAssigneeID: String?
        var fromUnitID: String?
        var toUnitID: String?
        var text: String?
        var contact: CaseContact?
        var escalation: CaseEscalation?
        var followUp: CaseFollowUpNote?

        /// The same JSON JSONEncoder writes (sorted keys, nulls left out), written directly: the sweep
        /// writes one per escalated case, and the generic encoder costs more than the insert.
        var json: String {
            var out = JSONText()
            out.object { fields in
                fields.optional("contact", contact) { out, contact in
                    out.object {
                        $0.field("channel") { $0.string(contact.channel.rawValue) }
                        $0.field("outcome") { $0.string(contact.outcome.rawValue) }
                    }
                }
                fields.optional("escalation", escalation) { $0.string($1.rawValue) }
                // Rare (one per closed case): the generic encoder is fine here.
                fields.optional("followUp", followUp) { out, note in out.text += (try? JSONColumn.encode(note)) ?? "null" }
                fields.optional("fromAssigneeID", fromAssigneeID) { $0.string($1) }
                fields.optional("fromStatus", fromStatus) { $0.string($1.rawValue) }
                fields.optional("fromUnitID", fromUnitID) { $0.string($1) }
                fields.optional("text", text) { $0.string($1) }
                fields.optional("toAssigneeID", toAssigneeID) { $0.string($1) }
                fields.optional("toStatus", toStatus) { $0.string($1.rawValue) }
                fields.optional("toUnitID", toUnitID) { $0.string($1) }
            }
            return out.text
        }

        init(_ event: CaseEvent) {
            fromStatus = event.fromStatus
            toStatus = event.toStatus
            fromAssigneeID = event.fromAssigneeID
            toAssigneeID = event.toAssigneeID
            fromUnitID = event.fromUnitID
            toUnitID = event.toUnitID
            text = event.text
            contact = event.contact
            escalation = event.escalation
            followUp = event.followUp
        }
    }

    static func caseEvent(_ row: any SQLRow) throws -> CaseEvent {
        let details = try row.json("details", as: EventDetails.self)
        var event = CaseEvent(
            id: try row.string("id"), caseID: try row.string("case_id"), at: try row.date("at"),
            actorID: try row.optionalString("actor_id"), actorName: try row.string("actor_name"),
            kind: CaseEvent.Kind(rawValue: try row.string("kind")) ?? .note, text: details.text)
        event.fromStatus = details.fromStatus
        event.toStatus = details.toStatus
        event.fromAssigneeID = details.fromAssigneeID
        event.toAssigneeID = details.toAssigneeID
        event.fromUnitID = details.fromUnitID
        event.toUnitID = details.toUnitID
        event.contact = details.contact
        event.escalation = details.escalation
        event.followUp = details.followUp
        return event
    }

    static func caseRecord(_ row: any SQLRow) throws -> Case {
        var record = Case(
            id: try row.string("id"), number: try row.int("number"), title: try row.string("title"),
            status: CaseStatus(rawValue: try row.string("status")) ?? .new,
            priority: CasePriority(rawValue: try row.string("priority")) ?? .normal,
            source: CaseSource(rawValue: try row.string("source")) ?? .manual, ruleID: try row.optionalString("rule_id"),
            responseID: try row.optionalString("response_id"), complaintID: try row.optionalString("complaint_id"),
            customerID: try row.optionalString("customer_id"), surveyID: try row.optionalString("survey_id"),
            touchpointID: try row.optionalString("touchpoint_id"), unitID: try row.string("unit_id"),
            assigneeID: try row.optionalString("assignee_id"), createdAt: try row.date("created_at"))
        if let due = try row.optionalDate("first_contact_due"), let resolution = try row.optionalDate("resolution_due") {
            record.targets = CaseTargets(
                firstContact: .init(
                    warnAt: try row.optionalDate("first_contact_warn_at") ?? due, due: due,
                    escalateAt: try row.optionalDate("first_contact_escalate_at") ?? due),
                resolution: .init(
                    warnAt: try row.optionalDate("resolution_warn_at") ?? resolution, due: resolution,
                    escalateAt: try row.optionalDate("resolution_escalate_at") ?? resolution))
        }
        record.updatedAt = try row.date("updated_at")
        record.firstContactAt = try row.optionalDate("first_contact_at")
        record.resolvedAt = try row.optionalDate("resolved_at")
        record.closedAt = try row.optionalDate("closed_at")
        record.escalation = CaseEscalation(rawValue: try row.string("escalation")) ?? .none
        record.rootCause = try row.optionalString("root_cause")
        record.rootCauseTouchpointID = try row.optionalString("root_cause_touchpoint_id")
        record.resolutionCode = try row.optionalString("resolution_code")
        record.version = try row.int("version")
        return record
    }
}
