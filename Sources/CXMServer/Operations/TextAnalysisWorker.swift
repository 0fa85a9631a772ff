import CXMCore
import CXMStore
import Foundation
import Logging
import ServiceLifecycle

/// Keeps every open-text answer analysed under the current taxonomy: answers stored before text analytics
/// existed (an upgraded database), and all answers again after the taxonomy changes. Answers arriving now
/// are analysed as they are stored; this catches up with the rest in batches of one transaction each, so
/// that writers wait at most one batch. Several servers may run it: a batch re-analysed twice is the same.
public struct TextAnalysisWorker: Service {
    let store: Store
    let checkEvery: Duration
    let logger: Logger

    public init(store: Store, checkEvery: Duration, logger: Logger) {
        self.store = store
        self.checkEvery = checkEvery
        self.logger = logger
    }

    public func run() async throws {
        await repeatUntilShutdown(every: checkEvery, logger: logger, failure: "analysing open-text answers failed") {
            try await catchUp()
        }
    }

    /// Analyses batches until none is left; returns how many answers it analysed.
    @discardableResult
    public func catchUp(batch: Int = 1_000) async throws -> Int {
        var total = 0
        let started = ContinuousClock.now
        while !Task.isCancelled {
            let done = try await store.analysePendingTexts(limit: batch)
            total += done
            if done == 0 { break }
            await Task.yield()
        }
        if total > 0 {
            logger.info(
                "analysed open-text answers",
                metadata: ["answers": "\(total)", "duration": "\(ContinuousClock.now - started)"])
        }
        return total
    }
}
