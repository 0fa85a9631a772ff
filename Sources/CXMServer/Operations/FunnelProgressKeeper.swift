import CXMStore
import Logging
import ServiceLifecycle

/// Keeps the customers' `funnel_*` attributes (`FunnelProgress`) up to date in the background, so that
/// segments of "left the checkout" slice dashboards, trends and driver analyses: every few minutes, the
/// customers whose site visitors acted since the last round (all of them after a funnel changed).
public struct FunnelProgressKeeper: Service {
    let store: Store
    let every: Duration
    let logger: Logger

    /// Creates the job; `every` is how often it runs (first half a minute after the server starts).
    public init(store: Store, every: Duration, logger: Logger) {
        self.store = store
        self.every = every
        self.logger = logger
    }

    /// Runs until the server shuts down.
    public func run() async throws {
        await repeatUntilShutdown(every: every, firstDelay: .seconds(30), logger: logger, failure: "funnel progress failed") {
            let changed = try await store.refreshFunnelProgress()
            if changed > 0 { logger.info("funnel progress kept", metadata: ["customers": "\(changed)"]) }
        }
    }
}
