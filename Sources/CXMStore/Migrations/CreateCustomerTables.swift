import SQLKit

/// Customers, their identifiers in source systems, and saved segments.
struct CreateCustomerTables: Migration {
    let name = "003_create_customer_tables"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(
            [
                """
                CREATE TABLE customers (
                    id TEXT PRIMARY KEY, display_name TEXT NOT NULL, attributes TEXT NOT NULL,
                    may_survey BOOLEAN NOT NULL, may_contact BOOLEAN NOT NULL,
                    unit_id TEXT REFERENCES units(id), preferred_language TEXT,
                    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
                """,
                "CREATE INDEX customers_name ON customers (display_name)",
                """
                CREATE TABLE customer_identifiers (
                    system TEXT NOT NULL, value TEXT NOT NULL,
                    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                    PRIMARY KEY (system, value))
                """,
                "CREATE INDEX customer_identifiers_customer ON customer_identifiers (customer_id)",
                """
                CREATE TABLE segments (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, conditions TEXT NOT NULL)
                """,
            ], on: sql)
    }
}
