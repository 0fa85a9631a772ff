import CXMCore
import CXMStore
import Foundation
import Hummingbird

/// Users, API tokens, the audit log and `me` under /api/v1.
struct AccessAPI {
    let store: Store
    let hasher: PasswordHasher
    let scopes: UnitScopeCache

    struct UserInput: Decodable {
        var email: String
        var displayName: String?
        var role: Role
        var unitID: String?
        var language: Language?
        /// Omitted: cxm generates one and returns it once.
        var password: String?
        var disabled: Bool?
    }

    struct CreatedUser: Encodable, Sendable {
        var user: User
        /// Present only when cxm generated the password; shown this once.
        var generatedPassword: String?
    }

    struct TokenInput: Decodable {
        var name: String
        var role: Role
        var unitID: String?
    }

    struct CreatedToken: Encodable, Sendable {
        var token: APIToken
        /// The secret, shown this once; cxm keeps only its hash.
        var secret: String
    }

    struct Me: Encodable, Sendable {
        var name: String
        var role: Role
        var kind: String
        var visibleUnits: [String]?
    }

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/me", .requires(.read)) { _, context in
            let principal = try context.actor
            let kind = if case .user = principal.kind { "user" } else { "token" }
            return try JSONOutput.response(
                Me(name: principal.name, role: principal.role, kind: kind, visibleUnits: principal.visibleUnits?.sorted()))
        }

        routes.get("/api/v1/users", .requires(.manageUsers)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.users()))
        }
        routes.post("/api/v1/users", .requires(.manageUsers)) { request, context in
            let input = try await JSONInput.decode(UserInput.self, from: request, context: context)
            let created = try await createUser(input, by: context.actor.auditActor)
            var response = try JSONOutput.response(created, status: .created)
            response.headers[.location] = "/api/v1/users/\(created.user.id)"
            return response
        }
        routes.get("/api/v1/users/{id}", .requires(.manageUsers)) { _, context in
            try JSONOutput.response(try await store.user(try context.id()))
        }
        routes.put("/api/v1/users/{id}", .requires(.manageUsers)) { request, context in
            let input = try await JSONInput.decode(UserInput.self, from: request, context: context)
            var user = try await store.user(try context.id())
            if input.email.lowercased() != user.email {
                throw AppError.unprocessable(ValidationFailure(field: "email", "cannot be changed; create a new user instead"))
            }
            user.displayName = input.displayName ?? user.displayName
            user.role = input.role
            user.unitID = input.unitID
            user.language = input.language
            user.disabled = input.disabled ?? user.disabled
            return try JSONOutput.response(try await store.updateUser(user, by: context.actor.auditActor))
        }

        routes.get("/api/v1/tokens", .requires(.manageTokens)) { _, _ in
            try JSONOutput.response(ListBody(items: try await store.apiTokens()))
        }
        routes.post("/api/v1/tokens", .requires(.manageTokens)) { request, context in
            let input = try await JSONInput.decode(TokenInput.self, from: request, context: context)
            let created = try await createToken(input, by: try context.actor)
            return try JSONOutput.response(created, status: .created)
        }
        routes.delete("/api/v1/tokens/{id}", .requires(.manageTokens)) { _, context in
            try await store.revokeAPIToken(try context.id(), by: context.actor.auditActor)
            return Response(status: .noContent)
        }

        routes.get("/api/v1/audit", .requires(.readAudit)) { request, _ in
            let page = try await store.auditLog(
                entityType: request.query("entityType"), entityID: request.query("entityID"), page: try request.page())
            return try JSONOutput.response(PageBody(page))
        }
    }

    /// Creates a user with the given or a generated password.
    func createUser(_ input: UserInput, by actor: AuditActor) async throws -> CreatedUser {
        let password = input.password ?? Secrets.generatedPassword()
        if input.password != nil {
            do { try PasswordPolicy.check(password) } catch { throw AppError.unprocessable(error) }
        }
        let user = User(
            email: input.email, displayName: input.displayName ?? "", role: input.role, unitID: input.unitID,
            language: input.language, createdAt: Date(), disabled: input.disabled ?? false)
        let created = try await store.createUser(user, passwordHash: try await hasher.hash(password), by: actor)
        return CreatedUser(user: created, generatedPassword: input.password == nil ? password : nil)
    }

    /// Creates a token and returns its secret once.
    func createToken(_ input: TokenInput, by principal: Principal) async throws -> CreatedToken {
        let secret = Secrets.token(prefix: "cxm_")
        let token = APIToken(
            name: input.name, role: input.role, unitID: input.unitID, createdAt: Date(), createdBy: principal.name)
        try await store.createAPIToken(token, secretHash: Secrets.hash(secret), by: principal.auditActor)
        return CreatedToken(token: token, secret: secret)
    }
}
