import SQLKit

/// Open-text analytics: the workspace's theme taxonomy (`workspace.taxonomy`, JSON; NULL is the default
/// taxonomy) and its version; `text_analyses`, one row per analysed open-text answer (language, sentiment,
/// sentences, a lowercased copy for search); `text_themes`, the themes found in it or set by a person;
/// `text_annotations`, what people added (tags, themes removed, marked as an example); `theme_candidates`,
/// decisions on discovered phrases; and `sentiment_models`, the models learned from the workspace's scores.
/// Scores and confidences are stored in thousandths (−1000…1000) and flags as 0/1, so that bulk inserts
/// pass them as JSON integers. Analyses hang off the answer, so that deleting an answer's text (retention, erasure) deletes them too.
struct CreateTextAnalytics: Migration {
    let name = "018_create_text_analytics"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                "ALTER TABLE workspace ADD COLUMN taxonomy TEXT",
                "ALTER TABLE workspace ADD COLUMN taxonomy_version INTEGER NOT NULL DEFAULT 1",
                """
                CREATE TABLE text_analyses (
                    response_id TEXT NOT NULL, question_key TEXT NOT NULL, language TEXT,
                    language_confidence INTEGER NOT NULL, sentiment TEXT NOT NULL, score INTEGER NOT NULL,
                    model TEXT NOT NULL, sentences TEXT NOT NULL, truncated INTEGER NOT NULL,
                    search_text TEXT NOT NULL, taxonomy_version INTEGER NOT NULL,
                    analysed_at BIGINT NOT NULL,
                    PRIMARY KEY (response_id, question_key),
                    FOREIGN KEY (response_id, question_key) REFERENCES answers (response_id, question_key)
                        ON DELETE CASCADE)
                """,
                "CREATE INDEX text_analyses_sentiment ON text_analyses (sentiment)",
                // The worker's look for answers read under an older taxonomy or model.
                "CREATE INDEX text_analyses_version ON text_analyses (taxonomy_version, response_id)",
                // Its first look after an upgrade, for open-text answers not yet analysed at all.
                "CREATE INDEX answers_texts ON answers (response_id) WHERE value_kind = 'text'",
                """
                CREATE TABLE text_themes (
                    response_id TEXT NOT NULL, question_key TEXT NOT NULL, theme_id TEXT NOT NULL,
                    sentiment TEXT NOT NULL, score INTEGER NOT NULL, spans TEXT NOT NULL, manual INTEGER NOT NULL,
                    PRIMARY KEY (response_id, question_key, theme_id),
                    FOREIGN KEY (response_id, question_key) REFERENCES text_analyses (response_id, question_key)
                        ON DELETE CASCADE)
                """,
                "CREATE INDEX text_themes_theme ON text_themes (theme_id)",
                """
                CREATE TABLE text_annotations (
                    response_id TEXT NOT NULL, question_key TEXT NOT NULL, tags TEXT NOT NULL,
                    removed_themes TEXT NOT NULL, example INTEGER NOT NULL, updated_by TEXT, updated_at BIGINT NOT NULL,
                    PRIMARY KEY (response_id, question_key),
                    FOREIGN KEY (response_id, question_key) REFERENCES answers (response_id, question_key)
                        ON DELETE CASCADE)
                """,
                """
                CREATE TABLE theme_candidates (
                    language TEXT NOT NULL, phrase TEXT NOT NULL, decision TEXT NOT NULL, theme_id TEXT,
                    decided_by TEXT, decided_at BIGINT NOT NULL,
                    PRIMARY KEY (language, phrase))
                """,
                """
                CREATE TABLE sentiment_models (
                    language TEXT PRIMARY KEY, model TEXT NOT NULL, positive_examples INTEGER NOT NULL,
                    negative_examples INTEGER NOT NULL, learned_accuracy DOUBLE PRECISION NOT NULL,
                    built_in_accuracy DOUBLE PRECISION NOT NULL, tested_on INTEGER NOT NULL, in_use BOOLEAN NOT NULL,
                    trained_at BIGINT NOT NULL)
                """,
            ], on: sql)
    }
}
