import CXMCore
import CXMStore
import Foundation
import Logging
import Testing

/// Online backups of the SQLite database and restores into an empty data directory.
@Suite("Backups")
struct BackupTests {
    static let logger: Logger = {
        var logger = Logger(label: "cxm.test.backup")
        logger.logLevel = .warning
        return logger
    }()

    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cxm-backup-\(UUID().uuidString)")
    }

    /// 300 more responses without customers, in batches of 30.
    static let moreBatches: [[SurveyResponse]] = {
        let more = RollupContractTests.moreResponses(seed: 5).map { response in
            var copy = response
            copy.customerID = nil
            return copy
        }
        return stride(from: 0, to: more.count, by: 30).map { Array(more[$0..<min($0 + 30, more.count)]) }
    }()

    /// Rows per table, for every table of the database.
    static func rowCounts(_ store: Store) async throws -> [String: Int] {
        try await store.database.read { sql in
            var counts: [String: Int] = [:]
            let tables = try await sql.raw(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).all().map { try $0.decode(column: "name", as: String.self) }
            for table in tables {
                counts[table] = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
                    .map { try $0.decode(column: "n", as: Int.self) }
            }
            return counts
        }
    }

    static func withRestored<T: Sendable>(
        _ backup: URL, in folder: URL, _ body: (Store, BackupReport) async throws -> T
    ) async throws -> T {
        let path = folder.appendingPathComponent("restored/cxm.sqlite").path
        let report = try await Backup.restore(from: backup.path, to: path, logger: logger)
        let copy = Store(database: try await Database.open(.sqlite(path: path), logger: logger))
        do {
            let result = try await body(copy, report)
            await copy.database.shutdown()
            return result
        } catch {
            await copy.database.shutdown()
            throw error
        }
    }

    @Test func aRestoredBackupHoldsTheSameRowsAndNumbers() async throws {
        try await TestBackend.sqlite.withStore { (store: Store) async throws -> Void in
            let folder = Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try await RollupContractTests.install(RollupContractTests.data, in: store)
            // Queued and not yet folded: the backup carries the queue with the responses.
            _ = try await store.insertResponses(Self.moreBatches.flatMap { $0 })
            let before = try await Self.rowCounts(store)
            let backup = folder.appendingPathComponent("backup.sqlite")
            let written = try await Backup.write(store.database, to: backup.path)
            #expect(written.responses == 4_300)
            #expect(written.bytes > 0)
            try await Self.withRestored(backup, in: folder) { copy, restored in
                #expect(restored.responses == 4_300)
                #expect(restored.schema == written.schema)
                #expect(try await Self.rowCounts(copy) == before)
                let original = try await RollupContractTests.rolledAndRaw(store)
                let copied = try await RollupContractTests.rolledAndRaw(copy)
                #expect(copied.rolled == copied.raw)
                #expect(copied.rolled == original.rolled)
            }
        }
    }

    /// Responses keep arriving while the backup is taken: the copy holds whole batches, and its
    /// rollups and queue agree with its raw rows.
    @Test func aBackupTakenWhileResponsesArriveHoldsWholeTransactions() async throws {
        try await TestBackend.sqlite.withStore { (store: Store) async throws -> Void in
            let folder = Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try await RollupContractTests.install(RollupContractTests.data, in: store)
            let backup = folder.appendingPathComponent("backup.sqlite")
            let written = try await withThrowingTaskGroup(of: BackupReport?.self) { group in
                group.addTask {
                    for batch in Self.moreBatches { _ = try await store.insertResponses(batch) }
                    return nil
                }
                group.addTask { try await Backup.write(store.database, to: backup.path) }
                var report: BackupReport?
                for try await result in group { report = report ?? result }
                return try #require(report)
            }
            #expect((written.responses - 4_000) % 30 == 0)
            #expect((4_000...4_300).contains(written.responses))
            try await Self.withRestored(backup, in: folder) { copy, restored in
                #expect(restored.responses == written.responses)
                let copied = try await RollupContractTests.rolledAndRaw(copy)
                #expect(copied.rolled == copied.raw)
            }
        }
    }

    @Test func backupsAndRestoresNeverOverwriteAndRemoveWhatFailsItsChecks() async throws {
        try await TestBackend.sqlite.withStore { (store: Store) async throws -> Void in
            let folder = Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let taken = folder.appendingPathComponent("taken.sqlite")
            try Data("keep me".utf8).write(to: taken)
            await #expect(throws: StoreError.self) { try await Backup.write(store.database, to: taken.path) }
            #expect(try Data(contentsOf: taken) == Data("keep me".utf8))

            let backup = folder.appendingPathComponent("backup.sqlite")
            _ = try await Backup.write(store.database, to: backup.path)
            // Into a data directory that already has a database: refused, the database untouched.
            let occupied = folder.appendingPathComponent("occupied/cxm.sqlite")
            try FileManager.default.createDirectory(
                at: occupied.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("current".utf8).write(to: occupied)
            await #expect(throws: StoreError.self) {
                try await Backup.restore(from: backup.path, to: occupied.path, logger: Self.logger)
            }
            #expect(try Data(contentsOf: occupied) == Data("current".utf8))

            // A file that is not a cxm database: refused, and nothing is left behind.
            let empty = folder.appendingPathComponent("empty/cxm.sqlite")
            for bogus in [taken, try await Self.foreignDatabase(in: folder)] {
                await #expect(throws: StoreError.self) {
                    try await Backup.restore(from: bogus.path, to: empty.path, logger: Self.logger)
                }
                for suffix in ["", "-wal", "-shm"] {
                    #expect(!FileManager.default.fileExists(atPath: empty.path + suffix), "\(bogus.lastPathComponent)\(suffix)")
                }
            }
        }
    }

    /// An SQLite database that is not cxm's.
    static func foreignDatabase(in folder: URL) async throws -> URL {
        let url = folder.appendingPathComponent("foreign.sqlite")
        let database = try await Database.open(.sqlite(path: url.path), logger: logger)
        try await database.write { sql in try await sql.raw("CREATE TABLE t (x INTEGER)").run() }
        await database.shutdown()
        return url
    }
}
