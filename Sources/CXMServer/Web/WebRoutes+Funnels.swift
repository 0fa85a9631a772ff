import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The digital funnels' pages (/funnels, /funnels/{id}) and their steps on the journey map.
extension WebRoutes {
    func registerFunnels(in routes: inout RouteTable) {
        routes.get("/funnels", .requires(.read)) { request, context in
            let funnels = try await store.funnels()
            if let first = funnels.first { return Response.redirect(to: URLPath.make("/funnels", first.id)) }
            let page = FunnelPage(
                context: try await pageContext(request, context), funnels: [], report: nil,
                timeZone: try await store.workspaceSettings().timeZone)
            return HTMLOutput.page(page.render())
        }
        routes.get("/funnels/{id}", .requires(.read)) { request, context in
            let funnel = try await store.funnel(try context.id())
            let period = try await FunnelsAPI.period(request, store: store)
            let counts = try await store.funnelCounts(funnel, from: period.from, to: period.to)
            let page = FunnelPage(
                context: try await pageContext(request, context), funnels: try await store.funnels(),
                report: FunnelReport(funnel: funnel, from: period.from, to: period.to, counts: counts),
                timeZone: try await store.workspaceSettings().timeZone)
            return HTMLOutput.page(page.render())
        }
    }

    /// The steps of every funnel that name one of the touchpoints, counted over the days shown.
    func funnelSteps(
        touchpoints: Set<String>, from: LocalDay, to: LocalDay
    ) async throws -> [String: [DashboardJourneyPage.FunnelStepFigure]] {
        let linked = try await store.funnels().filter { funnel in
            funnel.steps.contains { $0.touchpointID.map(touchpoints.contains) ?? false }
        }
        guard !linked.isEmpty else { return [:] }
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        let start = from.start(in: zone)
        let end = to.adding(days: 1).start(in: zone)
        var reports: [FunnelReport] = []
        for funnel in linked {
            let counts = try await store.funnelCounts(funnel, from: start, to: end)
            reports.append(FunnelReport(funnel: funnel, from: start, to: end, counts: counts))
        }
        return DashboardJourneyPage.FunnelStepFigure.byTouchpoint(reports).filter { touchpoints.contains($0.key) }
    }
}
