import SQLKit

/// Public and kiosk links to surveys, and the drafts of responses being answered through them.
///
/// A draft is found by the hash of a token only the respondent's browser holds; it keeps the
/// answers so far (JSON) and the screen reached, and points at the response once one is stored.
struct CreateSurveyLinks: Migration {
    let name = "012_create_survey_links"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE survey_links (
                    id TEXT PRIMARY KEY, token TEXT NOT NULL UNIQUE,
                    survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL, touchpoint_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
                    unit_id TEXT REFERENCES units(id) ON DELETE CASCADE, label TEXT NOT NULL,
                    created_at BIGINT NOT NULL, disabled BOOLEAN NOT NULL)
                """,
                "CREATE INDEX survey_links_survey ON survey_links (survey_id)",
                """
                CREATE TABLE response_drafts (
                    id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE,
                    link_id TEXT REFERENCES survey_links(id) ON DELETE CASCADE,
                    survey_id TEXT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
                    survey_version INTEGER NOT NULL, language TEXT NOT NULL, answers TEXT NOT NULL,
                    screen INTEGER NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
                    completed_at BIGINT, response_id TEXT)
                """,
                "CREATE INDEX response_drafts_updated ON response_drafts (updated_at)",
            ], on: sql)
    }
}
