import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

/// The real application on a temporary SQLite database holding a small demo company,
/// with one API token per role.
struct TestServer {
    let store: Store
    let built: BuiltApplication
    let tokens: [Role: String]
    let demo: DemoLoader.Summary

    static let logger: Logger = {
        var logger = Logger(label: "cxm.server-test")
        logger.logLevel = .critical
        return logger
    }()

    /// Builds a fresh server, runs the body with a client on the router, and removes the database.
    static func with<T: Sendable>(
        configure: (inout ServerConfiguration) -> Void = { _ in },
        _ body: @Sendable (TestServer, any TestClientProtocol) async throws -> T
    ) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cxm-server-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try await Database.open(.sqlite(path: folder.appendingPathComponent("cxm.sqlite").path), logger: logger)
        do {
            try await Migrator(database: database, logger: logger).migrate()
            let store = Store(database: database)
            let hasher = PasswordHasher(cost: 4)
            let demo = try await DemoLoader(store: store, hasher: hasher).load(
                endDate: Date(timeIntervalSince1970: 1_780_000_000), customerCount: 300, responseCount: 600, logger: logger)
            var tokens: [Role: String] = [:]
            for login in demo.logins {
                let secret = Secrets.token(prefix: "cxm_")
                let token = APIToken(
                    name: "test-\(login.role.rawValue)", role: login.role, unitID: login.unitID, createdAt: Date(),
                    createdBy: "test")
                try await store.createAPIToken(token, secretHash: Secrets.hash(secret), by: .system)
                tokens[login.role] = secret
            }
            var configuration = ServerConfiguration(passwordHashCost: 4)
            // The background sweeps would race the tests that run them by hand (and load the machine).
            configuration.caseEscalationEvery = nil
            configuration.alertCheckEvery = nil
            configuration.driverAnalysisEvery = nil
            configuration.funnelProgressEvery = nil
            configure(&configuration)
            let built = buildApplication(configuration: configuration, store: store, logger: logger)
            let server = TestServer(store: store, built: built, tokens: tokens, demo: demo)
            let result = try await built.application.test(.router) { client in try await body(server, client) }
            await database.shutdown()
            return result
        } catch {
            await database.shutdown()
            throw error
        }
    }

    func login(_ role: Role) -> DemoLogin { demo.logins.first { $0.role == role }! }
}

extension TestClientProtocol {
    /// A JSON request with a role's token.
    func api(
        _ method: HTTPRequest.Method, _ uri: String, token: String?, json: String? = nil, headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    /// Signs in through the login form and returns the session cookie and the page's CSRF token.
    /// `presenting` is a session cookie the browser already holds (`cxm_session=…`).
    func signIn(email: String, password: String, presenting previous: String? = nil) async throws -> WebUser {
        let page = try await execute(uri: "/login", method: .get)
        let loginCSRF = try #require(page.body.string.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1)
        let cookie = try #require(
            page.headers[values: .setCookie].first { $0.hasPrefix("cxm_login_csrf=") }?.prefix { $0 != ";" })
        let form = "email=\(email.formEncoded)&password=\(password.formEncoded)&csrf=\(String(loginCSRF).formEncoded)"
        let response = try await execute(
            uri: "/login", method: .post,
            headers: [
                .contentType: "application/x-www-form-urlencoded",
                .cookie: ([String(cookie)] + (previous.map { [$0] } ?? [])).joined(separator: "; "),
            ], body: ByteBuffer(string: form))
        guard response.status == .seeOther,
            let session = response.headers[values: .setCookie].first(where: { $0.hasPrefix("cxm_session=") })
        else { return WebUser(cookie: "", csrf: "", loginResponse: response) }
        let sessionCookie = String(session.prefix { $0 != ";" })
        let journeys = try await execute(uri: "/journeys", method: .get, headers: [.cookie: sessionCookie])
        let csrf = journeys.body.string.firstMatch(of: /name="csrf" value="([^"]+)"/).map { String($0.1) } ?? ""
        return WebUser(cookie: sessionCookie, csrf: csrf, loginResponse: response)
    }

    func page(_ uri: String, as user: WebUser) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: [.cookie: user.cookie])
    }

    func post(_ uri: String, form: [(String, String)], as user: WebUser) async throws -> TestResponse {
        let body = form.map { "\($0.0)=\($0.1.formEncoded)" }.joined(separator: "&")
        return try await execute(
            uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: user.cookie],
            body: ByteBuffer(string: body))
    }
}

/// A signed-in browser: its session cookie and the CSRF token its pages carry.
struct WebUser: Sendable {
    var cookie: String
    var csrf: String
    var loginResponse: TestResponse
}

extension String {
    var formEncoded: String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
    }
}

extension ByteBuffer {
    var string: String { String(buffer: self) }

    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(buffer: self), options: [.fragmentsAllowed]) }
}
