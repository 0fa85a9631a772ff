import Logging
import NIOCore
import NIOPosix
import SQLiteKit

/// Opens SQLite connections to one file and applies cxm's pragmas (WAL, durable commits) to each.
struct SQLitePoolSource: ConnectionPoolSource, Sendable {
    let path: String
    /// Started by the database before the first connection and shut down after the last one closes.
    let threadPool: NIOThreadPool

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        let opened = SQLiteConnection.open(
            storage: .file(path: path), threadPool: threadPool, logger: logger, on: eventLoop)
        return opened.flatMap { connection in
            var chain = eventLoop.makeSucceededVoidFuture()
            for pragma in Dialect.sqliteConnectionPragmas {
                chain = chain.flatMap { connection.query(pragma).map { _ in } }
            }
            return chain.map { connection }.flatMapError { error in
                connection.close().flatMapThrowing { throw error }
            }
        }
    }
}
