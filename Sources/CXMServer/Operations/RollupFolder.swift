import CXMStore
import Foundation
import Logging
import ServiceLifecycle

/// Folds the tallies that ingestion queues into the rollups in the background, so that dashboards
/// seldom find anything left to fold before they read.
///
/// Folding many batches at once is far cheaper per response than folding each (every rollup page is
/// written once per fold), so while responses keep arriving the folder lets the queue grow to a
/// bounded size or age; as soon as arrivals pause, it folds what is there.
///
/// Stops on graceful shutdown after the HTTP server (services stop in reverse order). A fold that is
/// interrupted rolls back and is done again later: queued tallies are folded exactly once.
struct RollupFolder: Service {
    let store: Store
    let policy: RollupFoldPolicy
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var previous = 0
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: policy.checkEvery)
                } catch {
                    return
                }
                do {
                    let backlog = try await store.rollupBacklog()
                    let waited = backlog.oldestQueuedAt.map { Date().timeIntervalSince($0) } ?? 0
                    if policy.shouldFold(responses: backlog.responses, previously: previous, oldestWaited: waited) {
                        let started = ContinuousClock.now
                        let folded = try await store.foldRollups()
                        logger.debug(
                            "folded queued tallies into rollups",
                            metadata: ["responses": "\(folded)", "duration": "\(ContinuousClock.now - started)"])
                        previous = 0
                    } else {
                        previous = backlog.responses
                    }
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("folding queued tallies into rollups failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}

/// When the background folder folds: the queue is large or old, or it stopped growing.
public struct RollupFoldPolicy: Sendable, Hashable {
    public var checkEvery: Duration
    public var maxResponses: Int
    public var maxWait: TimeInterval

    public init(checkEvery: Duration = .milliseconds(200), maxResponses: Int = 100_000, maxWait: TimeInterval = 10) {
        self.checkEvery = checkEvery
        self.maxResponses = maxResponses
        self.maxWait = maxWait
    }

    /// Whether to fold now, given the queued responses now and at the previous check.
    public func shouldFold(responses: Int, previously: Int, oldestWaited: TimeInterval) -> Bool {
        guard responses > 0 else { return false }
        return responses >= maxResponses || oldestWaited >= maxWait || responses == previously
    }
}
