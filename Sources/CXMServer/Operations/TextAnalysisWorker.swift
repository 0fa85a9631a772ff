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
        let firstRound = FirstRound()
        await repeatUntilShutdown(every: checkEvery, logger: logger, failure: "analysing open-text answers failed") {
            // Answers never analysed exist only after an upgrade: looked for once, then only stale ones.
            try await catchUp(includeMissing: await firstRound.take())
        }
    }

    /// Whether the first round is still to come.
    private actor FirstRound {
        private var pending = true

        func take() -> Bool {
            defer { pending = false }
            return pending
        }
    }

    /// Analyses batches until none is left; returns how many answers it analysed.
    @discardableResult
    public func catchUp(batch: Int = 1_000, includeMissing: Bool = true) async throws -> Int {
        var total = 0
        let started = ContinuousClock.now
        while !Task.isCancelled {
            let done = try await store.analysePendingTexts(limit: batch, includeMissing: includeMissing)
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
