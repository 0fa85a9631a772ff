import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Teams' action plans (/api/v1/action-plans): the roll-up, one plan with its suggestions and comments, and
/// its actions.
struct ActionPlansAPI {
    let store: Store

    struct PlanSummary: Encodable, Sendable {
        var plan: ActionPlan
        var progress: PlanProgress
    }

    struct PlansBody: Encodable, Sendable {
        var items: [PlanSummary]
        /// Over the open plans the reader sees.
        var openPlans: Int
        var units: Int
        var actionsDone: Int
        var actions: Int
        var overdue: Int
    }

    struct PlanBody: Encodable, Sendable {
        var plan: ActionPlan
        var progress: PlanProgress
        var entries: [PlanEntry]
    }

    struct EntryInput: Decodable {
        var kind: PlanEntry.Kind
        var text: String
    }

    struct ActionInput: Decodable {
        var title: String?
        var ownerID: String?
        var due: LocalDay?
        var status: PlanAction.Status?
        var suggestionID: String?
    }

    struct StatusInput: Decodable { var status: ActionPlan.Status }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/action-plans", .requires(.read)) { request, context in
            let principal = try context.actor
            let today = try await MetricService(store: store).today()
            let plans = try await store.actionPlans(visibleUnits: principal.visibleUnits, unitID: request.query("unitID"))
            let open = plans.filter { $0.status == .open }.map { ($0, $0.progress(today: today)) }
            return try JSONOutput.response(
                PlansBody(
                    items: plans.map { PlanSummary(plan: $0, progress: $0.progress(today: today)) }, openPlans: open.count,
                    units: Set(open.map(\.0.unitID)).count, actionsDone: open.map(\.1.done).reduce(0, +),
                    actions: open.map(\.1.total).reduce(0, +), overdue: open.map(\.1.overdue).reduce(0, +)))
        }
        routes.post("/api/v1/action-plans", .requires(.leadActionPlans)) { request, context in
            let principal = try context.actor
            let draft = try await JSONInput.decode(ActionPlanDraft.self, from: request, context: context)
            let plan = try await store.startActionPlan(draft, visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.created(plan, in: "/api/v1/action-plans")
        }
        routes.get("/api/v1/action-plans/{id}", .requires(.read)) { _, context in
            let principal = try context.actor
            let id = try context.id()
            let plan = try await store.actionPlan(id, visibleUnits: principal.visibleUnits)
            return try JSONOutput.response(
                PlanBody(
                    plan: plan, progress: plan.progress(today: try await MetricService(store: store).today()),
                    entries: try await store.planEntries(id, visibleUnits: principal.visibleUnits)))
        }
        routes.post("/api/v1/action-plans/{id}/entries", .requires(.recordObservations)) { request, context in
            let principal = try context.actor
            let input = try await JSONInput.decode(EntryInput.self, from: request, context: context)
            let entry = try await store.addPlanEntry(
                input.kind, text: input.text, to: try context.id(), visibleUnits: principal.visibleUnits,
                by: principal.auditActor)
            return try JSONOutput.created(entry, in: "/api/v1/action-plans/\(entry.planID)/entries")
        }
        routes.post("/api/v1/action-plans/{id}/actions", .requires(.leadActionPlans)) { request, context in
            let principal = try context.actor
            let id = try context.id()
            try ActionPlanAccess.requireLead(
                try await store.actionPlan(id, visibleUnits: principal.visibleUnits), principal, to: "add actions")
            let input = try await JSONInput.decode(ActionInput.self, from: request, context: context)
            let action = try await store.addPlanAction(
                PlanActionDraft(
                    title: input.title, ownerID: input.ownerID, due: input.due, status: input.status,
                    suggestionID: input.suggestionID), to: id, visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.created(action, in: "/api/v1/action-plans/\(id)/actions")
        }
        routes.put("/api/v1/action-plans/{id}/actions/{actionID}", .requires(.recordObservations)) { request, context in
            let principal = try context.actor
            let id = try context.id()
            let actionID = try context.id("actionID")
            let plan = try await store.actionPlan(id, visibleUnits: principal.visibleUnits)
            try ActionPlanAccess.requireChange(plan, action: actionID, by: principal)
            let input = try await JSONInput.decode(ActionInput.self, from: request, context: context)
            // An owner moves their action along; the rest of it is the lead's to change.
            if !ActionPlanAccess.mayLead(plan, principal), input.title != nil || input.ownerID != nil || input.due != nil {
                throw AppError.forbidden("an action's owner changes its status only; ask the plan's lead for the rest")
            }
            let action = try await store.updatePlanAction(
                actionID, in: id,
                PlanActionDraft(title: input.title, ownerID: input.ownerID, due: input.due, status: input.status),
                visibleUnits: principal.visibleUnits, by: principal.auditActor)
            return try JSONOutput.response(action)
        }
        routes.put("/api/v1/action-plans/{id}/status", .requires(.leadActionPlans)) { request, context in
            let principal = try context.actor
            let id = try context.id()
            try ActionPlanAccess.requireLead(
                try await store.actionPlan(id, visibleUnits: principal.visibleUnits), principal, to: "close or reopen it")
            let input = try await JSONInput.decode(StatusInput.self, from: request, context: context)
            return try JSONOutput.response(
                try await store.setActionPlanStatus(
                    id, input.status, visibleUnits: principal.visibleUnits, by: principal.auditActor))
        }
    }
}
