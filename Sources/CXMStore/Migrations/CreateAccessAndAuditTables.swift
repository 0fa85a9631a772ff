import SQLKit

/// Users, web sessions, API tokens and the audit log.
struct CreateAccessAndAuditTables: Migration {
    let name = "005_create_access_and_audit_tables"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE users (
                    id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
                    password_hash TEXT NOT NULL, role TEXT NOT NULL, unit_id TEXT REFERENCES units(id),
                    language TEXT, created_at BIGINT NOT NULL, last_login_at BIGINT, disabled BOOLEAN NOT NULL)
                """,
                """
                CREATE TABLE sessions (
                    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    csrf_token TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)
                """,
                "CREATE INDEX sessions_user ON sessions (user_id)",
                """
                CREATE TABLE api_tokens (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, role TEXT NOT NULL,
                    unit_id TEXT REFERENCES units(id), created_at BIGINT NOT NULL, created_by TEXT NOT NULL,
                    last_used_at BIGINT, revoked BOOLEAN NOT NULL)
                """,
                """
                CREATE TABLE audit_log (
                    id TEXT PRIMARY KEY, at BIGINT NOT NULL, actor_id TEXT NOT NULL, actor_name TEXT NOT NULL,
                    action TEXT NOT NULL, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, summary TEXT NOT NULL)
                """,
                "CREATE INDEX audit_log_at ON audit_log (at)",
                "CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)",
            ], on: sql)
    }
}
