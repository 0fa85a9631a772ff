import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Digital funnels (/api/v1/funnels): definitions, kept by those who edit journeys, and each funnel's
/// report for a period, readable by everyone who reads results.
struct FunnelsAPI {
    let store: Store

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/funnels", .requires(.read)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.funnels()))
        }
        routes.post("/api/v1/funnels", .requires(.editJourneys)) { request, context in
            var funnel = try await JSONInput.decode(Funnel.self, from: request, context: context)
            funnel.id = ""
            return try JSONOutput.created(try await store.saveFunnel(funnel, by: context.actor.auditActor), in: "/api/v1/funnels")
        }
        routes.get("/api/v1/funnels/{id}", .requires(.read)) { _, context in
            try JSONOutput.response(try await store.funnel(try context.id()))
        }
        routes.put("/api/v1/funnels/{id}", .requires(.editJourneys)) { request, context in
            let current = try await store.funnel(try context.id())
            var funnel = try await JSONInput.decode(Funnel.self, from: request, context: context)
            funnel.id = current.id
            return try JSONOutput.response(try await store.saveFunnel(funnel, by: context.actor.auditActor))
        }
        routes.delete("/api/v1/funnels/{id}", .requires(.editJourneys)) { _, context in
            try await store.deleteFunnel(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }
        routes.get("/api/v1/funnels/{id}/report", .requires(.read)) { request, context in
            let funnel = try await store.funnel(try context.id())
            let period = try await Self.period(request, store: store)
            let segment = request.query("segment")
            if let segment {
                do { _ = try await store.segment(segment) } catch StoreError.notFound {
                    throw AppError.badRequest(
                        ValidationFailure(field: "segment", "unknown segment '\(segment)'; use a segment's id"))
                }
            }
            let counts = try await store.funnelCounts(funnel, from: period.from, to: period.to, segmentID: segment)
            return try JSONOutput.response(FunnelReport(funnel: funnel, from: period.from, to: period.to, counts: counts))
        }
    }

    /// `from` and `to` as days in the workspace's time zone (`to` inclusive); the last 30 days by default.
    static func period(_ request: Request, store: Store) async throws -> (from: Date, to: Date) {
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        // A day given as `to` counts whole (23 or 25 hours on the days clocks change).
        let wholeDay = request.query("to").map(CalendarDay.isValid) ?? false
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let to =
            try request.date("to", dayIn: zone).map { wholeDay ? calendar.date(byAdding: .day, value: 1, to: $0) ?? $0 : $0 }
            ?? Date()
        let from = try request.date("from", dayIn: zone) ?? to.addingTimeInterval(-30 * 86_400)
        guard from < to else {
            throw AppError.badRequest(ValidationFailure(field: "from", "must be before to (a day given as to counts whole)"))
        }
        return (from, to)
    }
}
