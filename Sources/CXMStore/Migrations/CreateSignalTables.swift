import CXMCore
import SQLKit

/// Signals from the company's other systems: `signal_sources` (who sends, how their identifiers map
/// to customers, the webhook secret), `tickets`, `churn_events`, `incidents` with
/// `incident_customers`, `business_events`, and `identity_reviews` (records whose identifiers named
/// several customers), and `customer_merges` (two customers made one: both as they were and what moved,
/// so that the merge can be undone). Each record is unique by its source and its id there, so a repeated delivery
/// is recognised. `workspace.began_at` is the earliest time a record may carry once an
/// administrator sets it; `workspace.incident_valuation` holds how incidents are valued (JSON). Phone identifiers stored before E.164 are rewritten where that joins nobody.
struct CreateSignalTables: Migration {
    let name = "022_create_signal_tables"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                "ALTER TABLE workspace ADD COLUMN began_at BIGINT",
                "ALTER TABLE workspace ADD COLUMN incident_valuation TEXT",
                """
                CREATE TABLE signal_sources (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, kinds TEXT NOT NULL, identifier_map TEXT NOT NULL,
                    unknown_customers TEXT NOT NULL, webhook_secret TEXT NOT NULL,
                    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
                """,
                """
                CREATE TABLE tickets (
                    id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES signal_sources(id), external_id TEXT NOT NULL,
                    customer_id TEXT REFERENCES customers(id) ON DELETE SET NULL, opened_at BIGINT NOT NULL,
                    first_response_at BIGINT, closed_at BIGINT, category TEXT NOT NULL, touchpoint_id TEXT, unit_id TEXT,
                    channel TEXT, reopen_count INTEGER NOT NULL, subject TEXT, received_at BIGINT NOT NULL,
                    UNIQUE (source_id, external_id))
                """,
                "CREATE INDEX tickets_customer ON tickets (customer_id, opened_at) WHERE customer_id IS NOT NULL",
                "CREATE INDEX tickets_opened ON tickets (opened_at)",
                """
                CREATE TABLE churn_events (
                    id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES signal_sources(id), external_id TEXT NOT NULL,
                    customer_id TEXT REFERENCES customers(id) ON DELETE SET NULL, at BIGINT NOT NULL, reason TEXT NOT NULL,
                    reason_text TEXT, revenue DOUBLE PRECISION, received_at BIGINT NOT NULL,
                    UNIQUE (source_id, external_id))
                """,
                "CREATE INDEX churn_events_customer ON churn_events (customer_id, at) WHERE customer_id IS NOT NULL",
                "CREATE INDEX churn_events_at ON churn_events (at)",
                """
                CREATE TABLE incidents (
                    id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES signal_sources(id), external_id TEXT NOT NULL,
                    title TEXT NOT NULL, severity TEXT NOT NULL, started_at BIGINT NOT NULL, ended_at BIGINT, service TEXT,
                    touchpoint_ids TEXT NOT NULL, unit_ids TEXT NOT NULL, affected_share DOUBLE PRECISION,
                    received_at BIGINT NOT NULL, UNIQUE (source_id, external_id))
                """,
                "CREATE INDEX incidents_started ON incidents (started_at)",
                """
                CREATE TABLE incident_customers (
                    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    PRIMARY KEY (incident_id, customer_id))
                """,
                "CREATE INDEX incident_customers_customer ON incident_customers (customer_id)",
                """
                CREATE TABLE business_events (
                    id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES signal_sources(id), external_id TEXT NOT NULL,
                    customer_id TEXT REFERENCES customers(id) ON DELETE SET NULL, at BIGINT NOT NULL, type TEXT NOT NULL,
                    value DOUBLE PRECISION, touchpoint_id TEXT, unit_id TEXT, channel TEXT, received_at BIGINT NOT NULL,
                    UNIQUE (source_id, external_id))
                """,
                "CREATE INDEX business_events_customer ON business_events (customer_id, at) WHERE customer_id IS NOT NULL",
                "CREATE INDEX business_events_at ON business_events (at)",
                """
                CREATE TABLE identity_reviews (
                    id TEXT PRIMARY KEY, created_at BIGINT NOT NULL, kind TEXT NOT NULL, record_id TEXT NOT NULL,
                    source_id TEXT NOT NULL, identifiers TEXT NOT NULL, candidates TEXT NOT NULL, status TEXT NOT NULL,
                    customer_id TEXT REFERENCES customers(id) ON DELETE SET NULL, resolved_at BIGINT, resolved_by TEXT,
                    UNIQUE (kind, record_id))
                """,
                "CREATE INDEX identity_reviews_open ON identity_reviews (status, created_at)",
                """
                CREATE TABLE customer_merges (
                    id TEXT PRIMARY KEY, at BIGINT NOT NULL, actor_id TEXT NOT NULL, actor_name TEXT NOT NULL,
                    survivor_id TEXT NOT NULL, merged_id TEXT NOT NULL, merged_name TEXT NOT NULL, snapshot TEXT NOT NULL,
                    moved_counts TEXT NOT NULL, undone_at BIGINT, undone_by TEXT)
                """,
                "CREATE INDEX customer_merges_survivor ON customer_merges (survivor_id, at)",
                "CREATE INDEX customer_merges_merged ON customer_merges (merged_id)",
            ], on: sql)
        try await rewritePhoneIdentifiers(on: sql)
    }

    /// Phone identifiers were kept as typed (`070-123 45 67` without the dashes). In E.164 they join
    /// the same numbers from other systems; one that would collide with another customer's stays.
    private func rewritePhoneIdentifiers(on sql: any SQLDatabase) async throws {
        let zone = try await sql.raw("SELECT time_zone FROM workspace WHERE id = 'default'").first()
            .map { try $0.decode(column: "time_zone", as: String.self) }
        let country = zone.flatMap(PhoneCountry.init(timeZone:))
        let rows = try await sql.raw("SELECT value, customer_id FROM customer_identifiers WHERE system = 'phone'").all()
        for row in rows {
            let value = try row.decode(column: "value", as: String.self)
            guard case .success(let number) = PhoneNumber.e164(value, country: country), number != value else { continue }
            let taken = try await sql.raw(
                "SELECT 1 AS one FROM customer_identifiers WHERE system = 'phone' AND value = \(bind: number)"
            ).first()
            guard taken == nil else { continue }
            try await sql.raw(
                "UPDATE customer_identifiers SET value = \(bind: number) WHERE system = 'phone' AND value = \(bind: value)"
            ).run()
        }
    }
}
