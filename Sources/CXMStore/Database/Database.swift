@preconcurrency import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLiteKit

/// A pool of connections to the store's database with read and transactional write access.
public final class Database: Sendable {
    public let dialect: Dialect
    public let location: DatabaseLocation
    /// How the connection pool is used, for metrics.
    public let counters: PoolCounters
    private let pool: any ConnectionLender
    /// SQLite allows one writer at a time; writers queue here instead of spinning on the file lock.
    private let writeGate: AsyncGate?
    /// SQLite's calls block a thread; each SQLite database has threads of its own, one per connection,
    /// so that neither opening a connection nor a short read waits behind another database's long
    /// queries on a shared pool (NIO's shared pool has one thread per core).
    private let threadPool: NIOThreadPool?

    private init(
        dialect: Dialect, location: DatabaseLocation, pool: any ConnectionLender, counters: PoolCounters,
        threadPool: NIOThreadPool? = nil
    ) {
        self.dialect = dialect
        self.location = location
        self.counters = counters
        self.pool = pool
        self.writeGate = dialect.kind == .sqlite ? AsyncGate() : nil
        self.threadPool = threadPool
    }

    /// Opens a pool for the location; for SQLite the file and its folder are created when missing.
    public static func open(_ location: DatabaseLocation, maxConnections: Int = 8, logger: Logger) async throws -> Database {
        let group = MultiThreadedEventLoopGroup.singleton
        let counters = PoolCounters()
        let loops = max(1, group.makeIterator().map { $0 }.count)
        let perLoop = max(1, maxConnections / loops)
        switch location {
        case .sqlite(let path):
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // One thread per pooled connection and a spare, which a rebuild's workers (connections of
            // their own) share with them.
            let threads = NIOThreadPool(numberOfThreads: perLoop * loops + 1)
            threads.start()
            let pool = EventLoopGroupConnectionPool(
                source: SQLitePoolSource(path: url.path, threadPool: threads), maxConnectionsPerEventLoop: perLoop,
                requestTimeout: Self.connectionWait, pruneInterval: nil, logger: logger, on: group)
            let database = Database(
                dialect: Dialect(kind: .sqlite), location: location,
                pool: PoolLender(pool: pool, counters: counters, logger: logger) { $0.sql(queryLogLevel: .trace) },
                counters: counters, threadPool: threads)
            return try await database.answering(orFailWith: "cannot open the SQLite database \(path)")
        case .postgres(let url):
            let configuration: SQLPostgresConfiguration
            do { configuration = try SQLPostgresConfiguration(url: url) } catch {
                throw StoreError.configuration(
                    "cannot read the PostgreSQL URL \(DatabaseLocation.redacted(url)): \(error); expected postgres://user:password@host:5432/database"
                )
            }
            let pool = EventLoopGroupConnectionPool(
                source: PostgresConnectionSource(sqlConfiguration: configuration),
                maxConnectionsPerEventLoop: perLoop, requestTimeout: Self.connectionWait, pruneInterval: .seconds(60),
                logger: logger, on: group)
            let database = Database(
                dialect: Dialect(kind: .postgres), location: location,
                pool: PoolLender(pool: pool, counters: counters, logger: logger) { $0.sql(queryLogLevel: .trace) },
                counters: counters)
            return try await database.answering(
                orFailWith: "cannot connect to PostgreSQL at \(DatabaseLocation.redacted(url))")
        }
    }

    /// The database once it has answered a first query; otherwise it is closed again (a pool must be
    /// shut down before it goes) and the failure says what could not be reached.
    private func answering(orFailWith message: String) async throws -> Database {
        do {
            try await read { sql in _ = try await sql.raw("SELECT 1").all() }
            return self
        } catch {
            await shutdown()
            throw StoreError.configuration("\(message): \(String(reflecting: error))")
        }
    }

    /// Runs reads on one pooled connection.
    public func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await pool.withConnection(body)
    }

    /// Runs reads on a connection of their own, opened for the body and closed after it: for work that
    /// runs beside a transaction holding a pooled connection (a rebuild's workers), so that it can
    /// neither wait for the pool nor starve it.
    public func readOnOwnConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await pool.withOwnConnection(body)
    }

    /// Runs the body in one transaction: committed when it returns, rolled back when it throws.
    public func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let writeGate {
            return try await writeGate.run { try await self.transaction(body) }
        }
        return try await transaction(body)
    }

    private func transaction<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let begin = dialect.beginWrite
        return try await pool.withConnection { sql in
            try await sql.raw(SQLQueryString(begin)).run()
            do {
                let result = try await body(sql)
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// How long a caller waits for a pooled connection before the request fails: long enough for a busy
    /// machine to open one, short enough that a deadlock shows.
    static let connectionWait: TimeAmount = .seconds(30)

    /// Closes every connection; waits for borrowed ones to come back.
    public func shutdown() async {
        await pool.shutdown()
        try? await threadPool?.shutdownGracefully()
    }
}

/// Lends a pooled connection as an `SQLDatabase` for the duration of a closure.
protocol ConnectionLender: Sendable {
    func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func withOwnConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func shutdown() async
}

private struct PoolLender<Source: ConnectionPoolSource>: ConnectionLender where Source.Connection: Sendable {
    let pool: EventLoopGroupConnectionPool<Source>
    let counters: PoolCounters
    let logger: Logger
    let makeSQL: @Sendable (Source.Connection) -> any SQLDatabase

    func withConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let asked = ContinuousClock.now
        let connection = try await pool.requestConnection().get()
        counters.lent(afterWaiting: ContinuousClock.now - asked)
        defer {
            pool.releaseConnection(connection)
            counters.returned()
        }
        return try await body(makeSQL(connection))
    }

    func withOwnConnection<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let connection = try await pool.source.makeConnection(logger: logger, on: pool.eventLoopGroup.any()).get()
        let result: Result<T, any Error>
        do { result = .success(try await body(makeSQL(connection))) } catch { result = .failure(error) }
        // A connection that fails to close has nothing left to lose; the body's outcome stands.
        try? await connection.close().get()
        return try result.get()
    }

    func shutdown() async {
        try? await pool.shutdownAsync()
    }
}
