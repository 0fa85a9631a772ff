import CXMCore
import Foundation
import SQLKit

extension Store {
    /// Every case rule, by name.
    public func caseRules() async throws -> [CaseRule] {
        try await database.read { sql in try await caseRules(sql) }
    }

    func caseRules(_ sql: any SQLDatabase) async throws -> [CaseRule] {
        try await sql.raw("SELECT * FROM case_rules ORDER BY name, id").all().map(Self.caseRule)
    }

    /// Creates or replaces a rule; the survey, touchpoint and unit it names must exist.
    @discardableResult
    public func saveCaseRule(_ rule: CaseRule, by actor: AuditActor) async throws -> CaseRule {
        let valid: CaseRule
        do { valid = try rule.validated() } catch { throw StoreError.invalid(error) }
        let condition = try JSONColumn.encode(valid.condition)
        try await database.write { sql in
            if let survey = valid.surveyID {
                try await requireExists(sql, table: "surveys", id: survey, field: "surveyID", entity: "survey")
            }
            if let touchpoint = valid.touchpointID {
                try await requireExists(sql, table: "touchpoints", id: touchpoint, field: "touchpointID", entity: "touchpoint")
            }
            if let unit = valid.unitID {
                try await requireExists(sql, table: "units", id: unit, field: "unitID", entity: "unit")
            }
            try await sql.raw("DELETE FROM case_rules WHERE id = \(bind: valid.id)").run()
            try await sql.raw(
                """
                INSERT INTO case_rules (id, name, enabled, survey_id, touchpoint_id, condition, priority,
                                        first_contact_hours, resolution_hours, route_to, unit_id, max_age_days,
                                        require_customer, updated_at)
                VALUES (\(bind: valid.id), \(bind: valid.name), \(bind: valid.enabled), \(bind: valid.surveyID),
                        \(bind: valid.touchpointID), \(bind: condition), \(bind: valid.priority.rawValue),
                        \(bind: valid.firstContactHours), \(bind: valid.resolutionHours),
                        \(bind: valid.routeTo.rawValue), \(bind: valid.unitID),
                        \(bind: valid.maxAgeDays), \(bind: valid.requireCustomer), \(bind: Timestamp.now))
                """
            ).run()
            try await audit(sql, actor, "update", "case_rule", valid.id, "case rule: \(valid.name)")
        }
        return valid
    }

    /// Deletes a rule; the cases it opened stay.
    public func deleteCaseRule(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            guard try await sql.raw("DELETE FROM case_rules WHERE id = \(bind: id) RETURNING id").first() != nil else {
                throw StoreError.notFound(entity: "case rule", id: id)
            }
            try await audit(sql, actor, "delete", "case_rule", id, "case rule deleted")
        }
    }

    static func caseRule(_ row: any SQLRow) throws -> CaseRule {
        CaseRule(
            id: try row.string("id"), name: try row.string("name"), enabled: try row.bool("enabled"),
            surveyID: try row.optionalString("survey_id"), touchpointID: try row.optionalString("touchpoint_id"),
            condition: try row.json("condition", as: CaseCondition.self),
            priority: CasePriority(rawValue: try row.string("priority")) ?? .normal,
            firstContactHours: try row.decode(column: "first_contact_hours", as: Double.self),
            resolutionHours: try row.decode(column: "resolution_hours", as: Double.self),
            routeTo: CaseRoute(rawValue: try row.string("route_to")) ?? .touchpointOwner,
            unitID: try row.optionalString("unit_id"), maxAgeDays: try row.int("max_age_days"),
            requireCustomer: try row.bool("require_customer"))
    }

    // MARK: Business hours

    /// The business hours set on the unit itself, if any (not inherited).
    public func ownUnitCalendar(_ unitID: String) async throws -> BusinessCalendar? {
        try await database.read { sql in
            try await sql.raw("SELECT calendar FROM unit_calendars WHERE unit_id = \(bind: unitID)").first()
                .map { try $0.json("calendar", as: BusinessCalendar.self) }
        }
    }

    /// The hours a unit works by: its own, else the nearest unit above it with hours, else Monday
    /// to Friday 08–17 in the workspace's time zone.
    public func unitCalendar(_ unitID: String) async throws -> BusinessCalendar {
        try await database.read { sql in
            let calendars = try await unitCalendars(sql)
            let tree = UnitTree(try await sql.raw("SELECT * FROM units").all().map(Self.unit))
            return Self.calendar(for: unitID, tree: tree, own: calendars, timeZone: try await workspaceTimeZone(sql))
        }
    }

    /// Sets a unit's own business hours, or (nil) lets it inherit them again.
    public func saveUnitCalendar(_ calendar: BusinessCalendar?, unit unitID: String, by actor: AuditActor) async throws {
        let valid: BusinessCalendar?
        do throws(BusinessCalendar.Problem) { valid = try calendar?.validated() } catch {
            throw StoreError.invalid("calendar", error.description)
        }
        try await database.write { sql in
            try await requireExists(sql, table: "units", id: unitID, field: "unitID", entity: "unit")
            try await sql.raw("DELETE FROM unit_calendars WHERE unit_id = \(bind: unitID)").run()
            if let valid {
                try await sql.raw(
                    """
                    INSERT INTO unit_calendars (unit_id, calendar, updated_at)
                    VALUES (\(bind: unitID), \(bind: try JSONColumn.encode(valid)), \(bind: Timestamp.now))
                    """
                ).run()
            }
            try await audit(
                sql, actor, "update", "unit", unitID, valid == nil ? "business hours inherited" : "business hours set")
        }
    }

    /// The units' own business hours; all of them, or those of `units` only (decoding is the cost).
    func unitCalendars(_ sql: any SQLDatabase, of units: Set<String>? = nil) async throws -> [String: BusinessCalendar] {
        var result: [String: BusinessCalendar] = [:]
        if let units, units.isEmpty { return result }
        let query: SQLQueryString =
            units.map { "SELECT unit_id, calendar FROM unit_calendars WHERE unit_id IN (\(binds: $0.sorted()))" }
            ?? "SELECT unit_id, calendar FROM unit_calendars"
        for row in try await sql.raw(query).all() {
            result[try row.string("unit_id")] = try row.json("calendar", as: BusinessCalendar.self)
        }
        return result
    }

    func workspaceTimeZone(_ sql: any SQLDatabase) async throws -> String {
        try await sql.raw("SELECT time_zone FROM workspace WHERE id = 'default'").first()
            .map { try $0.string("time_zone") } ?? WorkspaceSettings.initial.timeZone
    }

    static func calendar(
        for unitID: String, tree: UnitTree, own: [String: BusinessCalendar], timeZone: String
    ) -> BusinessCalendar {
        for unit in tree.ancestors(of: unitID) {
            if let calendar = own[unit.id] { return calendar }
        }
        return .standard(timeZone: timeZone)
    }
}
