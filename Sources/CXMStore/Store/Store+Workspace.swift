import CXMCore
import SQLKit

extension Store {
    /// The workspace settings; the initial ones until someone saves them.
    public func workspaceSettings() async throws -> WorkspaceSettings {
        try await database.read { sql in
            guard let row = try await sql.raw("SELECT * FROM workspace WHERE id = 'default'").first() else {
                return WorkspaceSettings.initial
            }
            return WorkspaceSettings(
                name: try row.string("name"),
                defaultLanguage: Language(rawValue: try row.string("default_language")) ?? .en,
                timeZone: try row.string("time_zone"),
                enabledLanguages: try row.json("enabled_languages", as: [Language].self),
                retention: try row.optionalString("retention").map {
                    try JSONColumn.decode(RetentionPolicy.self, from: $0)
                } ?? RetentionPolicy())
        }
    }

    /// Validates and saves the settings.
    @discardableResult
    public func saveWorkspaceSettings(_ settings: WorkspaceSettings, by actor: AuditActor) async throws -> WorkspaceSettings {
        let valid: WorkspaceSettings
        do { valid = try settings.validated() } catch { throw StoreError.invalid(error) }
        let languages = try JSONColumn.encode(valid.enabledLanguages)
        let retention = try JSONColumn.encode(valid.retention)
        let dialect = self.dialect
        try await database.write { sql in
            let previous =
                try await sql.raw("SELECT time_zone FROM workspace WHERE id = 'default'").first()
                .map { try $0.string("time_zone") } ?? WorkspaceSettings.initial.timeZone
            // Updated in place: the row also holds what other screens save (the contact rules).
            let updated = try await sql.raw(
                """
                UPDATE workspace SET name = \(bind: valid.name), default_language = \(bind: valid.defaultLanguage.rawValue),
                       time_zone = \(bind: valid.timeZone), enabled_languages = \(bind: languages), retention = \(bind: retention)
                 WHERE id = 'default' RETURNING id
                """
            ).first()
            if updated == nil {
                try await sql.raw(
                    """
                    INSERT INTO workspace (id, name, default_language, time_zone, enabled_languages, retention)
                    VALUES ('default', \(bind: valid.name), \(bind: valid.defaultLanguage.rawValue),
                            \(bind: valid.timeZone), \(bind: languages), \(bind: retention))
                    """
                ).run()
            }
            try await audit(sql, actor, "update", "workspace", "default", "settings: \(valid.name)")
            // Days are cut in the workspace zone: a new zone re-cuts every response's day and rollup at once.
            if previous != valid.timeZone {
                try await RollupSQL.rebuild(on: sql, dialect: dialect, timeZone: valid.timeZone)
            }
        }
        return valid
    }
}
