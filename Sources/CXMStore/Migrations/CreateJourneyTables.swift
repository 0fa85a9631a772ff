import SQLKit

/// Journeys, their ordered stages and the touchpoints within them.
struct CreateJourneyTables: Migration {
    let name = "002_create_journey_tables"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE journeys (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, position INTEGER NOT NULL)
                """,
                """
                CREATE TABLE stages (
                    id TEXT PRIMARY KEY, journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
                    name TEXT NOT NULL, phase TEXT NOT NULL, position INTEGER NOT NULL)
                """,
                "CREATE INDEX stages_journey ON stages (journey_id, position)",
                """
                CREATE TABLE touchpoints (
                    id TEXT PRIMARY KEY, stage_id TEXT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
                    name TEXT NOT NULL, position INTEGER NOT NULL,
                    channel_id TEXT NOT NULL REFERENCES channels(id),
                    owner_unit_id TEXT NOT NULL REFERENCES units(id),
                    feeling TEXT NOT NULL, functional_needs TEXT NOT NULL, emotional_needs TEXT NOT NULL,
                    hygiene_factors TEXT NOT NULL, blueprint TEXT NOT NULL)
                """,
                "CREATE INDEX touchpoints_stage ON touchpoints (stage_id, position)",
                "CREATE INDEX touchpoints_owner ON touchpoints (owner_unit_id)",
            ], on: sql)
    }
}
