import SQLKit

/// Goals with their public KPI boards, teams' action plans (suggestions, comments and actions), and which
/// monthly digests went to whom.
struct CreateGoalsAndPlans: Migration {
    let name = "030_create_goals_and_plans"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE goals (
                    id TEXT PRIMARY KEY, title TEXT NOT NULL, metric TEXT NOT NULL, journey_id TEXT, touchpoint_id TEXT,
                    unit_id TEXT, target DOUBLE PRECISION NOT NULL, start_day INTEGER NOT NULL, deadline INTEGER NOT NULL,
                    window_days INTEGER NOT NULL, created_by TEXT NOT NULL, created_at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE kpi_boards (
                    id TEXT PRIMARY KEY, token TEXT NOT NULL UNIQUE, title TEXT NOT NULL, goal_ids TEXT NOT NULL,
                    minimum_n INTEGER NOT NULL, language TEXT NOT NULL, created_by TEXT NOT NULL,
                    created_at BIGINT NOT NULL, revoked_at BIGINT)
                """,
                """
                CREATE TABLE action_plans (
                    id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE, unit_id TEXT NOT NULL, title TEXT NOT NULL,
                    focus TEXT NOT NULL, source_path TEXT, status TEXT NOT NULL, lead_id TEXT, lead_name TEXT NOT NULL,
                    created_at BIGINT NOT NULL, closed_at BIGINT)
                """,
                "CREATE INDEX action_plans_unit ON action_plans (unit_id, created_at)",
                """
                CREATE TABLE plan_entries (
                    id TEXT PRIMARY KEY, plan_id TEXT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL, text TEXT NOT NULL, author_id TEXT, author_name TEXT NOT NULL,
                    created_at BIGINT NOT NULL, action_id TEXT)
                """,
                "CREATE INDEX plan_entries_of ON plan_entries (plan_id, created_at)",
                """
                CREATE TABLE plan_actions (
                    id TEXT PRIMARY KEY, plan_id TEXT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
                    title TEXT NOT NULL, owner_id TEXT, due INTEGER, status TEXT NOT NULL, suggestion_id TEXT,
                    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
                """,
                "CREATE INDEX plan_actions_of ON plan_actions (plan_id, created_at)",
                """
                CREATE TABLE digest_sends (
                    month TEXT NOT NULL, user_id TEXT NOT NULL, sent_at BIGINT NOT NULL, PRIMARY KEY (month, user_id))
                """,
            ], on: sql)
    }
}
