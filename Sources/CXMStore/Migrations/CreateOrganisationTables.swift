import SQLKit

/// The workspace settings, the unit tree and the channels.
struct CreateOrganisationTables: Migration {
    let name = "001_create_organisation_tables"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE workspace (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, default_language TEXT NOT NULL,
                    time_zone TEXT NOT NULL, enabled_languages TEXT NOT NULL)
                """,
                """
                CREATE TABLE units (
                    id TEXT PRIMARY KEY, parent_id TEXT REFERENCES units(id), name TEXT NOT NULL,
                    kind TEXT NOT NULL, code TEXT UNIQUE)
                """,
                "CREATE INDEX units_parent ON units (parent_id)",
                """
                CREATE TABLE channels (
                    id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL)
                """,
            ], on: sql)
    }
}
