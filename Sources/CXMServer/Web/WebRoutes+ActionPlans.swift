import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Teams' action plans on the web (/plans): the roll-up, starting a plan from a result page, one plan with the
/// team's suggestions, comments and actions.
extension WebRoutes {
    func registerActionPlans(in routes: inout RouteTable) {
        routes.get("/plans", .requires(.read)) { request, context in
            let principal = try context.actor
            let settings = try await store.workspaceSettings()
            return HTMLOutput.page(
                ActionPlansPage(
                    context: try await web.page(request, context),
                    plans: try await store.actionPlans(visibleUnits: principal.visibleUnits),
                    names: try await improvementNames(context.language), today: try await MetricService(store: store).today(),
                    timeZone: settings.timeZone
                ).render())
        }
        routes.get("/plans/new", .requires(.leadActionPlans)) { request, context in
            let principal = try context.actor
            let draft = ActionPlanDraft(
                unitID: request.query("unit") ?? context.user?.unitID, title: request.query("title") ?? "",
                focus: request.query("focus"),
                sourcePath: request.query("source").flatMap { ActionPlanDraft.isLocalPath($0) ? $0 : nil })
            return HTMLOutput.page(try await planForm(request, context, draft, principal).render())
        }
        routes.post("/plans", .requires(.leadActionPlans)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let draft = ActionPlanDraft(
                unitID: form.optional("unit"), title: form.text("title"), focus: form.text("focus"),
                sourcePath: form.optional("source"))
            do {
                let plan = try await store.startActionPlan(
                    draft, visibleUnits: principal.visibleUnits, by: principal.auditActor)
                return Response.seeOther(URLPath.make("/plans", plan.id))
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!,
                    ids: ["unitID": "plan-unit", "title": "plan-title", "focus": "plan-focus"], language: context.language)
                return HTMLOutput.page(
                    try await planForm(request, context, draft, principal, errors: errors).render(),
                    status: .unprocessableContent)
            }
        }
        routes.get("/plans/{id}", .requires(.read)) { request, context in
            HTMLOutput.page(try await planPage(request, context).render())
        }
        routes.post("/plans/{id}/entries", .requires(.recordObservations)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let id = try context.id()
            let kind = PlanEntry.Kind(rawValue: form.text("kind")) ?? .comment
            do {
                try await store.addPlanEntry(
                    kind, text: form.text("text"), to: id, visibleUnits: principal.visibleUnits, by: principal.auditActor)
                return Response.seeOther(URLPath.make("/plans", id))
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!,
                    ids: ["text": kind == .suggestion ? "suggestion-text" : "plan-comment-text"], language: context.language)
                return HTMLOutput.page(
                    try await planPage(request, context, errors: errors).render(), status: .unprocessableContent)
            }
        }
        routes.post("/plans/{id}/actions", .requires(.leadActionPlans)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let id = try context.id()
            let draft = PlanActionDraft(
                title: form.text("title"), ownerID: form.optional("owner"), due: LocalDay(iso: form.text("due")),
                suggestionID: form.optional("suggestion"))
            do {
                if !form.text("due").isEmpty, draft.due == nil {
                    throw ValidationFailure(field: "due", "must be a day written YYYY-MM-DD")
                }
                try await store.addPlanAction(draft, to: id, visibleUnits: principal.visibleUnits, by: principal.auditActor)
                return Response.seeOther(URLPath.make("/plans", id))
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!,
                    ids: ["title": "action-title", "ownerID": "action-owner", "due": "action-due"], language: context.language)
                return HTMLOutput.page(
                    try await planPage(request, context, errors: errors).render(), status: .unprocessableContent)
            }
        }
        routes.post("/plans/{id}/actions/{actionID}", .requires(.recordObservations)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let id = try context.id()
            let actionID = try context.id("actionID")
            let plan = try await store.actionPlan(id, visibleUnits: principal.visibleUnits)
            try ActionPlanAccess.requireChange(plan, action: actionID, by: principal)
            guard let status = PlanAction.Status(rawValue: form.text("status")) else {
                throw AppError.badRequest(
                    ValidationFailure(field: "status", "must be one of planned, doing, done or dropped"))
            }
            try await store.updatePlanAction(
                actionID, in: id, PlanActionDraft(status: status), visibleUnits: principal.visibleUnits,
                by: principal.auditActor)
            return Response.seeOther(URLPath.make("/plans", id))
        }
        routes.post("/plans/{id}/status", .requires(.leadActionPlans)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let id = try context.id()
            try await store.setActionPlanStatus(
                id, form.text("status") == "closed" ? .closed : .open, visibleUnits: principal.visibleUnits,
                by: principal.auditActor)
            return Response.seeOther(URLPath.make("/plans", id))
        }
    }

    private func planForm(
        _ request: Request, _ context: AppContext, _ draft: ActionPlanDraft, _ principal: Principal,
        errors: [FormError] = []
    ) async throws -> ActionPlanFormPage {
        let units = try await unitOptions(for: principal)
        return ActionPlanFormPage(
            context: try await web.page(request, context, errors: errors), draft: draft, units: units)
    }

    private func planPage(_ request: Request, _ context: AppContext, errors: [FormError] = []) async throws -> ActionPlanPage {
        let principal = try context.actor
        let id = try context.id()
        let plan = try await store.actionPlan(id, visibleUnits: principal.visibleUnits)
        let tree = try await store.unitTree()
        let people = try await store.users().filter { user in
            PlanAction.mayOwn(
                role: user.role, unitID: user.unitID, disabled: user.disabled, planUnit: plan.unitID, tree: tree)
        }
        .map { SelectOption(value: $0.id, label: $0.displayName.isEmpty ? $0.email : $0.displayName) }
        .sorted { $0.label < $1.label }
        return ActionPlanPage(
            context: try await web.page(request, context, errors: errors), plan: plan,
            entries: try await store.planEntries(id, visibleUnits: principal.visibleUnits),
            names: try await improvementNames(context.language), canLead: ActionPlanAccess.mayLead(plan, principal),
            canContribute: principal.may(.recordObservations), readerID: principal.actorID, people: people,
            today: try await MetricService(store: store).today(), timeZone: try await store.workspaceSettings().timeZone)
    }
}

/// Who changes what in a plan: those who may lead plans and see its unit lead it; an action's owner moves
/// their own action along.
enum ActionPlanAccess {
    static func mayLead(_ plan: ActionPlan, _ principal: Principal) -> Bool {
        principal.may(.leadActionPlans) && principal.canSee(unit: plan.unitID)
    }

    /// Refuses (403) anyone who does not lead the plan's unit, saying what they tried `to` do.
    static func requireLead(_ plan: ActionPlan, _ principal: Principal, to doing: String) throws(AppError) {
        guard mayLead(plan, principal) else { throw AppError.forbidden("only those who lead the plan's unit \(doing)") }
    }

    static func requireChange(_ plan: ActionPlan, action actionID: String, by principal: Principal) throws(AppError) {
        guard let action = plan.actions.first(where: { $0.id == actionID }) else {
            throw AppError.notFound("action '\(actionID)' is not on plan \(plan.number)")
        }
        // An owner is a person: an API token (whose id could never be one) owns nothing.
        let person: String? = if case .user(let id) = principal.kind { id } else { nil }
        guard mayLead(plan, principal) || (person != nil && action.ownerID == person) else {
            throw AppError.forbidden("only the plan's lead or the action's owner changes an action")
        }
    }
}
