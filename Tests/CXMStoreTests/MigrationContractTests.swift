import CXMCore
import CXMStore
import Foundation
import SQLKit
import Testing

@Suite("Migrations and the database file")
struct MigrationContractTests {
    @Test(arguments: TestBackend.available)
    func migrationsAreRecordedAndRunOnce(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            let migrator = Migrator(database: store.database, logger: TestBackend.logger)
            #expect(try await migrator.applied() == allMigrations.map(\.name))
            #expect(try await migrator.migrate().isEmpty)
        }
    }

    /// Two servers started at once on an empty database: each migration is applied by one of them.
    @Test(arguments: TestBackend.available)
    func concurrentMigrationsTakeTurns(backend: TestBackend) async throws {
        try await backend.withLocation { location in
            let first = try await Database.open(location, maxConnections: 2, logger: TestBackend.logger)
            let second = try await Database.open(location, maxConnections: 2, logger: TestBackend.logger)
            do {
                async let byFirst = Migrator(database: first, logger: TestBackend.logger).migrate()
                async let bySecond = Migrator(database: second, logger: TestBackend.logger).migrate()
                let (one, two) = try await (byFirst, bySecond)
                #expect(one.count + two.count == allMigrations.count)
                #expect(Set(one).isDisjoint(with: two))
                #expect(try await Migrator(database: first, logger: TestBackend.logger).applied() == allMigrations.map(\.name))
            } catch {
                await first.shutdown()
                await second.shutdown()
                throw error
            }
            await first.shutdown()
            await second.shutdown()
        }
    }

    @Test(arguments: TestBackend.available)
    func aDatabaseFromANewerCXMIsRefused(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            try await store.database.write { sql in
                try await sql.raw("INSERT INTO schema_migrations (position, name, applied_at) VALUES (99, '999_future', 0)").run()
            }
            await #expect(throws: StoreError.self) {
                try await Migrator(database: store.database, logger: TestBackend.logger).migrate()
            }
        }
    }

    @Test func sqliteRunsInWALModeWithDurableCommits() async throws {
        try await TestBackend.sqlite.withStore { (store: Store) async throws -> Void in
            let mode = try await store.database.read { sql in
                try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
            }
            let synchronous = try await store.database.read { sql in
                try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
            }
            #expect(mode == "wal")
            #expect(synchronous == 2)  // FULL
            #expect(try await store.integrityProblems().isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func aFailedWriteLeavesNothingBehind(backend: TestBackend) async throws {
        try await backend.withStore { (store: Store) async throws -> Void in
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                try await store.database.write { sql in
                    try await sql.raw("INSERT INTO units (id, parent_id, name, kind, code) VALUES ('x', NULL, 'X', 'team', NULL)")
                        .run()
                    throw Boom()
                }
            }
            #expect(try await store.units().isEmpty)
            #expect(try await store.isEmpty())
        }
    }
}
