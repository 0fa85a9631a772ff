import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The Signals pages: incidents with the cost of poor experience (/incidents), one incident valued
/// (/incidents/{id}), the churn report (/churn) and the ticket metrics (/tickets). Each is scoped to the
/// reader's units exactly as its API route is.
extension WebRoutes {
    func registerSignals(in routes: inout RouteTable) {
        routes.get("/incidents", .requires(.read)) { request, context in
            let size = 25
            let number = request.pageNumber
            let visible = try context.actor.visibleUnits
            let listings = try await store.incidents(
                visibleUnits: visible, page: PageRequest(offset: (number - 1) * size, limit: size))
            let period = try await PoorExperienceAPI.period(request, store: store)
            let page = IncidentsPage(
                context: try await pageContext(request, context),
                rows: listings.items.map {
                    IncidentsPage.Row(
                        incident: $0.incident, affectedCustomers: $0.affectedCustomers,
                        affectedIsEstimate: $0.affectedIsEstimate, estimatedCost: $0.estimatedCost)
                },
                paging: Paging(page: number, pageSize: size, totalCount: listings.total),
                cost: try await store.poorExperienceCost(from: period.from, to: period.to, visibleUnits: visible),
                timeZone: try await store.workspaceSettings().timeZone)
            return HTMLOutput.page(page.render())
        }
        routes.get("/incidents/{id}", .requires(.read)) { request, context in
            let visible = try context.actor.visibleUnits
            let (incident, valuation) = try await store.incidentValuation(try context.id(), visibleUnits: visible)
            // Names of units the reader may not see stay out, as in /api/v1/units.
            var names = Dictionary(
                uniqueKeysWithValues: try await scopes.currentTree().units.values
                    .filter { visible?.contains($0.id) ?? true }.map { ($0.id, $0.name) })
            for touchpoint in try await store.touchpoints() { names[touchpoint.id] = touchpoint.name }
            let page = IncidentPage(
                context: try await pageContext(request, context), incident: incident, valuation: valuation,
                settings: try await store.incidentValuationSettings(), names: names,
                timeZone: try await store.workspaceSettings().timeZone)
            return HTMLOutput.page(page.render())
        }
        routes.get("/churn", .requires(.read)) { request, context in
            let query = try await IncidentsAPI.churnQuery(request, store: store, wholeDayTo: true)
            let report = try await store.churnReport(
                from: query.from, to: query.to, revenueAttribute: query.revenueAttribute,
                visibleUnits: try context.actor.visibleUnits)
            let zone = try await store.workspaceSettings().timeZone
            let days = Self.dayTexts(from: query.from, to: query.to, zone: zone)
            let page = ChurnPage(
                context: try await pageContext(request, context), report: report, from: query.from, to: query.to,
                fromText: days.from, toText: days.to, timeZone: zone)
            return HTMLOutput.page(page.render())
        }
        routes.get("/tickets", .requires(.read)) { request, context in
            let period = try await FunnelsAPI.period(request, store: store)
            let metrics = try await store.ticketMetrics(
                from: period.from, to: period.to, visibleUnits: try context.actor.visibleUnits)
            let days = Self.dayTexts(from: period.from, to: period.to, zone: try await store.workspaceSettings().timeZone)
            let page = TicketsPage(
                context: try await pageContext(request, context), metrics: metrics,
                touchpoints: Dictionary(uniqueKeysWithValues: try await store.touchpoints().map { ($0.id, $0.name) }),
                fromText: days.from, toText: days.to)
            return HTMLOutput.page(page.render())
        }
    }

    /// The days a period's form shows: its first day and the day its (exclusive) end falls in.
    static func dayTexts(from: Date, to: Date, zone identifier: String) -> (from: String, to: String) {
        let zone = TimeZone(identifier: identifier) ?? .gmt
        return (LocalDay(from, in: zone).iso, LocalDay(to.addingTimeInterval(-1), in: zone).iso)
    }
}
