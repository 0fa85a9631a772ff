import CXMStore
import Foundation
import Hummingbird

/// Health, readiness, metrics and the OpenAPI document.
struct OperationsRoutes {
    let store: Store
    let metrics: ServerMetrics

    func register(in routes: inout RouteTable) {
        routes.get("/health", .open) { _, _ in
            HTMLOutput.text("{\"status\":\"ok\"}", contentType: "application/json")
        }
        routes.get("/ready", .open) { _, _ in
            do {
                _ = try await store.userCount()
                return HTMLOutput.text("{\"status\":\"ready\"}", contentType: "application/json")
            } catch {
                return HTMLOutput.text(
                    "{\"status\":\"database unavailable\"}", contentType: "application/json", status: .serviceUnavailable)
            }
        }
        routes.get("/metrics", .open) { _, _ in
            let pool = store.database.counters.snapshot
            metrics.gauge("cxm_db_pool_connections_in_use", Double(pool.inUse))
            metrics.gauge("cxm_db_pool_acquisitions_total", Double(pool.acquired))
            metrics.gauge("cxm_db_pool_wait_seconds_total", Double(pool.waitedSeconds))
            if let backlog = try? await store.rollupBacklog() {
                metrics.gauge("cxm_rollup_backlog_responses", Double(backlog.responses))
                let waited = backlog.oldestQueuedAt.map { Date().timeIntervalSince($0) } ?? 0
                metrics.gauge("cxm_rollup_backlog_oldest_seconds", max(0, waited))
            }
            return HTMLOutput.text(metrics.render(), contentType: "text/plain; version=0.0.4")
        }
        routes.get("/api/openapi.json", .open) { _, _ in
            HTMLOutput.text(OpenAPIDocument.json, contentType: "application/json")
        }
    }
}
