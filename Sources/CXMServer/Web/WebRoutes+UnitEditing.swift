import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Editing and deleting one unit of the organisation tree.
extension WebRoutes {
    static let unitEditFieldIDs = ["name": "unit-name", "kind": "unit-kind", "parentID": "unit-parent", "code": "unit-code"]

    func registerUnitEditing(in routes: inout RouteTable) {
        routes.get("/units/{id}/edit", .requires(.editUnits)) { request, context in
            let unit = try await store.unit(try context.id())
            return HTMLOutput.page(try await unitEditPage(request, context, unit).render())
        }
        routes.post("/units/{id}", .requires(.editUnits)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            var unit = try await store.unit(try context.id())
            unit.name = form.text("name")
            unit.kind = form.text("kind")
            unit.parentID = form.optional("parent")
            unit.code = form.optional("code")
            let t = Localizer(context.language)
            func refused(_ errors: [FormError]) async throws -> Response {
                HTMLOutput.page(
                    try await unitEditPage(request, context, unit, errors: errors).render(), status: .unprocessableContent)
            }
            // The store also refuses an unknown parent, but under the same field as a cycle; say which it is.
            if let parent = unit.parentID, try await store.unitTree().units[parent] == nil {
                return try await refused([FormError(field: "unit-parent", message: t(ValidationText.invalidChoice))])
            }
            do {
                try await store.updateUnit(unit, by: context.actor.auditActor)
                await scopes.invalidate()
                return Response.seeOther("/units?notice=saved")
            } catch let error where WebPages.validationFailure(error) != nil {
                return try await refused(
                    WebPages.formErrors(
                        WebPages.validationFailure(error)!, ids: Self.unitEditFieldIDs, language: context.language,
                        messages: ["parentID": t(ValidationText.unitCycle), "code": t(ValidationText.alreadyInUse)]))
            }
        }
        routes.post("/units/{id}/delete", .requires(.editUnits)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let unit = try await store.unit(try context.id())
            do {
                try await store.deleteUnit(unit.id, by: context.actor.auditActor)
                await scopes.invalidate()
                return Response.seeOther("/units?notice=unitDeleted")
            } catch StoreError.conflict {
                let error = FormError(field: nil, message: Localizer(context.language)(ValidationText.unitInUse))
                return HTMLOutput.page(
                    try await unitEditPage(request, context, unit, errors: [error]).render(), status: .conflict)
            }
        }
    }

    /// The edit page; the parent select leaves out the unit and everything below it, where it cannot go.
    private func unitEditPage(
        _ request: Request, _ context: AppContext, _ unit: OrgUnit, errors: [FormError] = []
    ) async throws -> UnitEditPage {
        let tree = try await store.unitTree()
        let excluded = tree.subtree(of: unit.id)
        var parents: [SelectOption] = []
        func visit(_ node: OrgUnit, depth: Int) {
            guard !excluded.contains(node.id) else { return }
            parents.append(SelectOption(value: node.id, label: String(repeating: "— ", count: depth) + node.name))
            tree.children(of: node.id).forEach { visit($0, depth: depth + 1) }
        }
        tree.roots.forEach { visit($0, depth: 0) }
        return UnitEditPage(
            context: try await web.page(request, context, errors: errors), unitID: unit.id, name: unit.name, kind: unit.kind,
            parentID: unit.parentID, code: unit.code ?? "", parents: parents)
    }
}
