import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The alert list (/alerts), one alert with its chart (/alerts/{id}), what people do about alerts, a check on
/// demand and each person's digest choice.
extension WebRoutes {
    func registerAlerts(in routes: inout RouteTable) {
        routes.get("/alerts", .requires(.read)) { request, context in
            HTMLOutput.page(try await alertsPage(request, context, notice: nil).render())
        }
        routes.post("/alerts/check", .requires(.manageAlerts)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let outcome = try await AlertChecker.check(store: store, now: Date())
            let t = Localizer(context.language)
            // A reader limited to some units hears only of the alerts they may open.
            let visible = try context.actor.visibleUnits
            let raised = outcome.recorded.raised.filter { alert in
                visible.map { alert.key.unitID.map($0.contains) ?? false } ?? true
            }
            let notice = t(
                TrendText.checked, String(outcome.check.series), String(raised.count), String(outcome.recorded.updated),
                String(outcome.recorded.resolved))
            return HTMLOutput.page(try await alertsPage(request, context, notice: notice).render())
        }
        routes.post("/alerts/digest", .requires(.manageAlerts)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            guard case .user(let id) = try context.actor.kind, let digest = AlertDigest(rawValue: form.text("digest")) else {
                throw AppError.badRequest(ValidationFailure(field: "digest", "choose daily, weekly or none"))
            }
            try await store.setAlertDigest(digest, for: id)
            return Response.seeOther("/alerts")
        }
        routes.get("/alerts/{id}", .requires(.read)) { request, context in
            let principal = try context.actor
            let alert = try await visibleAlert(context)
            let page = AlertPage(
                context: try await web.page(request, context), alert: alert, names: try await alertNames(context),
                timeZone: try await store.workspaceSettings().timeZone, canManage: principal.may(.manageAlerts))
            return HTMLOutput.page(page.render())
        }
        routes.post("/alerts/{id}", .requires(.manageAlerts)) { request, context in
            let alert = try await visibleAlert(context)
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            var actions: [AlertAction] = []
            switch form.text("action") {
            case "acknowledge": actions = [.acknowledge]
            case "reopen": actions = [.reopen]
            case "mute":
                let reason = form.text("reason").trimmingCharacters(in: .whitespacesAndNewlines)
                guard !reason.isEmpty, reason.count <= 500 else {
                    throw AppError.badRequest(
                        ValidationFailure(field: "reason", "say in at most 500 characters why the change is expected"))
                }
                actions = [.mute(reason: reason)]
            case "links":
                actions = [
                    .linkCase(form.optional("case").map { String($0.prefix(100)) }),
                    .linkImprovement(form.optional("improvement").map { String($0.prefix(500)) }),
                ]
            default:
                throw AppError.badRequest(ValidationFailure(field: "action", "choose acknowledge, reopen, mute or links"))
            }
            try await store.applyAlertActions(
                actions, to: alert.id, by: try context.actor.actorID, visibleUnits: try context.actor.visibleUnits, at: Date())
            return Response.seeOther("/alerts/\(alert.id)")
        }
    }

    private func alertsPage(_ request: Request, _ context: AppContext, notice: String?) async throws -> AlertsPage {
        let principal = try context.actor
        let text = request.query("status") ?? "open"
        let status = Alert.Status(rawValue: text)
        guard status != nil || text == "all" else {
            throw AppError.badRequest(
                ValidationFailure(field: "status", "'\(text)' is not one of all, open, acknowledged, muted, resolved"))
        }
        var digest: AlertDigest?
        if principal.may(.manageAlerts), case .user(let id) = principal.kind {
            digest = try await store.alertDigests()[id]?.digest ?? .standard
        }
        return AlertsPage(
            context: try await web.page(request, context),
            alerts: try await store.alerts(statuses: status.map { [$0] } ?? [], visibleUnits: principal.visibleUnits),
            names: try await alertNames(context), status: status, timeZone: try await store.workspaceSettings().timeZone,
            digest: digest, notice: notice)
    }

    private func visibleAlert(_ context: AppContext) async throws -> Alert {
        let id = context.parameters.get("id") ?? ""
        guard let alert = try await store.alert(id, visibleUnits: try context.actor.visibleUnits) else {
            throw AppError.notFound("alert '\(id)'")
        }
        return alert
    }

    private func alertNames(_ context: AppContext) async throws -> AlertNames {
        AlertNames(
            context: try await store.metricContext(visibleUnits: nil), taxonomy: try await store.taxonomy().taxonomy,
            language: context.language)
    }
}
