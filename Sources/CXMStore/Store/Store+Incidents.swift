import CXMCore
import Foundation
import SQLKit

/// An incident in a list: the customers it hit are counted, not named, and its size is valued at the
/// configured value per customer-minute.
public struct IncidentListing: Sendable, Hashable, Encodable {
    public var incident: Incident
    public var namedCustomers: Int
    /// The named customers, or the affected share of the customers its units serve.
    public var affectedCustomers: Int
    public var affectedIsEstimate: Bool
    public var customerMinutes: Double
    /// Nil when no value per customer-minute is configured.
    public var estimatedCost: Double?
}

extension Store {
    /// Incidents newest first, each with how many customers it names (not who); a reader of some units
    /// sees those that touched one of them or name none.
    public func incidents(
        visibleUnits: Set<String>?, page: PageRequest, now: Date = Date()
    ) async throws -> Page<IncidentListing> {
        let settings = try await incidentValuationSettings()
        return try await database.read { sql in
            let slice: [Incident]
            let total: Int
            if let units = visibleUnits {
                // A viewer's incidents are those of their units and those of none; the units are a JSON list,
                // read here. Incidents are few next to responses.
                let rows = try await sql.raw("SELECT * FROM incidents ORDER BY started_at DESC, id DESC").all()
                let visible = try rows.compactMap { row -> Incident? in
                    guard case .incident(let incident) = try SignalRows.record(.incident, row) else { return nil }
                    return incident.unitIDs.isEmpty || !units.isDisjoint(with: incident.unitIDs) ? incident : nil
                }
                slice = Array(visible.dropFirst(page.offset).prefix(page.limit))
                total = visible.count
            } else {
                // Everything visible: the page is read as a page.
                total = try await sql.raw("SELECT COUNT(*) AS n FROM incidents").first()?.int("n") ?? 0
                slice = try await sql.raw(
                    """
                    SELECT * FROM incidents ORDER BY started_at DESC, id DESC
                    LIMIT \(bind: page.limit) OFFSET \(bind: page.offset)
                    """
                ).all().compactMap { row in
                    guard case .incident(let incident) = try SignalRows.record(.incident, row) else { return nil }
                    return incident
                }
            }
            let counts = try await self.namedCustomerCounts(sql, slice.map(\.id))
            var items: [IncidentListing] = []
            for incident in slice {
                let named = counts[incident.id] ?? 0
                let affected = try await self.affectedCustomers(sql, incident, named: named)
                let customerMinutes = Double(affected.count) * incident.minutes(now: now)
                items.append(
                    IncidentListing(
                        incident: incident, namedCustomers: named, affectedCustomers: affected.count,
                        affectedIsEstimate: affected.isEstimate, customerMinutes: customerMinutes,
                        estimatedCost: settings.valuePerCustomerMinute.map { $0 * customerMinutes }))
            }
            return Page(items: items, total: total, offset: page.offset, limit: page.limit)
        }
    }

    /// How incidents are valued (value per customer-minute, weeks compared, minimum answers).
    public func incidentValuationSettings() async throws -> IncidentValuationSettings {
        try await database.read { sql in
            let row = try await sql.raw("SELECT incident_valuation FROM workspace WHERE id = 'default'").first()
            return try row?.optionalString("incident_valuation").map {
                try JSONColumn.decode(IncidentValuationSettings.self, from: $0)
            } ?? IncidentValuationSettings()
        }
    }

    @discardableResult
    public func saveIncidentValuationSettings(
        _ settings: IncidentValuationSettings, by actor: AuditActor
    ) async throws -> IncidentValuationSettings {
        let valid: IncidentValuationSettings
        do { valid = try settings.validated() } catch { throw StoreError.invalid(error) }
        let workspace = try await workspaceSettings()
        try await database.write { sql in
            try await ensureWorkspaceRow(sql, workspace)
            try await sql.raw(
                "UPDATE workspace SET incident_valuation = \(bind: try JSONColumn.encode(valid)) WHERE id = 'default'"
            ).run()
            try await audit(
                sql, actor, "update", "workspace", "default",
                "incident valuation: \(valid.valuePerCustomerMinute.map { "\($0) per customer-minute" } ?? "no value"), \(valid.weeksAfter) weeks"
            )
        }
        return valid
    }

    /// Values an incident: the customers it hit (named, or the affected share of the customers its units
    /// serve), for how long, at the configured value, and the NPS of affected against unaffected customers
    /// in the weeks after its start. With named customers, "affected" are their answers; with a share, the
    /// answers given in the units (or at the touchpoints) it hit. Only answers in the reader's units count.
    public func incidentValuation(
        _ id: String, visibleUnits: Set<String>?, now: Date = Date()
    ) async throws -> (incident: Incident, valuation: IncidentValuation) {
        let settings = try await incidentValuationSettings()
        return try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM incidents WHERE id = \(bind: id)").first(),
                case .incident(let incident) = try SignalRows.record(.incident, row)
            else { throw StoreError.notFound(entity: "incident", id: id) }
            if let units = visibleUnits, !incident.unitIDs.isEmpty, units.isDisjoint(with: incident.unitIDs) {
                throw StoreError.notFound(entity: "incident", id: id)
            }
            let named = try await self.namedCustomerCounts(sql, [id])[id] ?? 0
            let affected = try await self.affectedCustomers(sql, incident, named: named)
            let counts = try await self.npsAfter(
                sql, incident: incident, named: named > 0, weeks: settings.weeksAfter, visibleUnits: visibleUnits)
            let valuation = IncidentValuation.value(
                incident, affectedCustomers: affected.count, affectedIsEstimate: affected.isEstimate, affected: counts.affected,
                unaffected: counts.unaffected, settings: settings, now: now)
            return (incident, valuation)
        }
    }

    /// The customers an incident hit: those it names, or else the affected share of the customers its units
    /// serve (of all customers when it names no unit), rounded.
    func affectedCustomers(
        _ sql: any SQLDatabase, _ incident: Incident, named: Int
    ) async throws -> (count: Int, isEstimate: Bool) {
        guard named == 0, let share = incident.affectedShare else { return (named, false) }
        let served: Int
        if incident.unitIDs.isEmpty {
            served = try await count(sql, "SELECT COUNT(*) AS n FROM customers")
        } else {
            served = try await count(sql, "SELECT COUNT(*) AS n FROM customers WHERE unit_id IN (\(binds: incident.unitIDs))")
        }
        return (Int((Double(served) * share).rounded()), true)
    }

    func namedCustomerCounts(_ sql: any SQLDatabase, _ ids: [String]) async throws -> [String: Int] {
        guard !ids.isEmpty else { return [:] }
        var counts: [String: Int] = [:]
        for chunk in ids.chunked(maxRows: 500) {
            for row in try await sql.raw(
                """
                SELECT incident_id, COUNT(*) AS n FROM incident_customers
                WHERE incident_id IN (\(binds: Array(chunk))) GROUP BY incident_id
                """
            ).all() {
                counts[try row.string("incident_id")] = try row.int("n")
            }
        }
        return counts
    }

    /// NPS answers in the weeks after the incident's start, split into affected and unaffected.
    private func npsAfter(
        _ sql: any SQLDatabase, incident: Incident, named: Bool, weeks: Int, visibleUnits: Set<String>?
    ) async throws -> (affected: NPSCounts, unaffected: NPSCounts) {
        let keys = try await npsQuestionKeys(sql)
        let empty = NPSCounts(promoters: 0, passives: 0, detractors: 0)
        guard !keys.isEmpty else { return (empty, empty) }
        let hit: SQLQueryString
        if named {
            hit = """
                EXISTS (SELECT 1 FROM incident_customers ic WHERE ic.incident_id = \(bind: incident.id)
                        AND ic.customer_id = r.customer_id)
                """
        } else if !incident.unitIDs.isEmpty {
            hit = "r.unit_id IN (\(binds: incident.unitIDs))"
        } else if !incident.touchpointIDs.isEmpty {
            hit = "r.touchpoint_id IN (\(binds: incident.touchpointIDs))"
        } else {
            return (empty, empty)  // Everyone was hit: nobody to compare with.
        }
        let start = Timestamp.from(incident.startedAt)
        let end = start + Int64(weeks) * 7 * 86_400_000
        var conditions: [SQLQueryString] = [
            "r.submitted_at >= \(bind: start)", "r.submitted_at < \(bind: end)", "a.score IS NOT NULL",
            "(r.survey_id, a.question_key) IN (\(Self.pairList(keys)))",
        ]
        if let units = visibleUnits {
            if units.isEmpty { return (empty, empty) }
            conditions.append("r.unit_id IN (\(binds: units.sorted()))")
        }
        let rows = try await sql.raw(
            "SELECT CASE WHEN " + hit + " THEN 1 ELSE 0 END AS hit, a.score, COUNT(*) AS n "
                + "FROM responses r JOIN answers a ON a.response_id = r.id WHERE "
                + conditions.joined(separator: " AND ") + " GROUP BY 1, a.score"
        ).all()
        var affected = empty
        var unaffected = empty
        for row in rows {
            if try row.int("hit") == 1 {
                affected.add(try row.int("score"), count: try row.int("n"))
            } else {
                unaffected.add(try row.int("score"), count: try row.int("n"))
            }
        }
        return (affected, unaffected)
    }
}
