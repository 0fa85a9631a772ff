import CXMCore
import CXMStore
import Foundation
import HTTPTypes
import Hummingbird

/// Finds the principal behind a request: a Bearer API token or a session cookie. Never rejects by
/// itself; routes decide through their access rules. Credentials that are not valid (a revoked token,
/// another scheme) leave the request anonymous: open routes answer as usual, every other route 401.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let store: Store
    let scopes: UnitScopeCache

    static let sessionCookie = "cxm_session"
    static let languageCookie = "cxm_lang"

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            if header.lowercased().hasPrefix("bearer ") {
                let secret = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
                if let token = try await store.apiToken(secretHash: Secrets.hash(secret)) {
                    context.principal = Principal(
                        kind: .token(id: token.id), name: "token:\(token.name)", role: token.role,
                        visibleUnits: try await scopes.scope(for: token.role, unitID: token.unitID))
                }
            }
        } else if let cookie = request.cookies[Self.sessionCookie]?.value,
            let session = try await store.session(tokenHash: Secrets.hash(cookie))
        {
            // A browser session may call the API, but state changes must prove they come from our pages.
            if request.uri.path.hasPrefix("/api/"), ![.get, .head].contains(request.method) {
                let sent = request.headers[HTTPField.Name("X-CSRF-Token")!] ?? ""
                guard Secrets.constantTimeEquals(sent, session.csrfToken) else { throw AppError.csrfRejected }
            }
            context.user = session.user
            context.csrfToken = session.csrfToken
            context.principal = Principal(
                kind: .user(id: session.user.id), name: session.user.email, role: session.user.role,
                visibleUnits: try await scopes.scope(for: session.user.role, unitID: session.user.unitID))
        }
        context.language = Self.language(for: request, user: context.user)
        return try await next(request, context)
    }

    /// The user's choice, else the language cookie, else the browser's, else English.
    static func language(for request: Request, user: User?) -> Language {
        if let language = user?.language { return language }
        if let code = request.cookies[languageCookie]?.value, let language = Language(rawValue: code) { return language }
        return Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .en
    }
}

/// Resolves a role's visible units from the unit tree, re-reading the tree at most every few seconds.
actor UnitScopeCache {
    private let store: Store
    private var tree: UnitTree?
    private var loadedAt: Date = .distantPast

    init(store: Store) { self.store = store }

    func scope(for role: Role, unitID: String?) async throws -> Set<String>? {
        if role.scopeRule == .everything { return nil }
        return Principal.scope(for: role, unitID: unitID, in: try await currentTree())
    }

    func currentTree() async throws -> UnitTree {
        if let tree, Date().timeIntervalSince(loadedAt) < 5 { return tree }
        let fresh = try await store.unitTree()
        tree = fresh
        loadedAt = Date()
        return fresh
    }

    /// Forgets the cached tree after a unit changed.
    func invalidate() { tree = nil }
}
