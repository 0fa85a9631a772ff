import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The CX dashboards: overview tiles, trends, a journey's touchpoints and the unit comparison. Every
/// figure comes from the same metric service as the API, within what the signed-in user may see.
extension WebRoutes {
    var metrics: MetricService { MetricService(store: store) }

    func registerDashboards(in routes: inout RouteTable) {
        routes.get("/dashboards", .requires(.read)) { request, context in
            let (filter, scope) = try await dashboardFilter(request, context)
            var tiles: [DashboardOverviewPage.Tile] = []
            for metric in [Metric.nps, .csat, .ces, .nki] {
                var current = filter.parameters(metric: metric)
                current["compare"] = "previous"
                var weekly = filter.parameters(metric: metric)
                weekly["by"] = "week"
                tiles.append(
                    DashboardOverviewPage.Tile(
                        metric: metric, current: try await metrics.evaluate(current, in: scope),
                        weekly: try await metrics.evaluate(weekly, in: scope)))
            }
            let page = DashboardOverviewPage(
                context: try await pageContext(request, context), filter: filter.view, tiles: tiles)
            return HTMLOutput.page(page.render())
        }
        routes.get("/dashboards/trend", .requires(.read)) { request, context in
            let (filter, scope) = try await dashboardFilter(request, context)
            var parameters = filter.parameters(metric: filter.view.metric)
            parameters["by"] = filter.view.grain.rawValue
            parameters["compare"] = filter.view.compare == .rest ? "previous" : filter.view.compare.rawValue
            let page = DashboardTrendPage(
                context: try await pageContext(request, context), filter: filter.view,
                result: try await metrics.evaluate(parameters, in: scope))
            return HTMLOutput.page(page.render())
        }
        routes.get("/dashboards/journeys/{id}", .requires(.read)) { request, context in
            let id = try context.id()
            var (filter, scope) = try await dashboardFilter(request, context)
            filter.view.journey = id
            let map = try await store.journeyMap(id)
            var parameters = filter.parameters(metric: filter.view.metric)
            parameters["journey"] = id
            parameters["by"] = "touchpoint"
            parameters["compare"] = "rest"
            let stages = map.stages.map { stage in
                DashboardJourneyPage.Stage(
                    id: stage.stage.id, name: stage.stage.name,
                    touchpoints: stage.touchpoints.map {
                        DashboardJourneyPage.Touchpoint(id: $0.id, name: $0.name, feeling: $0.feeling)
                    })
            }
            var priorities: DashboardJourneyPage.Priorities?
            if let kept = try await DriverService(store: store).keptJourneyPriorities(
                id, for: try context.actor), let matrix = kept.result.matrix
            {
                priorities = DashboardJourneyPage.Priorities(
                    quadrants: Dictionary(
                        matrix.points.compactMap { point in point.quadrant.map { (point.touchpointID, $0) } },
                        uniquingKeysWith: { first, _ in first }),
                    outcomeLabel: kept.result.outcomeLabel, from: kept.result.from, to: kept.result.to,
                    computedAt: kept.computedAt, timeZone: try await store.workspaceSettings().timeZone)
            }
            let result = try await metrics.evaluate(parameters, in: scope)
            let page = DashboardJourneyPage(
                context: try await pageContext(request, context), filter: filter.view, journeyID: id,
                journeyName: map.journey.name, stages: stages, result: result, priorities: priorities,
                funnelSteps: try await funnelSteps(
                    touchpoints: Set(map.stages.flatMap { $0.touchpoints.map(\.id) }), from: result.from, to: result.to))
            return HTMLOutput.page(page.render())
        }
        routes.get("/dashboards/units", .requires(.read)) { request, context in
            let (filter, scope) = try await dashboardFilter(request, context)
            var parameters = filter.parameters(metric: filter.view.metric)
            parameters["by"] = "unit"
            parameters["compare"] = "rest"
            let parent = filter.view.unit
            let breadcrumb =
                parent.map { id in
                    scope.units.ancestors(of: id).reversed()
                        .filter { scope.visibleUnits?.contains($0.id) ?? true }
                        .map { SelectOption(value: $0.id, label: $0.name) }
                } ?? []
            let page = DashboardUnitsPage(
                context: try await pageContext(request, context), filter: filter.view, parentID: parent,
                breadcrumb: breadcrumb, result: try await metrics.evaluate(parameters, in: scope))
            return HTMLOutput.page(page.render())
        }
    }

    /// The page context, with the query string kept in the current path so that language links return here.
    func pageContext(_ request: Request, _ context: AppContext) async throws -> PageContext {
        var page = try await web.page(request, context)
        if let query = request.uri.query, !query.isEmpty { page.currentPath = request.uri.path + "?" + query }
        return page
    }

    /// The filter of a dashboard request with its choices, and the context queries are resolved in.
    private func dashboardFilter(
        _ request: Request, _ context: AppContext
    ) async throws -> (DashboardRequest, MetricContext) {
        let scope = try await metrics.context(for: try context.actor)
        let today = try await metrics.today()
        var check = Validator()
        func choice<T: RawRepresentable>(_ name: String, _ fallback: T, _ all: [T]) -> T where T.RawValue == String {
            guard let text = request.query(name) else { return fallback }
            if let value = T(rawValue: text) { return value }
            check.add(name, "'\(text)' is not one of \(all.map(\.rawValue).joined(separator: ", "))")
            return fallback
        }
        func day(_ name: String) -> LocalDay? {
            guard let text = request.query(name) else { return nil }
            if let day = LocalDay(iso: text) { return day }
            check.add(name, "'\(text)' is not a date; write it as YYYY-MM-DD")
            return nil
        }
        let to = day("to") ?? today
        let from = day("from") ?? to.adding(days: -(MetricQuery.defaultDays - 1))
        let visible = scope.visibleUnits
        let units = scope.units.units.values.filter { visible?.contains($0.id) ?? true }
            .sorted { $0.name < $1.name }.map { SelectOption(value: $0.id, label: $0.name) }
        let view = DashboardFilter(
            metric: choice("metric", Metric.nps, Metric.allCases.filter { $0 != .rating }), from: from, to: to,
            grain: choice("grain", TimeGrain.week, TimeGrain.allCases), unit: request.query("unit"),
            touchpoint: request.query("touchpoint"), channel: request.query("channel"),
            journey: request.query("journey"), compare: choice("compare", ComparisonMode.previous, ComparisonMode.allCases),
            correction: choice("correction", Correction.holm, Correction.allCases), units: units,
            touchpoints: scope.touchpoints.map { SelectOption(value: $0.id, label: $0.name) },
            channels: scope.channels.map { SelectOption(value: $0.id, label: $0.name) },
            journeys: scope.journeys.map { SelectOption(value: $0.id, label: $0.name) }, segment: request.query("segment"),
            segments: scope.segments.map { SelectOption(value: $0.id, label: $0.name) })
        do { try check.finish() } catch { throw AppError.badRequest(error) }
        return (DashboardRequest(view: view), scope)
    }
}

/// A dashboard's filter, and the metric parameters it stands for.
struct DashboardRequest {
    var view: DashboardFilter

    func parameters(metric: Metric) -> [String: String] {
        var parameters = [
            "metric": metric.rawValue, "from": view.from.iso, "to": view.to.iso,
            "correction": view.correction.rawValue,
        ]
        if let unit = view.unit { parameters["unit"] = unit }
        if let touchpoint = view.touchpoint { parameters["touchpoint"] = touchpoint }
        if let channel = view.channel { parameters["channel"] = channel }
        if let journey = view.journey { parameters["journey"] = journey }
        if let segment = view.segment { parameters["segment"] = segment }
        return parameters
    }
}
