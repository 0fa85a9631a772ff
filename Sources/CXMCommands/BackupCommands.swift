import ArgumentParser
import CXMStore
import Foundation

/// `cxm backup FILE`: a consistent copy of the SQLite database, taken while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the SQLite database to FILE while cxm keeps running.",
        discussion: """
            The copy holds every transaction committed before it started and none after; it is checked \
            (PRAGMA quick_check) before the command reports success. Restore it with `cxm restore FILE`. \
            PostgreSQL: use pg_dump (docs/operations.md, Backups).
            """)

    @Argument(help: "The backup file to write; it must not exist yet.")
    var file: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let configuration = try store.configuration()
        let opened = try await openStore(configuration, logger: store.logger(configuration))
        let start = ContinuousClock.now
        do {
            let report = try await Backup.write(opened.database, to: file)
            print(
                "backed up \(report.responses) responses (schema \(report.schema)) to \(report.path): "
                    + "\(report.bytes) bytes in \(ContinuousClock.now - start)")
        } catch {
            await opened.database.shutdown()
            throw error
        }
        await opened.database.shutdown()
    }
}

/// `cxm restore FILE`: a backup into an empty data directory.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup made by `cxm backup` into an empty data directory.",
        discussion: """
            The database file (DATA_DIR/cxm.sqlite, or --database) must not exist. The copy is checked \
            (PRAGMA integrity_check) and migrated to this version's schema; a copy that fails is removed again.
            """)

    @Argument(help: "The backup file to restore.")
    var file: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let configuration = try store.configuration()
        try Backup.refuseRestore(onto: configuration.database)
        guard case .sqlite(let path) = configuration.database else { return }
        let start = ContinuousClock.now
        let report = try await Backup.restore(from: file, to: path, logger: store.logger(configuration))
        print(
            "restored \(report.responses) responses (schema \(report.schema)) into \(path) in \(ContinuousClock.now - start)"
        )
    }
}
