import ArgumentParser
import CXMCore
import CXMServer
import CXMStore
import Foundation
import Logging

/// Options every command that opens the database shares, with environment fallbacks.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("database"),
        help: "postgres://user:password@host:5432/db, or a SQLite file path (env CXM_DATABASE_URL). Default: DATA_DIR/cxm.sqlite")
    var database: String?

    @Option(
        name: .customLong("data-dir"),
        help: "Folder for the SQLite file and local data (env CXM_DATA_DIR). Default: the current folder.")
    var dataDirectory: String?

    @Option(
        name: .customLong("log-level"),
        help: "trace, debug, info, notice, warning, error or critical (env CXM_LOG_LEVEL). Default: info.")
    var logLevel: String?

    /// The environment, read here once and nowhere else.
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    func configuration() throws -> ServerConfiguration {
        let env = Self.environment
        let level = logLevel ?? env["CXM_LOG_LEVEL"] ?? "info"
        guard let parsedLevel = Logger.Level(rawValue: level.lowercased()) else {
            throw ValidationError("--log-level: '\(level)' is not one of trace, debug, info, notice, warning, error, critical")
        }
        let directory = dataDirectory ?? env["CXM_DATA_DIR"] ?? "."
        var location: DatabaseLocation?
        if let text = database ?? env["CXM_DATABASE_URL"], !text.isEmpty {
            do { location = try DatabaseLocation(parsing: text) } catch { throw ValidationError("--database: \(error)") }
        }
        return ServerConfiguration(database: location, dataDirectory: directory, logLevel: parsedLevel)
    }

    func logger(_ configuration: ServerConfiguration, label: String = "cxm") -> Logger {
        LoggingSetup.bootstrapOnce()
        var logger = Logger(label: label)
        logger.logLevel = configuration.logLevel
        return logger
    }
}

/// Opens the store and applies migrations, as every command needs.
func openStore(_ configuration: ServerConfiguration, logger: Logger) async throws -> Store {
    let database = try await Database.open(configuration.database, logger: logger)
    do {
        try await Migrator(database: database, logger: logger).migrate()
    } catch {
        await database.shutdown()
        throw error
    }
    return Store(database: database)
}

/// Roles are given by their raw names (`cx_manager`); a wrong one is refused with the list of valid ones.
extension Role: ExpressibleByArgument {}
