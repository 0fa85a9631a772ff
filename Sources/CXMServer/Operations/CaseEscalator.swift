import CXMCore
import CXMStore
import Foundation
import Logging
import ServiceLifecycle

/// Runs the escalation sweep every minute: warns before a case's target, tells the team lead when
/// it is missed, and moves a long-missed case up the tree. Every server may run one; each step is a
/// conditional update, so a case is acted on once.
public struct CaseEscalator: Service {
    let store: Store
    let checkEvery: Duration
    let logger: Logger

    public init(store: Store, checkEvery: Duration, logger: Logger) {
        self.store = store
        self.checkEvery = checkEvery
        self.logger = logger
    }

    public func run() async throws {
        await repeatUntilShutdown(
            every: checkEvery, firstDelay: .seconds(5), logger: logger, failure: "escalating overdue cases failed"
        ) {
            try await sweep()
        }
    }

    /// One sweep; returns what it did.
    @discardableResult
    public func sweep(now: Date = Date()) async throws -> [CaseAlert] {
        let alerts = try await store.escalateCases(now: now)
        if !alerts.isEmpty {
            var metadata: Logger.Metadata = [:]
            for (kind, found) in Dictionary(grouping: alerts, by: \.kind) { metadata[kind.rawValue] = "\(found.count)" }
            logger.info("cases escalated", metadata: metadata)
        }
        return alerts
    }
}
