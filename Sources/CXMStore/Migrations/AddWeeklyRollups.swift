import CXMCore
import SQLKit

/// What the alert check reads, kept so that it reads little: the weekly grain of touchpoints within
/// units (summed from the daily one already kept, for the workspace and every saved segment) with an
/// index that holds it in series order, and each open-text analysis and theme mention stamped with its
/// response's day, indexed for counting by day.
struct AddWeeklyRollups: Migration {
    let name = "021_add_weekly_rollups"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        let weekly = RollupGrain.touchpointUnitWeek
        let (select, groups) = RollupSQL.coarsened(to: weekly)
        let sums = RollupSQL.aggregates(fromRollups: true, dialect: dialect)
        let source = RollupGrain.touchpointUnit.rawValue
        for target in [RollupTarget.workspace, .segments] {
            // The first rollup migration builds every grain the code knows now, this one included.
            try await sql.raw("DELETE FROM \(unsafeRaw: target.table) WHERE grain = \(literal: weekly.rawValue)").run()
            let columns = (target.keyColumns + RollupSQL.tallyColumns).joined(separator: ", ")
            let selected = (target.segmentColumns + ["\(weekly.rawValue)"] + select).joined(separator: ", ")
            let grouping = (target.segmentColumns + groups).joined(separator: ", ")
            try await sql.raw(
                """
                INSERT INTO \(unsafeRaw: target.table) (\(unsafeRaw: columns))
                SELECT \(unsafeRaw: selected), \(unsafeRaw: sums) FROM \(unsafeRaw: target.table)
                 WHERE grain = \(literal: source) GROUP BY \(unsafeRaw: grouping)
                """
            ).run()
        }
        let covered = (["kind", "survey_id", "question_key", "touchpoint_id", "unit_id", "day"] + RollupSQL.tallyColumns)
            .joined(separator: ", ")
        try await run(
            [
                "CREATE INDEX \(RollupSQL.weeklySeriesIndex) ON rollups (\(covered)) WHERE grain = \(weekly.rawValue)",
                "ALTER TABLE text_analyses ADD COLUMN local_day INTEGER",
                "ALTER TABLE text_themes ADD COLUMN local_day INTEGER",
                """
                UPDATE text_analyses
                   SET local_day = (SELECT r.local_day FROM responses r WHERE r.id = text_analyses.response_id)
                """,
                """
                UPDATE text_themes
                   SET local_day = (SELECT r.local_day FROM responses r WHERE r.id = text_themes.response_id)
                """,
                "CREATE INDEX text_analyses_day ON text_analyses (local_day)",
                "CREATE INDEX text_themes_sentiment_day ON text_themes (sentiment, local_day, theme_id)",
            ], on: sql)
    }
}
