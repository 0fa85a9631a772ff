import SQLKit

/// Driver analyses kept for reuse: a customer-level analysis with bootstrap takes seconds, so the journey
/// dashboards' badges and repeated views of a driver page read the result computed in the background.
struct CreateDriverResults: Migration {
    let name = "020_create_driver_results"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                // The key names the query, the units it was computed within and the language of its labels.
                "CREATE TABLE driver_results (key TEXT PRIMARY KEY, computed_at BIGINT NOT NULL, result TEXT NOT NULL)",
                "CREATE INDEX driver_results_computed ON driver_results (computed_at)",
            ], on: sql)
    }
}
