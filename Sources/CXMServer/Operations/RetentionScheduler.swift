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
        await cancelWhenGracefulShutdown {
            var delay = min(checkEvery, .seconds(60))  // a first look soon after start
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: delay)
                } catch {
                    return
                }
                delay = checkEvery
                do {
                    let settings = try await store.workspaceSettings()
                    guard !settings.retention.isEmpty else { continue }
                    let today = LocalDay(Date(), in: TimeZone(identifier: settings.timeZone) ?? .gmt)
                    guard let report = try await store.applyRetention(.scheduled(today), by: .system) else { continue }
                    logger.info("applied the retention policy", metadata: ["report": "\(report.summary)"])
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("applying the retention policy failed", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}
