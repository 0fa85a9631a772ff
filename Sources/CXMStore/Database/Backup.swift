import Foundation
import Logging
import SQLKit

/// What a backup or a restore wrote, as checked afterwards.
public struct BackupReport: Sendable, Hashable {
    /// The file written.
    public var path: String
    public var bytes: Int
    /// Responses the copy holds.
    public var responses: Int
    /// The last migration the copy had applied before any restore migrated it.
    public var schema: String
}

/// Online backups of the embedded SQLite database and restores into an empty data directory.
/// PostgreSQL is backed up with its own tools (`pg_dump`; see `docs/operations.md`).
public enum Backup {
    /// Writes a consistent copy of the database to `path`, which must not exist yet, while the database
    /// stays in use: SQLite's `VACUUM INTO` reads one snapshot (as any reader does in WAL mode), so
    /// writers carry on and the copy holds each transaction entirely or not at all. The copy is then
    /// checked (`PRAGMA quick_check`) and counted.
    public static func write(_ database: Database, to path: String) async throws -> BackupReport {
        guard case .sqlite(let source) = database.location else { throw postgresRefusal("cxm backup") }
        let target = URL(fileURLWithPath: path).standardizedFileURL
        if URL(fileURLWithPath: source).standardizedFileURL == target {
            throw StoreError.conflict("the backup file \(path) is the database itself; name another file")
        }
        if FileManager.default.fileExists(atPath: target.path) {
            throw StoreError.conflict("\(path) already exists; name a new file (a backup never overwrites one)")
        }
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try await database.read { sql in try await sql.raw("VACUUM INTO \(bind: target.path)").run() }
            return try await check(target.path, through: database, quick: true)
        } catch {
            try? FileManager.default.removeItem(at: target)
            throw error
        }
    }

    /// Copies a backup to `destination` (the SQLite file of an empty data directory: neither it nor its
    /// write-ahead log may exist), checks it (`PRAGMA integrity_check`, a cxm schema) and migrates it
    /// to this version's schema. A copy that fails a check is removed again.
    public static func restore(from path: String, to destination: String, logger: Logger) async throws -> BackupReport {
        let source = URL(fileURLWithPath: path).standardizedFileURL
        let target = URL(fileURLWithPath: destination).standardizedFileURL
        guard FileManager.default.fileExists(atPath: source.path) else {
            throw StoreError.configuration("the backup file \(path) does not exist")
        }
        let leftovers = ["", "-wal", "-shm", "-journal"].map { target.path + $0 }
        if let existing = leftovers.first(where: FileManager.default.fileExists(atPath:)) {
            throw StoreError.conflict(
                "\(existing) already exists: restore into an empty data directory (move the current database away first)")
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
        let database: Database
        do {
            database = try await Database.open(.sqlite(path: target.path), logger: logger)
        } catch {
            for file in leftovers { try? FileManager.default.removeItem(atPath: file) }
            throw StoreError.configuration("\(path) is not a database cxm can open: \(error)")
        }
        do {
            let report = try await database.read { sql in try await inspect(sql, path: target.path, quick: false) }
            try await Migrator(database: database, logger: logger).migrate()
            await database.shutdown()
            return report
        } catch {
            await database.shutdown()
            for file in leftovers { try? FileManager.default.removeItem(atPath: file) }
            throw error
        }
    }

    /// Checks a backup file through a connection of the database, attached under another name.
    private static func check(_ path: String, through database: Database, quick: Bool) async throws -> BackupReport {
        try await database.readOnOwnConnection { sql in
            try await sql.raw("ATTACH DATABASE \(bind: path) AS copy").run()
            do {
                let report = try await inspect(sql, path: path, quick: quick, schema: "copy")
                try await sql.raw("DETACH DATABASE copy").run()
                return report
            } catch {
                try? await sql.raw("DETACH DATABASE copy").run()
                throw error
            }
        }
    }

    /// Runs SQLite's integrity check (or its quick form) on a schema and reads what it holds.
    private static func inspect(
        _ sql: any SQLDatabase, path: String, quick: Bool, schema: String = "main"
    ) async throws -> BackupReport {
        let pragma = quick ? "quick_check" : "integrity_check"
        let problems = try await sql.raw("PRAGMA \(unsafeRaw: schema).\(unsafeRaw: pragma)").all()
            .map { try $0.decode(column: pragma, as: String.self) }
        guard problems == ["ok"] else {
            throw StoreError.schema("\(path) failed SQLite's \(pragma): \(problems.prefix(5).joined(separator: "; "))")
        }
        let tables = try await sql.raw(
            "SELECT name FROM \(unsafeRaw: schema).sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).all()
        guard !tables.isEmpty else { throw StoreError.schema("\(path) is an SQLite file but not a cxm database") }
        let last = try await sql.raw(
            "SELECT name FROM \(unsafeRaw: schema).schema_migrations ORDER BY position DESC LIMIT 1"
        ).first().map { try $0.decode(column: "name", as: String.self) }
        let responses = try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: schema).responses").first()
            .map { try $0.decode(column: "n", as: Int.self) }
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        return BackupReport(path: path, bytes: bytes, responses: responses ?? 0, schema: last ?? "none")
    }

    private static func postgresRefusal(_ command: String) -> StoreError {
        .configuration(
            "\(command) covers the embedded SQLite database; back up PostgreSQL with pg_dump and restore it with pg_restore (docs/operations.md, Backups)"
        )
    }

    /// Refuses a restore onto PostgreSQL with the tools to use instead.
    public static func refuseRestore(onto location: DatabaseLocation) throws {
        if case .postgres = location { throw postgresRefusal("cxm restore") }
    }
}
