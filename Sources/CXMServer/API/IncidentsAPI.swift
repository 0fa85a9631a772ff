import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Incidents and what they cost (/api/v1/incidents), how they are valued
/// (/api/v1/incident-valuation-settings), whether detractors leave more (/api/v1/churn-report), and what
/// support tickets say about the experience (/api/v1/ticket-metrics).
struct IncidentsAPI {
    let store: Store

    struct ValuationBody: Encodable, Sendable {
        var incident: Incident
        var valuation: IncidentValuation
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/incidents", .requires(.read)) { request, context in
            let page = try await store.incidents(visibleUnits: try context.actor.visibleUnits, page: try request.page())
            return try JSONOutput.response(PageBody(page))
        }
        routes.get("/api/v1/incidents/{id}/valuation", .requires(.read)) { _, context in
            let (incident, valuation) = try await store.incidentValuation(
                try context.id(), visibleUnits: try context.actor.visibleUnits)
            return try JSONOutput.response(ValuationBody(incident: incident, valuation: valuation))
        }
        routes.get("/api/v1/churn-report", .requires(.read)) { request, context in
            let query = try await Self.churnQuery(request, store: store)
            let report = try await store.churnReport(
                from: query.from, to: query.to, revenueAttribute: query.revenueAttribute,
                visibleUnits: try context.actor.visibleUnits)
            return try JSONOutput.response(report)
        }
        routes.get("/api/v1/ticket-metrics", .requires(.read)) { request, context in
            let period = try await FunnelsAPI.period(request, store: store)
            return try JSONOutput.response(
                try await store.ticketMetrics(from: period.from, to: period.to, visibleUnits: try context.actor.visibleUnits))
        }
        routes.get("/api/v1/incident-valuation-settings", .requires(.read)) { _, _ in
            try JSONOutput.response(try await store.incidentValuationSettings())
        }
        routes.put("/api/v1/incident-valuation-settings", .requires(.manageWorkspace)) { request, context in
            let settings = try await JSONInput.decode(IncidentValuationSettings.self, from: request, context: context)
            return try JSONOutput.response(
                try await store.saveIncidentValuationSettings(settings, by: context.actor.auditActor))
        }
    }

    /// The churn report's period (by default the 90 days up to now) and revenue attribute, checked. The
    /// API's `to` is an exclusive instant; a page's date form counts a `to` day whole (`wholeDayTo`).
    static func churnQuery(
        _ request: Request, store: Store, wholeDayTo: Bool = false
    ) async throws -> (from: Date, to: Date, revenueAttribute: String) {
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        var to = try request.date("to", dayIn: zone) ?? Date()
        if wholeDayTo, let text = request.query("to"), CalendarDay.isValid(text) {
            to = LocalDay(to, in: zone).adding(days: 1).start(in: zone)
        }
        let from = try request.date("from", dayIn: zone) ?? to.addingTimeInterval(-90 * 86_400)
        guard from < to else { throw AppError.badRequest(ValidationFailure(field: "from", "must be before to")) }
        let attribute = request.query("revenueAttribute") ?? "yearly_revenue"
        guard AttributeDefinition.isValidKey(attribute) else {
            throw AppError.badRequest(
                ValidationFailure(field: "revenueAttribute", "must be an attribute name of a–z, 0–9 and '_'"))
        }
        return (from, to, attribute)
    }
}
