import CXMCore
import HTTPTypes
import Hummingbird

/// Registers routes on the router together with their access rules, and remembers them so that tests
/// can hold the list against the OpenAPI document and the authorisation matrix.
struct RouteTable {
    let router: Router<AppContext>
    private(set) var entries: [RouteEntry] = []

    init(router: Router<AppContext>) { self.router = router }

    mutating func add(
        _ method: HTTPRequest.Method, _ path: String, _ rule: AccessRule,
        _ handler: @escaping @Sendable (Request, AppContext) async throws -> Response
    ) {
        precondition(
            !entries.contains { $0.method == method && $0.path == path }, "\(method) \(path) is registered twice")
        entries.append(RouteEntry(method: method, path: path, rule: rule))
        router.on(RouterPath(path), method: method) { request, context in
            try rule.check(context.principal)
            return try await handler(request, context)
        }
    }

    mutating func get(
        _ path: String, _ rule: AccessRule, _ handler: @escaping @Sendable (Request, AppContext) async throws -> Response
    ) {
        add(.get, path, rule, handler)
    }

    mutating func post(
        _ path: String, _ rule: AccessRule, _ handler: @escaping @Sendable (Request, AppContext) async throws -> Response
    ) {
        add(.post, path, rule, handler)
    }

    mutating func put(
        _ path: String, _ rule: AccessRule, _ handler: @escaping @Sendable (Request, AppContext) async throws -> Response
    ) {
        add(.put, path, rule, handler)
    }

    mutating func patch(
        _ path: String, _ rule: AccessRule, _ handler: @escaping @Sendable (Request, AppContext) async throws -> Response
    ) {
        add(.patch, path, rule, handler)
    }

    mutating func delete(
        _ path: String, _ rule: AccessRule, _ handler: @escaping @Sendable (Request, AppContext) async throws -> Response
    ) {
        add(.delete, path, rule, handler)
    }
}
