import CXMCore
import SQLKit

extension Store {
    /// A page of the audit log, newest first, optionally for one entity.
    public func auditLog(entityType: String? = nil, entityID: String? = nil, page: PageRequest) async throws -> Page<AuditEntry> {
        try await database.read { sql in
            var conditions: [SQLQueryString] = []
            if let entityType { conditions.append("entity_type = \(bind: entityType)") }
            if let entityID { conditions.append("entity_id = \(bind: entityID)") }
            let filter: SQLQueryString = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let total = try await count(sql, "SELECT COUNT(*) AS n FROM audit_log" + filter)
            let rows = try await sql.raw(
                "SELECT * FROM audit_log" + filter
                    + " ORDER BY at DESC, id LIMIT \(literal: page.limit) OFFSET \(literal: page.offset)"
            ).all()
            let items = try rows.map {
                AuditEntry(
                    id: try $0.string("id"), at: try $0.date("at"), actorID: try $0.string("actor_id"),
                    actorName: try $0.string("actor_name"), action: try $0.string("action"),
                    entityType: try $0.string("entity_type"), entityID: try $0.string("entity_id"),
                    summary: try $0.string("summary"))
            }
            return Page(items: items, total: total, offset: page.offset, limit: page.limit)
        }
    }

    /// Records an event that is not a row change (an import, a demo load).
    public func recordAudit(
        _ actor: AuditActor, action: String, entityType: String, entityID: String, summary: String
    ) async throws {
        try await database.write { sql in
            try await audit(sql, actor, action, entityType, entityID, summary)
        }
    }

    /// Whether the store holds any domain data (units, journeys, customers or responses).
    public func isEmpty() async throws -> Bool {
        try await database.read { sql in
            for table in ["units", "journeys", "customers", "responses", "surveys"] {
                if try await sql.raw("SELECT 1 AS one FROM \(ident: table) LIMIT 1").first() != nil { return false }
            }
            return true
        }
    }

    /// Runs the database's own consistency check where it has one; returns the problems found.
    public func integrityProblems() async throws -> [String] {
        guard let check = dialect.integrityCheck else { return [] }
        return try await database.read { sql in
            try await sql.raw(SQLQueryString(check)).all().compactMap { row in
                let text = try row.decode(column: row.allColumns.first ?? "integrity_check", as: String.self)
                return text == "ok" ? nil : text
            }
        }
    }
}
