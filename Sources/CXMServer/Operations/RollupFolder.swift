import CXMStore
import Logging
import ServiceLifecycle

/// Folds the tallies that ingestion queues into the rollups, once a second while the server runs,
/// so that dashboards seldom find anything left to fold before they read.
///
/// Stops on graceful shutdown after the HTTP server (services stop in reverse order). A fold that is
/// interrupted rolls back and is done again later: queued tallies are folded exactly once.
struct RollupFolder: Service {
    let store: Store
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
                do {
                    let folded = try await store.foldRollups()
                    if folded > 0 { logger.debug("folded queued tallies into rollups", metadata: ["responses": "\(folded)"]) }
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("folding queued tallies into rollups failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}
