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
            var changed = ContinuousClock.now
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: policy.checkEvery)
                } catch {
                    return
                }
                do {
                    let backlog = try await store.rollupBacklog()
                    if backlog.responses != previous { changed = ContinuousClock.now }
                    previous = backlog.responses
                    let waited = backlog.oldestQueuedAt.map { Date().timeIntervalSince($0) } ?? 0
                    let quiet = ContinuousClock.now - changed
                    guard policy.shouldFold(responses: backlog.responses, quietFor: quiet, oldestWaited: waited) else {
                        continue
                    }
                    let started = ContinuousClock.now
                    // What is queued now; batches that arrive meanwhile wait for the next decision.
                    let folded = try await store.foldRollups(atMost: backlog.responses)
                    logger.debug(
                        "folded queued tallies into rollups",
                        metadata: ["responses": "\(folded)", "duration": "\(ContinuousClock.now - started)"])
                    previous = -1
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("folding queued tallies into rollups failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}

/// When the background folder folds: when arrivals have paused, or the queue is large or old.
public struct RollupFoldPolicy: Sendable, Hashable {
    public var checkEvery: Duration
    /// Fold once the queue has not changed for this long.
    public var quietPeriod: Duration
    public var maxResponses: Int
    public var maxWait: TimeInterval

    public init(
        checkEvery: Duration = .milliseconds(100), quietPeriod: Duration = .seconds(1), maxResponses: Int = 100_000,
        maxWait: TimeInterval = 10
    ) {
        self.checkEvery = checkEvery
        self.quietPeriod = quietPeriod
        self.maxResponses = maxResponses
        self.maxWait = maxWait
    }

    /// Whether to fold now, given the queued responses, how long the queue has not changed and how
    /// long its oldest batch has waited.
    public func shouldFold(responses: Int, quietFor: Duration, oldestWaited: TimeInterval) -> Bool {
        guard responses > 0 else { return false }
        return responses >= maxResponses || oldestWaited >= maxWait || quietFor >= quietPeriod
    }
}
