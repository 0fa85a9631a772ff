import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Users, API tokens and the audit log: admin only.
extension WebRoutes {
    static let userFieldIDs = ["email": "user-email", "role": "user-role", "unitID": "user-unit"]
    static let tokenFieldIDs = ["name": "token-name", "role": "token-role", "unitID": "token-unit"]

    func registerAdministration(in routes: inout RouteTable) {
        routes.get("/users", .requires(.manageUsers)) { request, context in
            HTMLOutput.page(try await usersPage(request, context).render())
        }
        routes.post("/users", .requires(.manageUsers)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let role = Role(rawValue: form.text("role"))
            let input = AccessAPI.UserInput(
                email: form.text("email"), displayName: nil, role: role ?? .viewer, unitID: form.optional("unit"),
                language: nil, password: nil, disabled: nil)
            do {
                guard role != nil else { throw AppError.unprocessable(ValidationFailure(field: "role", "choose a role")) }
                let created = try await AccessAPI(store: store, hasher: hasher, scopes: scopes).createUser(
                    input, by: context.actor.auditActor)
                var page = try await usersPage(request, context, notice: .userCreated)
                page.newSecret = created.generatedPassword.map { "\(created.user.email): \($0)" }
                return HTMLOutput.page(page.render(), status: .created)
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: Self.userFieldIDs, language: context.language,
                    messages: ["unitID": Localizer(context.language)(ValidationText.unitRequiredForRole)])
                var page = try await usersPage(request, context, errors: errors)
                page.newUserEmail = input.email
                page.newUserRole = role?.rawValue
                page.newUserUnitID = input.unitID
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
        }
        routes.post("/tokens", .requires(.manageTokens)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let role = Role(rawValue: form.text("role"))
            do {
                guard let role else { throw AppError.unprocessable(ValidationFailure(field: "role", "choose a role")) }
                let input = AccessAPI.TokenInput(name: form.text("name"), role: role, unitID: form.optional("unit"))
                let created = try await AccessAPI(store: store, hasher: hasher, scopes: scopes).createToken(
                    input, by: try context.actor)
                var page = try await usersPage(request, context, notice: .tokenCreated)
                page.newSecret = created.secret
                return HTMLOutput.page(page.render(), status: .created)
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = WebPages.formErrors(
                    WebPages.validationFailure(error)!, ids: Self.tokenFieldIDs, language: context.language)
                var page = try await usersPage(request, context, errors: errors)
                page.newTokenName = form.text("name")
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
        }
        routes.get("/audit", .requires(.readAudit)) { request, context in
            let pageNumber = request.pageNumber
            let size = 50
            let result = try await store.auditLog(page: PageRequest(offset: (pageNumber - 1) * size, limit: size))
            let format = LocaleFormat(context.language)
            let zone = try await store.workspaceSettings().timeZone
            let page = AuditLogPage(
                context: try await web.page(request, context),
                entries: result.items.map {
                    AuditLogPage.Entry(
                        time: format.dateTime($0.at, timeZone: zone), actor: $0.actorName, action: $0.action,
                        entityType: $0.entityType, entityID: $0.entityID, summary: $0.summary)
                },
                paging: Paging(page: pageNumber, pageSize: size, totalCount: result.total))
            return HTMLOutput.page(page.render())
        }
    }

    private func usersPage(
        _ request: Request, _ context: AppContext, notice: NoticeText? = nil, errors: [FormError] = []
    ) async throws -> UsersPage {
        let format = LocaleFormat(context.language)
        let zone = try await store.workspaceSettings().timeZone
        let units = try await store.units()
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) })
        return UsersPage(
            context: try await web.page(request, context, notice: notice, errors: errors),
            users: try await store.users().map { u in
                UsersPage.User(
                    id: u.id, email: u.email, role: u.role.rawValue, unitName: u.unitID.flatMap { unitNames[$0] },
                    lastLogin: u.lastLoginAt.map { format.dateTime($0, timeZone: zone) }, disabled: u.disabled)
            },
            tokens: try await store.apiTokens().filter { !$0.revoked }.map { token in
                UsersPage.Token(
                    id: token.id, name: token.name, role: token.role.rawValue,
                    created: format.dateTime(token.createdAt, timeZone: zone),
                    lastUsed: token.lastUsedAt.map { format.dateTime($0, timeZone: zone) })
            },
            units: units.map { SelectOption(value: $0.id, label: $0.name) })
    }
}
