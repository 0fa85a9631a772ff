import Foundation
import Logging
import SQLKit

/// Applies pending migrations and records them in `schema_migrations`.
public struct Migrator: Sendable {
    let database: Database
    let migrations: [any Migration]
    let logger: Logger

    public init(database: Database, migrations: [any Migration] = allMigrations, logger: Logger) {
        self.database = database
        self.migrations = migrations
        self.logger = logger
    }

    /// The names of the migrations already applied, in order.
    public func applied() async throws -> [String] {
        try await ensureTable()
        return try await database.read { sql in
            try await sql.raw("SELECT name FROM schema_migrations ORDER BY position").all()
                .map { try $0.decode(column: "name", as: String.self) }
        }
    }

    /// Applies what is missing and returns the names applied now. Refuses a database that has
    /// migrations this program does not know (it was migrated by a newer cxm).
    @discardableResult
    public func migrate() async throws -> [String] {
        try await ensureTable()
        let known = Set(migrations.map(\.name))
        let done = try await applied()
        if let unknown = done.first(where: { !known.contains($0) }) {
            throw StoreError.schema(
                "the database has the migration '\(unknown)' that this cxm does not know; it was created by a newer cxm")
        }
        var appliedNow: [String] = []
        for (position, migration) in migrations.enumerated() where !done.contains(migration.name) {
            let dialect = database.dialect
            // Another server starting at the same time may have applied it meanwhile: each migration
            // runs under the migration lock and checks again.
            let applied = try await database.write { sql in
                if let lock = dialect.migrationLock { try await sql.raw(SQLQueryString(lock)).run() }
                let done = try await sql.raw(
                    "SELECT name FROM schema_migrations WHERE name = \(bind: migration.name)"
                ).first()
                guard done == nil else { return false }
                try await migration.apply(on: sql, dialect: dialect)
                try await sql.raw(
                    """
                    INSERT INTO schema_migrations (position, name, applied_at) \
                    VALUES (\(bind: position), \(bind: migration.name), \(bind: Timestamp.now))
                    """
                ).run()
                return true
            }
            guard applied else { continue }
            logger.info("applied migration", metadata: ["migration": "\(migration.name)"])
            appliedNow.append(migration.name)
        }
        return appliedNow
    }

    private func ensureTable() async throws {
        let lock = database.dialect.migrationLock
        try await database.write { sql in
            // Concurrent CREATE TABLE IF NOT EXISTS can fail on PostgreSQL: under the lock.
            if let lock { try await sql.raw(SQLQueryString(lock)).run() }
            try await sql.raw(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    position INTEGER NOT NULL, name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)
                """
            ).run()
        }
    }
}

/// Times are stored as milliseconds since 1970 in a BIGINT, the same on both databases.
enum Timestamp {
    static var now: Int64 { from(Date()) }
    static func from(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
}
