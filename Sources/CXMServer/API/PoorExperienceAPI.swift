import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// The cost of poor experience over time (/api/v1/poor-experience-cost): incidents and churn per calendar
/// month, so the money bad experience costs can be followed like any other figure.
struct PoorExperienceAPI {
    let store: Store

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/poor-experience-cost", .requires(.read)) { request, context in
            let period = try await Self.period(request, store: store)
            return try JSONOutput.response(
                try await store.poorExperienceCost(
                    from: period.from, to: period.to, visibleUnits: try context.actor.visibleUnits))
        }
    }

    /// The months asked for: `from` and `to` as days or times in the workspace's zone (`to` exclusive);
    /// by default the current month and the eleven before it, up to now.
    static func period(_ request: Request, store: Store) async throws -> (from: Date, to: Date) {
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        let to = try request.date("to", dayIn: zone) ?? Date()
        let (year, month, _) = LocalDay(to.addingTimeInterval(-1), in: zone).civil
        let from =
            try request.date("from", dayIn: zone)
            ?? LocalDay(year: year, month: month, day: 1).adding(months: -11).start(in: zone)
        guard from < to else { throw AppError.badRequest(ValidationFailure(field: "from", "must be before to")) }
        return (from, to)
    }
}
