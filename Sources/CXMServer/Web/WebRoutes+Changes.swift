import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The "what changed" page (/changes): the same decomposition as /api/v1/changes and `cxm changes`.
extension WebRoutes {
    func registerChanges(in routes: inout RouteTable) {
        routes.get("/changes", .requires(.read)) { request, context in
            let principal = try context.actor
            // An empty form field means "all"; the query parser would rather not see it at all.
            let parameters = request.queryByName.filter { !$0.value.isEmpty }
            let scope = try await store.metricContext(visibleUnits: principal.visibleUnits)
            let result = try await ChangesAPI.evaluate(parameters, store: store, context: scope)
            let units = scope.units.units.values.filter { principal.visibleUnits?.contains($0.id) ?? true }
                .sorted { $0.name < $1.name }.map { SelectOption(value: $0.id, label: $0.name) }
            let page = ChangesPage(
                context: try await web.page(request, context),
                choices: ChangesPage.Choices(
                    journeys: scope.journeys.map { SelectOption(value: $0.id, label: $0.name) }, units: units,
                    touchpoints: scope.touchpoints.map { SelectOption(value: $0.id, label: $0.name) }),
                result: result)
            return HTMLOutput.page(page.render())
        }
    }
}
