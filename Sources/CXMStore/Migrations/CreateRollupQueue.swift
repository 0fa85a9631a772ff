import SQLKit

/// The queue of tallies waiting to be folded into rollups.
///
/// Storing a batch of responses appends one row here, a JSON array of its scores (and skips) with
/// their finest cells, instead of upserting rollup rows inside the insert: ingestion then stays as
/// fast as the raw insert, and folding many batches at once writes each rollup page once instead of
/// once per batch.
/// Reads fold what is queued before they read rollups, so numbers never lag behind what is stored.
struct CreateRollupQueue: Migration {
    let name = "007_create_rollup_queue"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE rollup_queue (
                    id \(dialect.serialKey), responses INTEGER NOT NULL, identified INTEGER NOT NULL,
                    cells TEXT NOT NULL, queued_at BIGINT NOT NULL)
                """
            ], on: sql)
    }
}
