import SQLKit

/// The workspace's retention policy, and `maintenance_runs`: one row per run of a scheduled job and
/// period (a day), which is both its report and its claim. Servers that share a database insert the
/// row in the transaction that does the work, so one of them does it and a crash leaves it undone.
struct CreateRetention: Migration {
    let name = "010_create_retention"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                "ALTER TABLE workspace ADD COLUMN retention TEXT",
                """
                CREATE TABLE maintenance_runs (
                    job TEXT NOT NULL, period TEXT NOT NULL, ran_at BIGINT NOT NULL, report TEXT NOT NULL,
                    PRIMARY KEY (job, period))
                """,
                "CREATE INDEX maintenance_runs_latest ON maintenance_runs (job, ran_at)",
            ], on: sql)
    }
}
