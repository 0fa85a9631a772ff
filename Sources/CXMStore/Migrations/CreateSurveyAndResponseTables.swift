import SQLKit

/// Versioned surveys, responses and one row per answer (what analytics reads).
struct CreateSurveyAndResponseTables: Migration {
    let name = "004_create_survey_and_response_tables"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE surveys (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, current_version INTEGER NOT NULL,
                    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE survey_versions (
                    survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE, version INTEGER NOT NULL,
                    definition TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (survey_id, version))
                """,
                """
                CREATE TABLE survey_touchpoints (
                    survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
                    touchpoint_id TEXT NOT NULL REFERENCES touchpoints(id),
                    PRIMARY KEY (survey_id, touchpoint_id))
                """,
                "CREATE INDEX survey_touchpoints_touchpoint ON survey_touchpoints (touchpoint_id)",
                """
                CREATE TABLE responses (
                    id TEXT PRIMARY KEY, survey_id TEXT NOT NULL REFERENCES surveys(id),
                    survey_version INTEGER NOT NULL, touchpoint_id TEXT NOT NULL REFERENCES touchpoints(id),
                    unit_id TEXT NOT NULL REFERENCES units(id), channel_id TEXT NOT NULL REFERENCES channels(id),
                    customer_id TEXT REFERENCES customers(id) ON DELETE SET NULL, language TEXT NOT NULL,
                    submitted_at BIGINT NOT NULL, received_at BIGINT NOT NULL, idempotency_key TEXT UNIQUE)
                """,
                "CREATE INDEX responses_submitted ON responses (submitted_at)",
                "CREATE INDEX responses_unit ON responses (unit_id, submitted_at)",
                "CREATE INDEX responses_touchpoint ON responses (touchpoint_id, submitted_at)",
                "CREATE INDEX responses_survey ON responses (survey_id, submitted_at)",
                // Anonymous answers (no customer) are common and never looked up by customer.
                "CREATE INDEX responses_customer ON responses (customer_id) WHERE customer_id IS NOT NULL",
                """
                CREATE TABLE answers (
                    response_id TEXT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
                    question_key TEXT NOT NULL, value_kind TEXT NOT NULL,
                    score INTEGER, choices TEXT, text_value TEXT,
                    PRIMARY KEY (response_id, question_key))
                """,
            ], on: sql)
    }
}
