import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The improvement list on the web: the board (/improvements) with its capacity, proposing and changing
/// an item, one item with its evidence, impact and moves.
extension WebRoutes {
    static let improvementFieldIDs = [
        "title": "improvement-title", "problem": "improvement-problem", "hypothesis": "improvement-hypothesis",
        "touchpointID": "improvement-touchpoint", "ownerID": "improvement-owner", "effortDays": "improvement-effort",
        "evidence": "improvement-evidence", "unitIDs": "improvement-units",
    ]
    static let capacityFieldIDs = [
        "teamDaysPerMonth": "capacity-days", "improvementShare": "capacity-share", "acceptedLimit": "capacity-accepted",
        "inProgressLimit": "capacity-in-progress", "reason": "capacity-reason",
    ]

    func registerImprovements(in routes: inout RouteTable) {
        let impact = ImprovementImpact(store: store)
        let effects = ImprovementEffects(store: store)
        let access = ImprovementAccess(store: store)
        routes.get("/improvements", .requires(.read)) { request, context in
            HTMLOutput.page(try await boardPage(request, context).render())
        }
        routes.post("/improvements/capacity", .requires(.manageImprovements)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            var check = Validator()
            func number(_ name: String, _ field: String) -> Double {
                let value = Double(form.text(name).replacingOccurrences(of: ",", with: "."))
                check.check(value != nil, field, "'\(form.text(name))' is not a number")
                return value ?? 0
            }
            let capacity = ImprovementCapacity(
                teamDaysPerMonth: number("teamDaysPerMonth", "teamDaysPerMonth"),
                improvementShare: number("sharePercent", "improvementShare") / 100,
                acceptedLimit: Int(number("acceptedLimit", "acceptedLimit")),
                inProgressLimit: Int(number("inProgressLimit", "inProgressLimit")))
            do {
                try check.finish()
                try await store.saveImprovementCapacity(
                    capacity, reason: form.optional("reason"), by: try context.actor.auditActor)
                return Response.seeOther("/improvements?notice=saved")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: Self.capacityFieldIDs, language: context.language)
                return HTMLOutput.page(
                    try await boardPage(request, context, errors: errors).render(), status: .unprocessableContent)
            }
        }
        routes.get("/improvements/new", .requires(.proposeImprovements)) { request, context in
            let evidence = request.query("evidence") ?? ""
            let draft = ImprovementDraft(title: "", touchpointID: request.query("touchpoint"))
            return HTMLOutput.page(
                try await formPage(request, context, itemID: nil, version: nil, draft: draft, evidence: evidence, effort: "")
                    .render())
        }
        routes.post("/improvements", .requires(.proposeImprovements)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            var draft = Self.draft(form)
            do {
                draft.evidence = try ImprovementFormPage.evidence(from: form["evidence"] ?? "")
                draft.effortDays = try Self.effort(form)
                try access.requireOwner(draft.ownerID, current: nil, by: principal)
                let item = try await store.proposeImprovement(
                    draft, visibleUnits: principal.visibleUnits, by: principal.auditActor)
                _ = try await impact.refresh(item)
                return Response.seeOther("/improvements/\(item.id)?notice=improvementProposed")
            } catch let error where WebPages.validationFailure(error) != nil {
                return try await refusedForm(request, context, form, draft: draft, itemID: nil, version: nil, error: error)
            }
        }
        routes.get("/improvements/{id}", .requires(.read)) { request, context in
            let principal = try context.actor
            let item = try await impact.refresh(
                try await store.improvement(try context.id(), visibleUnits: principal.visibleUnits))
            return HTMLOutput.page(
                try await improvementPage(
                    request, context, try await access.readable(try await effects.current(item), by: principal)
                ).render())
        }
        routes.get("/improvements/{id}/edit", .requires(.proposeImprovements)) { request, context in
            let principal = try context.actor
            let item = try await access.readable(
                try await store.improvement(try context.id(), visibleUnits: principal.visibleUnits), by: principal)
            try access.requireEdit(item, by: principal)
            let draft = ImprovementDraft(
                title: item.title, problem: item.problem, hypothesis: item.hypothesis, touchpointID: item.touchpointID,
                unitIDs: item.unitIDs, ownerID: item.ownerID, effortDays: item.effortDays)
            return HTMLOutput.page(
                try await formPage(
                    request, context, itemID: item.id, version: item.version, draft: draft,
                    evidence: ImprovementFormPage.evidenceText(item.evidence),
                    effort: item.effortDays.map(ImprovementBoardPage.number) ?? ""
                ).render())
        }
        routes.post("/improvements/{id}", .requires(.proposeImprovements)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let id = try context.id()
            let version = Int(form.text("version")) ?? 0
            var draft = Self.draft(form)
            do {
                draft.evidence = try ImprovementFormPage.evidence(from: form["evidence"] ?? "")
                draft.effortDays = try Self.effort(form)
                let current = try await store.improvement(id, visibleUnits: principal.visibleUnits)
                try access.requireEdit(current, by: principal)
                try access.requireOwner(draft.ownerID, current: current.ownerID, by: principal)
                let item = try await store.updateImprovement(
                    id, version: version, draft, visibleUnits: principal.visibleUnits, by: principal.auditActor)
                _ = try await impact.refresh(item)
                return Response.seeOther("/improvements/\(id)?notice=saved")
            } catch let error where WebPages.validationFailure(error) != nil {
                return try await refusedForm(request, context, form, draft: draft, itemID: id, version: version, error: error)
            } catch StoreError.conflict {
                let item = try await access.readable(
                    try await store.improvement(id, visibleUnits: principal.visibleUnits), by: principal)
                let error = FormError(field: nil, message: Localizer(context.language)(ImprovementText.conflict))
                return HTMLOutput.page(
                    try await improvementPage(request, context, item, errors: [error]).render(), status: .conflict)
            }
        }
        routes.post("/improvements/{id}/move", .requires(.proposeImprovements)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let principal = try context.actor
            let item = try await store.improvement(try context.id(), visibleUnits: principal.visibleUnits)
            guard let stage = ImprovementStage(rawValue: form.text("to")) else {
                throw AppError.badRequest(ValidationFailure(field: "to", "choose a stage to move to"))
            }
            guard principal.mayMove(item, to: stage) else {
                throw AppError.forbidden("only the owner moves accepted work along; accepting and declining are for CX managers")
            }
            do {
                let version = Int(form.text("version")) ?? 0
                if stage == .measured {
                    guard version == item.version else { throw StoreError.conflict("changed meanwhile") }
                    _ = try await effects.record(
                        item, reason: form.optional("reason"), visibleUnits: principal.visibleUnits, by: principal.auditActor)
                } else {
                    try await store.moveImprovement(
                        item.id, version: version, to: stage, reason: form.optional("reason"),
                        visibleUnits: principal.visibleUnits, by: principal.auditActor)
                }
                return Response.seeOther("/improvements/\(item.id)")
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: ["reason": "move-reason-\(stage.rawValue)"],
                    language: context.language)
                return HTMLOutput.page(
                    try await improvementPage(
                        request, context, try await access.readable(try await effects.current(item), by: principal),
                        errors: errors
                    ).render(),
                    status: .unprocessableContent)
            } catch StoreError.conflict {
                let current = try await effects.current(
                    try await store.improvement(item.id, visibleUnits: principal.visibleUnits))
                let error = FormError(field: nil, message: Localizer(context.language)(ImprovementText.conflict))
                return HTMLOutput.page(
                    try await improvementPage(request, context, current, errors: [error]).render(), status: .conflict)
            }
        }
    }

    private static func draft(_ form: FormBody) -> ImprovementDraft {
        ImprovementDraft(
            title: form.text("title"), problem: form["problem"], hypothesis: form["hypothesis"],
            touchpointID: form.optional("touchpoint"), unitIDs: form.all("units"), ownerID: form.optional("owner"))
    }

    private static func effort(_ form: FormBody) throws(ValidationFailure) -> Double? {
        guard let text = form.optional("effort") else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")) else {
            throw ValidationFailure(field: "effortDays", "'\(text)' is not a number of person-days")
        }
        return value
    }

    private func refusedForm(
        _ request: Request, _ context: AppContext, _ form: FormBody, draft: ImprovementDraft, itemID: String?, version: Int?,
        error: any Error
    ) async throws -> Response {
        let errors = WebPages.formErrors(
            WebPages.validationFailure(error)!, ids: Self.improvementFieldIDs, language: context.language)
        let page = try await formPage(
            request, context, itemID: itemID, version: version, draft: draft, evidence: form["evidence"] ?? "",
            effort: form.text("effort"), errors: errors)
        return HTMLOutput.page(page.render(), status: .unprocessableContent)
    }

    private func formPage(
        _ request: Request, _ context: AppContext, itemID: String?, version: Int?, draft: ImprovementDraft, evidence: String,
        effort: String, errors: [FormError] = []
    ) async throws -> ImprovementFormPage {
        let principal = try context.actor
        let units = try await store.unitTree().units.values.filter { principal.canSee(unit: $0.id) }
            .sorted { $0.name < $1.name }.map { SelectOption(value: $0.id, label: $0.name) }
        var current: String?
        if let itemID { current = try await store.improvement(itemID, visibleUnits: principal.visibleUnits).ownerID }
        // Those who do not manage the list may keep the owner or take an unowned item themselves.
        let owners = try await store.users().filter { !$0.disabled && $0.role.allows(.proposeImprovements) }
            .filter { principal.mayAssignOwner($0.id, current: current) }
            .sorted { $0.displayName < $1.displayName }
            .map { SelectOption(value: $0.id, label: $0.displayName.isEmpty ? $0.email : $0.displayName) }
        // The first unit box carries the units' errors.
        var ids = errors
        if let first = units.first {
            ids = ids.map {
                $0.field == "improvement-units" ? FormError(field: "improvement-units-\(first.value)", message: $0.message) : $0
            }
        }
        return ImprovementFormPage(
            context: try await web.page(request, context, errors: ids), itemID: itemID, version: version, draft: draft,
            evidenceText: evidence, effortText: effort, touchpoints: try await touchpointOptions(), units: units, owners: owners)
    }

    private func boardPage(
        _ request: Request, _ context: AppContext, errors: [FormError] = []
    ) async throws -> ImprovementBoardPage {
        let principal = try context.actor
        let board = try await store.improvementBoard()
        let overrides = try await store.improvementMoves(since: Date().addingTimeInterval(-90 * 86_400), limit: 500)
            .filter { !$0.reasonsNeeded.isEmpty }
        let changes = try await store.improvementCapacityChanges().map {
            ImprovementBoardPage.ImprovementCapacityChangeRow(
                beforeDays: $0.before.reservedDays, afterDays: $0.after.reservedDays, reason: $0.reason, by: $0.by, at: $0.at)
        }
        return ImprovementBoardPage(
            context: try await web.page(request, context, errors: errors), board: board,
            items: ImprovementsAPI.boardBody(board, visibleUnits: principal.visibleUnits).items, overrides: overrides,
            capacityChanges: changes, names: try await improvementNames(context.language),
            canPropose: principal.may(.proposeImprovements), canManage: principal.may(.manageImprovements),
            timeZone: try await store.workspaceSettings().timeZone)
    }

    private func improvementPage(
        _ request: Request, _ context: AppContext, _ item: Improvement, errors: [FormError] = []
    ) async throws -> ImprovementPage {
        let principal = try context.actor
        let board = try await store.improvementBoard()
        let allowed = item.stage.moves.filter { principal.mayMove(item, to: $0) }.map {
            (stage: $0, reasons: board.reasonsNeeded(moving: item, to: $0))
        }
        return ImprovementPage(
            context: try await web.page(request, context, errors: errors), item: item,
            moves: try await store.improvementMoves(item.id), names: try await improvementNames(context.language),
            allowedMoves: allowed, canEdit: principal.mayEdit(item),
            timeZone: try await store.workspaceSettings().timeZone)
    }
}
