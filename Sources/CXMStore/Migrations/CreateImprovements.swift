import SQLKit

/// Frontline observations (with colleagues' votes and comments) and the improvement list: items with their
/// evidence links, every move on the board with the reason given, and the list's own capacity; and whether
/// per-person case statistics are on.
struct CreateImprovements: Migration {
    let name = "029_create_improvements"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE observations (
                    id TEXT PRIMARY KEY, text TEXT NOT NULL, touchpoint_id TEXT, unit_id TEXT, frequency TEXT NOT NULL,
                    customer_id TEXT, language TEXT NOT NULL, theme_ids TEXT NOT NULL, theme_id TEXT,
                    author_id TEXT, author_name TEXT NOT NULL, created_at BIGINT NOT NULL)
                """,
                "CREATE INDEX observations_created ON observations (created_at)",
                "CREATE INDEX observations_customer ON observations (customer_id) WHERE customer_id IS NOT NULL",
                """
                CREATE TABLE observation_votes (
                    observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE, user_id TEXT NOT NULL,
                    at BIGINT NOT NULL, PRIMARY KEY (observation_id, user_id))
                """,
                """
                CREATE TABLE observation_comments (
                    id TEXT PRIMARY KEY, observation_id TEXT NOT NULL REFERENCES observations(id) ON DELETE CASCADE,
                    author_id TEXT, author_name TEXT NOT NULL, text TEXT NOT NULL, created_at BIGINT NOT NULL)
                """,
                "CREATE INDEX observation_comments_of ON observation_comments (observation_id, created_at)",
                """
                CREATE TABLE improvements (
                    id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE, title TEXT NOT NULL, problem TEXT NOT NULL,
                    hypothesis TEXT NOT NULL, touchpoint_id TEXT, unit_ids TEXT NOT NULL, owner_id TEXT,
                    effort_days DOUBLE PRECISION, stage TEXT NOT NULL, stage_changed_at BIGINT NOT NULL,
                    delivered_at BIGINT, impact TEXT, impact_at BIGINT, effect TEXT, created_by TEXT NOT NULL, proposer_id TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
                    version INTEGER NOT NULL)
                """,
                """
                CREATE TABLE improvement_evidence (
                    improvement_id TEXT NOT NULL REFERENCES improvements(id) ON DELETE CASCADE, kind TEXT NOT NULL,
                    ref TEXT NOT NULL, position INTEGER NOT NULL, added_by TEXT NOT NULL, added_at BIGINT NOT NULL,
                    PRIMARY KEY (improvement_id, kind, ref))
                """,
                "CREATE INDEX improvement_evidence_ref ON improvement_evidence (kind, ref)",
                """
                CREATE TABLE improvement_moves (
                    id \(dialect.serialKey), improvement_id TEXT REFERENCES improvements(id) ON DELETE CASCADE,
                    from_stage TEXT, to_stage TEXT, reasons_needed TEXT NOT NULL, reason TEXT, capacity TEXT,
                    by_name TEXT NOT NULL, at BIGINT NOT NULL)
                """,
                "CREATE INDEX improvement_moves_at ON improvement_moves (at)",
                "ALTER TABLE workspace ADD COLUMN improvement_capacity TEXT",
                // Per-person case statistics, off (NULL) until an administrator switches them on.
                "ALTER TABLE workspace ADD COLUMN person_statistics TEXT",
            ], on: sql)
    }
}
