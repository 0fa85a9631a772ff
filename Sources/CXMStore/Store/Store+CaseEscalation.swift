import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Acts on every open case whose current target is near or past at `now`: warns once before a
    /// target, marks a breach for the team lead, and moves a long-missed case to the unit above.
    /// The targets were worked out in business hours when the case opened, so this only compares
    /// stored times, whatever the number of open cases. Safe to run on several servers at once:
    /// each step is one conditional update, and a case is acted on by whoever updates it first.
    public func escalateCases(now: Date = Date()) async throws -> [CaseAlert] {
        let at = Timestamp.from(now)
        return try await database.write { sql in
            var alerts: [CaseAlert] = []
            let returning = "RETURNING id, number, title, unit_id, assignee_id, \(Self.currentDueSQL) AS due"
            func alert(_ kind: CaseAlert.Kind, _ row: any SQLRow) throws -> CaseAlert {
                CaseAlert(
                    kind: kind, caseID: try row.string("id"), number: try row.int("number"), title: try row.string("title"),
                    unitID: try row.string("unit_id"), assigneeID: try row.optionalString("assignee_id"),
                    due: try row.optionalDate("due"))
            }
            // New cases: announced once to their queue.
            for row in try await sql.raw(
                """
                UPDATE cases SET announced_at = \(bind: at)
                 WHERE announced_at IS NULL AND \(unsafeRaw: Self.openSQL)
                \(unsafeRaw: returning)
                """
            ).all() {
                alerts.append(try alert(.opened, row))
            }
            // Due soon: once per target (reset when the customer is reached).
            for row in try await sql.raw(
                """
                UPDATE cases SET warned_at = \(bind: at)
                 WHERE \(unsafeRaw: Self.openSQL) AND warned_at IS NULL AND escalation = 'none'
                   AND \(unsafeRaw: Self.currentWarnSQL) <= \(bind: at) AND \(unsafeRaw: Self.currentDueSQL) > \(bind: at)
                \(unsafeRaw: returning)
                """
            ).all() {
                alerts.append(try alert(.dueSoon, row))
            }
            // Breached: the team lead hears of it.
            var events: [CaseEvent] = []
            for row in try await sql.raw(
                """
                UPDATE cases SET escalation = 'team_lead', warned_at = COALESCE(warned_at, \(bind: at)),
                       updated_at = \(bind: at), version = version + 1
                 WHERE \(unsafeRaw: Self.openSQL) AND escalation = 'none' AND \(unsafeRaw: Self.currentDueSQL) <= \(bind: at)
                \(unsafeRaw: returning)
                """
            ).all() {
                let breached = try alert(.breached, row)
                alerts.append(breached)
                var event = CaseEvent(caseID: breached.caseID, at: now, actorID: nil, actorName: "cxm", kind: .escalation)
                event.escalation = .teamLead
                events.append(event)
            }
            // Long missed: up one unit, grouped so that one statement moves each unit's cases.
            let stale = try await sql.raw(
                """
                SELECT id, unit_id FROM cases
                 WHERE \(unsafeRaw: Self.openSQL) AND escalation = 'team_lead'
                   AND \(unsafeRaw: Self.currentEscalateSQL) <= \(bind: at)
                """
            ).all()
            if !stale.isEmpty {
                let tree = UnitTree(try await sql.raw("SELECT * FROM units").all().map(Self.unit))
                var byParent: [String?: [String]] = [:]
                var fromUnit: [String: String] = [:]
                for row in stale {
                    let id = try row.string("id")
                    let unit = try row.string("unit_id")
                    fromUnit[id] = unit
                    byParent[CaseRouting.escalationUnit(above: unit, tree: tree), default: []].append(id)
                }
                for (parent, ids) in byParent {
                    for chunk in ids.chunked(maxRows: 1_000) {
                        let move: SQLQueryString = parent.map { ", unit_id = \(bind: $0)" } ?? ""
                        for row in try await sql.raw(
                            """
                            UPDATE cases SET escalation = 'parent_unit', updated_at = \(bind: at), version = version + 1
                            """ + move
                                + """
                                 WHERE id IN (\(binds: Array(chunk))) AND escalation = 'team_lead' \(unsafeRaw: returning)
                                """
                        ).all() {
                            let moved = try alert(.movedUp, row)
                            alerts.append(moved)
                            var event = CaseEvent(
                                caseID: moved.caseID, at: now, actorID: nil, actorName: "cxm", kind: .escalation)
                            event.escalation = .parentUnit
                            event.fromUnitID = fromUnit[moved.caseID]
                            event.toUnitID = parent
                            events.append(event)
                        }
                    }
                }
            }
            try await insertEvents(sql, events)
            if !events.isEmpty {
                // The cases are read only when a subscription wants escalations.
                try await queueWebhooks(sql, of: [.caseEscalated], now: now) {
                    var records: [String: Case] = [:]
                    for chunk in Array(Set(events.map(\.caseID))).chunked(maxRows: 1_000) {
                        for row in try await sql.raw("SELECT * FROM cases WHERE id IN (\(binds: Array(chunk)))").all() {
                            let record = try Self.caseRecord(row)
                            records[record.id] = record
                        }
                    }
                    return events.flatMap { event in
                        records[event.caseID].map { WebhookEvent.events(for: $0, history: [event]) } ?? []
                    }
                }
            }
            return alerts
        }
    }
}
