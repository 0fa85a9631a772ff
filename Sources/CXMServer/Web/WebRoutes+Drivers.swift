import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The driver analysis page (/drivers): the same analysis as /api/v1/drivers and `cxm drivers`.
extension WebRoutes {
    func registerDrivers(in routes: inout RouteTable) {
        routes.get("/drivers", .requires(.read)) { request, context in
            let principal = try context.actor
            var parameters: [String: String] = [:]
            for name in ["outcome", "level", "journey", "touchpoint", "from", "to"] {
                if let value = request.query(name), !value.isEmpty { parameters[name] = value }
            }
            let metricContext = try await store.metricContext(visibleUnits: principal.visibleUnits)
            let keys = Set(metricContext.surveys.flatMap(\.questions).filter { $0.scale != nil && $0.type != .nki }.map(\.key))
            parameters["outcome"] = parameters["outcome"] ?? (keys.contains("nps") ? "nps" : keys.sorted().first ?? "nps")
            let result = try await DriverService(store: store).evaluate(parameters, for: principal, language: context.language)
            var outcomes = keys.sorted().map { key in
                SelectOption(
                    value: key,
                    label: metricContext.surveys.lazy.compactMap { $0.question(key) }.first?.text.text(in: context.language)
                        ?? key)
            }
            if metricContext.surveys.contains(where: \.asksFullNKI) { outcomes.append(SelectOption(value: "nki", label: "NKI")) }
            let page = DriversPage(
                context: try await web.page(request, context),
                form: DriversPage.Form(
                    outcomes: outcomes, journeys: metricContext.journeys.map { SelectOption(value: $0.id, label: $0.name) },
                    touchpoints: metricContext.touchpoints.map { SelectOption(value: $0.id, label: $0.name) },
                    outcome: result.outcome, level: result.level, journey: parameters["journey"],
                    touchpoint: parameters["touchpoint"], from: result.from.iso, to: result.to.iso),
                result: result, timeZone: try await store.workspaceSettings().timeZone)
            return HTMLOutput.page(page.render())
        }
    }
}
