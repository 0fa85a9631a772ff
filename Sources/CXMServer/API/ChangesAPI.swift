import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// "What changed" under /api/v1: a KPI's move between two periods split into what each touchpoint, unit
/// and channel contributed by its own performance and by its share of the answers (mix).
struct ChangesAPI {
    let store: Store

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/changes", .requires(.read)) { request, context in
            let scope = try await store.metricContext(visibleUnits: try context.actor.visibleUnits)
            let result = try await ChangesAPI.evaluate(request.queryByName, store: store, context: scope)
            if let side = result.periodWithoutAnswers {
                throw AppError.badRequest(
                    side == .before
                        ? ValidationFailure(field: "baseFrom", "there are no answers in the earlier period; choose other dates")
                        : ValidationFailure(field: "from", "there are no answers in the later period; choose other dates"))
            }
            return try JSONOutput.response(result)
        }
    }

    /// Parses the parameters and decomposes the change within `context` (the workspace as the asker sees it);
    /// bad parameters become a 400 naming them. The page uses it too, so that both show the same numbers as
    /// `cxm changes`.
    static func evaluate(_ parameters: [String: String], store: Store, context: MetricContext) async throws -> ChangeResult {
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        do {
            let query = try ChangeQuery.parse(parameters, today: LocalDay(Date(), in: zone))
            return try await ChangeEngine(context: context).evaluate(query, source: store)
        } catch let failure as ValidationFailure {
            throw AppError.badRequest(failure)
        }
    }
}
