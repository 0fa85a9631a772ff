import SQLKit

/// `source_updated_at` on each kind of signal record: when the record last changed in the sending system,
/// as its latest applied delivery said. A delivery that says an earlier time arrived late and is not applied.
struct AddSignalVersions: Migration {
    let name = "028_add_signal_versions"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            ["tickets", "churn_events", "incidents", "business_events"].map {
                "ALTER TABLE \($0) ADD COLUMN source_updated_at BIGINT"
            }, on: sql)
    }
}
