import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Incidents and what they cost (/api/v1/incidents), and how they are valued
/// (/api/v1/incident-valuation-settings).
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
        routes.get("/api/v1/incident-valuation-settings", .requires(.read)) { _, _ in
            try JSONOutput.response(try await store.incidentValuationSettings())
        }
        routes.put("/api/v1/incident-valuation-settings", .requires(.manageWorkspace)) { request, context in
            let settings = try await JSONInput.decode(IncidentValuationSettings.self, from: request, context: context)
            return try JSONOutput.response(
                try await store.saveIncidentValuationSettings(settings, by: context.actor.auditActor))
        }
    }
}
