import CXMCore
import CXMStore
import Foundation
import Logging
import ServiceLifecycle

/// Applies the workspace's retention policy once a day. Every server runs one; the day's run is
/// claimed in the database in the transaction that does the work, so one server does it, and a
/// server killed half-way leaves it for the next check (of any server).
struct RetentionScheduler: Service {
    let store: Store
    let checkEvery: Duration
    let logger: Logger

    func run() async throws {
        // A first look soon after start, then every `checkEvery`.
        await repeatUntilShutdown(
            every: checkEvery, firstDelay: min(checkEvery, .seconds(60)), logger: logger,
            failure: "applying the retention policy failed"
        ) {
            let settings = try await store.workspaceSettings()
            guard !settings.retention.isEmpty else { return }
            let today = LocalDay(Date(), in: TimeZone(identifier: settings.timeZone) ?? .gmt)
            guard let report = try await store.applyRetention(.scheduled(today), by: .system) else { return }
            logger.info("applied the retention policy", metadata: ["report": "\(report.summary)"])
        }
    }
}
