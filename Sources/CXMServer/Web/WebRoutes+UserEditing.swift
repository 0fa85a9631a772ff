import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Editing one user, resetting their password, and revoking API tokens.
extension WebRoutes {
    static let userEditFieldIDs = [
        "displayName": "user-display-name", "role": "user-role", "unitID": "user-unit", "disabled": "user-disabled",
    ]

    func registerUserEditing(in routes: inout RouteTable) {
        routes.get("/users/{id}/edit", .requires(.manageUsers)) { request, context in
            let user = try await store.user(try context.id())
            return HTMLOutput.page(try await userEditPage(request, context, user).render())
        }
        routes.post("/users/{id}", .requires(.manageUsers)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let stored = try await store.user(try context.id())
            let t = Localizer(context.language)
            var user = stored
            user.displayName = form.text("display_name")
            user.unitID = form.optional("unit")
            user.disabled = form.isChecked("disabled")
            var errors: [FormError] = []
            if let role = Role(rawValue: form.text("role")) {
                user.role = role
            } else {
                errors.append(FormError(field: "user-role", message: t(ValidationText.invalidChoice)))
            }
            if let unit = user.unitID, try await store.unitTree().units[unit] == nil {
                errors.append(FormError(field: "user-unit", message: t(ValidationText.invalidChoice)))
            }
            // An administrator who locks themselves out may leave the workspace with nobody to manage it.
            if user.id == context.user?.id {
                if stored.role == .admin, user.role != .admin {
                    errors.append(FormError(field: "user-role", message: t(ValidationText.cannotDemoteSelf)))
                }
                if user.disabled {
                    errors.append(FormError(field: "user-disabled", message: t(ValidationText.cannotDisableSelf)))
                }
            }
            if errors.isEmpty {
                do {
                    try await store.updateUser(user, by: context.actor.auditActor)
                    return Response.seeOther("/users?notice=saved")
                } catch let error where WebPages.validationFailure(error) != nil {
                    errors = WebPages.formErrors(
                        WebPages.validationFailure(error)!, ids: Self.userEditFieldIDs, language: context.language,
                        messages: ["unitID": t(ValidationText.unitRequiredForRole)])
                }
            }
            return HTMLOutput.page(
                try await userEditPage(request, context, user, errors: errors).render(), status: .unprocessableContent)
        }
        routes.post("/users/{id}/password", .requires(.manageUsers)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let user = try await store.user(try context.id())
            let password = Secrets.generatedPassword()
            try await store.setPasswordHash(userID: user.id, hash: try await hasher.hash(password), by: context.actor.auditActor)
            var page = try await userEditPage(request, context, user, notice: .passwordReset)
            page.newPassword = password
            return HTMLOutput.page(page.render())
        }
        routes.post("/tokens/{id}/revoke", .requires(.manageTokens)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            try await store.revokeAPIToken(try context.id(), by: context.actor.auditActor)
            return Response.seeOther("/users?notice=tokenRevoked")
        }
    }

    private func userEditPage(
        _ request: Request, _ context: AppContext, _ user: User, notice: NoticeText? = nil, errors: [FormError] = []
    ) async throws -> UserEditPage {
        UserEditPage(
            context: try await web.page(request, context, notice: notice, errors: errors), userID: user.id, email: user.email,
            displayName: user.displayName, role: user.role.rawValue, unitID: user.unitID, disabled: user.disabled,
            units: try await store.units().map { SelectOption(value: $0.id, label: $0.name) })
    }
}
