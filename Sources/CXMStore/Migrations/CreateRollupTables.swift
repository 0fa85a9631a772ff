import CXMCore
import Foundation
import SQLKit

/// Tallies of scale answers per day and cell, kept current as responses arrive, so that dashboards
/// never scan raw responses; plus what the raw-row path needs to give the same numbers (each
/// response's day in the workspace zone, each answer's kind, each survey version's scale questions).
struct CreateRollupTables: Migration {
    let name = "006_create_rollup_tables"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        let counts = (0..<ScoreTally.distributionSlots).map { "c\($0) BIGINT NOT NULL" }.joined(separator: ", ")
        try await run(
            [
                "ALTER TABLE responses ADD COLUMN local_day INTEGER",
                "ALTER TABLE answers ADD COLUMN kind TEXT",
                """
                CREATE TABLE survey_questions (
                    survey_id TEXT NOT NULL, version INTEGER NOT NULL, question_key TEXT NOT NULL, kind TEXT NOT NULL,
                    PRIMARY KEY (survey_id, version, question_key),
                    FOREIGN KEY (survey_id, version) REFERENCES survey_versions(survey_id, version) ON DELETE CASCADE)
                """,
                """
                CREATE TABLE rollups (
                    grain INTEGER NOT NULL, kind TEXT NOT NULL, day INTEGER NOT NULL, survey_id TEXT NOT NULL,
                    question_key TEXT NOT NULL, touchpoint_id TEXT NOT NULL, unit_id TEXT NOT NULL,
                    channel_id TEXT NOT NULL, language TEXT NOT NULL,
                    answered BIGINT NOT NULL, skipped BIGINT NOT NULL, total BIGINT NOT NULL,
                    total_squares BIGINT NOT NULL, \(counts),
                    PRIMARY KEY (grain, kind, day, survey_id, question_key, touchpoint_id, unit_id, channel_id, language))
                """ + dialect.clusteredByKey,
                "CREATE TABLE rollup_state (id TEXT PRIMARY KEY, time_zone TEXT NOT NULL, rebuilt_at BIGINT NOT NULL)",
            ], on: sql)
        // Installations from before this migration: derive everything from what is stored.
        for row in try await sql.raw("SELECT survey_id, version, definition FROM survey_versions").all() {
            let survey = try row.json("definition", as: Survey.self)
            let id = try row.string("survey_id")
            let version = try row.int("version")
            try await RollupSQL.recordQuestions(of: survey, id: id, version: version, on: sql)
            for question in survey.questions {
                guard let kind = question.scoreKind else { continue }
                try await sql.raw(
                    """
                    UPDATE answers SET kind = \(bind: kind.rawValue) WHERE question_key = \(bind: question.key)
                    AND response_id IN (SELECT id FROM responses WHERE survey_id = \(bind: id) AND survey_version = \(bind: version))
                    """
                ).run()
            }
        }
        let zone =
            try await sql.raw("SELECT time_zone FROM workspace WHERE id = 'default'").first()
            .map { try $0.string("time_zone") } ?? WorkspaceSettings.initial.timeZone
        try await RollupSQL.rebuild(
            on: sql, dialect: dialect, timeZone: zone, clearingQueue: false, segments: false, stampingTexts: false)
    }
}
