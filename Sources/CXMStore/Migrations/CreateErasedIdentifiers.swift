import SQLKit

/// `erased_identifiers`: a digest of each identifier an erased customer had (`ErasedIdentifiers`), and
/// when the customer was erased, so that a record from before the erasure that names them (a help desk
/// resending its history) does not bring the person back.
struct CreateErasedIdentifiers: Migration {
    let name = "027_create_erased_identifiers"

    func apply(on sql: any SQLDatabase, dialect: Dialect) async throws {
        try await run(["CREATE TABLE erased_identifiers (digest TEXT PRIMARY KEY, erased_at BIGINT NOT NULL)"], on: sql)
    }
}
