import SQLKit

/// Alerts raised by the trend engine, one row per raised change, with what people did about it; and each
/// person's choice of digest.
struct CreateAlerts: Migration {
    let name = "019_create_alerts"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE alerts (
                    id TEXT PRIMARY KEY, series_key TEXT NOT NULL, metric TEXT NOT NULL, question_key TEXT,
                    touchpoint_id TEXT, unit_id TEXT, theme_id TEXT, status TEXT NOT NULL, worse BOOLEAN NOT NULL,
                    q_value DOUBLE PRECISION NOT NULL, snapshot TEXT NOT NULL, raised_at BIGINT NOT NULL,
                    updated_at BIGINT NOT NULL, resolved_at BIGINT, acknowledged_by TEXT, acknowledged_at BIGINT,
                    mute_reason TEXT, muted_by TEXT, case_id TEXT, improvement TEXT, notified_at BIGINT)
                """,
                "CREATE INDEX alerts_series ON alerts (series_key, status)",
                // At most one live alert per series, even when two servers check at once.
                "CREATE UNIQUE INDEX alerts_live ON alerts (series_key) WHERE status <> 'resolved'",
                "CREATE INDEX alerts_raised ON alerts (raised_at)",
                // A person's digest choice; no row means the default (weekly).
                """
                CREATE TABLE alert_digests (
                    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE, digest TEXT NOT NULL,
                    last_sent_at BIGINT)
                """,
            ], on: sql)
    }
}
