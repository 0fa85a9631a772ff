import CXMCore
import SQLKit

extension Store {
    /// The current version of every survey, by name.
    public func surveys() async throws -> [Survey] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT v.definition FROM surveys s
                JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version
                ORDER BY s.name
                """
            ).all().map { try $0.json("definition", as: Survey.self) }
        }
    }

    /// A survey's current version, or the named version.
    public func survey(_ id: String, version: Int? = nil) async throws -> Survey {
        try await database.read { sql in
            let row: (any SQLRow)?
            if let version {
                row = try await sql.raw(
                    "SELECT definition FROM survey_versions WHERE survey_id = \(bind: id) AND version = \(bind: version)"
                ).first()
            } else {
                row = try await sql.raw(
                    """
                    SELECT v.definition FROM surveys s
                    JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.current_version
                    WHERE s.id = \(bind: id)
                    """
                ).first()
            }
            guard let row else { throw StoreError.notFound(entity: version == nil ? "survey" : "survey version", id: id) }
            return try row.json("definition", as: Survey.self)
        }
    }

    /// Stores a new survey as version 1, or a changed definition of an existing one as its next version.
    @discardableResult
    public func saveSurvey(_ survey: Survey, by actor: AuditActor) async throws -> Survey {
        var valid: Survey
        do { valid = try survey.validated() } catch { throw StoreError.invalid(error) }
        return try await database.write { [valid] sql in
            var result = valid
            for (index, touchpoint) in valid.touchpointIDs.enumerated() {
                try await requireExists(
                    sql, table: "touchpoints", id: touchpoint, field: "touchpointIDs[\(index)]", entity: "touchpoint")
            }
            let now = Timestamp.now
            let current = try await sql.raw("SELECT current_version FROM surveys WHERE id = \(bind: valid.id)").first()
            if let current {
                result.version = try current.int("current_version") + 1
                try await sql.raw(
                    """
                    UPDATE surveys SET name = \(bind: result.name), current_version = \(bind: result.version),
                        updated_at = \(bind: now) WHERE id = \(bind: result.id)
                    """
                ).run()
                try await sql.raw("DELETE FROM survey_touchpoints WHERE survey_id = \(bind: result.id)").run()
            } else {
                result.version = 1
                try await sql.raw(
                    """
                    INSERT INTO surveys (id, name, current_version, created_at, updated_at)
                    VALUES (\(bind: result.id), \(bind: result.name), 1, \(bind: now), \(bind: now))
                    """
                ).run()
            }
            try await sql.raw(
                """
                INSERT INTO survey_versions (survey_id, version, definition, created_at)
                VALUES (\(bind: result.id), \(bind: result.version), \(bind: try JSONColumn.encode(result)), \(bind: now))
                """
            ).run()
            try await RollupSQL.recordQuestions(of: result, id: result.id, version: result.version, on: sql)
            for touchpoint in Set(result.touchpointIDs).sorted() {
                try await sql.raw(
                    "INSERT INTO survey_touchpoints (survey_id, touchpoint_id) VALUES (\(bind: result.id), \(bind: touchpoint))"
                ).run()
            }
            try await audit(
                sql, actor, current == nil ? "create" : "update", "survey", result.id, "\(result.name) v\(result.version)")
            return result
        }
    }

    /// Deletes a survey that no response answered.
    public func deleteSurvey(_ id: String, by actor: AuditActor) async throws {
        try await database.write { sql in
            try await requireRow(sql, "surveys", id, "survey")
            let used = try await count(sql, "SELECT COUNT(*) AS n FROM responses WHERE survey_id = \(bind: id)")
            if used > 0 { throw StoreError.conflict("survey '\(id)' has \(used) responses; it cannot be deleted") }
            try await sql.raw("DELETE FROM surveys WHERE id = \(bind: id)").run()
            try await audit(sql, actor, "delete", "survey", id, "")
        }
    }

    /// The number of responses per survey id.
    public func responseCountsBySurvey() async throws -> [String: Int] {
        try await database.read { sql in
            var result: [String: Int] = [:]
            for row in try await sql.raw("SELECT survey_id, COUNT(*) AS n FROM responses GROUP BY survey_id").all() {
                result[try row.string("survey_id")] = try row.int("n")
            }
            return result
        }
    }
}
