import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Web interface")
struct WebTests {
    @Test func signingInSetsAHardenedSessionCookieAndOpensTheJourneys() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            #expect(user.loginResponse.status == .seeOther)
            #expect(user.loginResponse.headers[.location] == "/dashboards")
            let cookie = try #require(user.loginResponse.headers[values: .setCookie].first { $0.hasPrefix("cxm_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            let journeys = try await client.page("/journeys", as: user)
            #expect(journeys.status == .ok)
            #expect(journeys.body.string.contains("Becoming a customer") || journeys.body.string.contains("/journeys/"))
            #expect(journeys.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
        }
    }

    /// Session fixation: whatever session cookie the browser held before, signing in issues a new
    /// token and ends the session the old one named.
    @Test func signingInRotatesTheSession() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let first = try await client.signIn(email: admin.email, password: admin.password)
            let second = try await client.signIn(email: admin.email, password: admin.password, presenting: first.cookie)
            #expect(second.cookie.hasPrefix("cxm_session="))
            #expect(second.cookie != first.cookie)
            let old = try await client.page("/journeys", as: first)
            #expect(old.status == .seeOther)
            #expect(old.headers[.location]?.hasPrefix("/login") == true)
            #expect(try await client.page("/journeys", as: second).status == .ok)
            // A token chosen by someone else before sign-in is never adopted.
            let planted = "cxm_session=planted-by-an-attacker"
            let third = try await client.signIn(email: admin.email, password: admin.password, presenting: planted)
            #expect(third.cookie != planted)
            #expect(
                try await client.page("/journeys", as: WebUser(cookie: planted, csrf: "", loginResponse: third.loginResponse))
                    .status == .seeOther)
            #expect(try await client.page("/journeys", as: second).status == .ok)
        }
    }

    @Test func aWrongPasswordIsRefusedWithAnAlertAndNoSession() async throws {
        try await TestServer.with { server, client in
            let user = try await client.signIn(email: server.login(.admin).email, password: "wrong-password")
            #expect(user.loginResponse.status == .unauthorized)
            #expect(user.loginResponse.body.string.contains("role=\"alert\""))
            #expect(!user.loginResponse.headers[values: .setCookie].contains { $0.hasPrefix("cxm_session=") })
        }
    }

    /// Five wrong passwords lock the account for a minute (the fifth is already refused), even
    /// against the right password; other accounts sign in as before.
    @Test func failedSignInsLockTheAccountWithBackoff() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            for _ in 1...4 {
                #expect(try await client.signIn(email: admin.email, password: "wrong").loginResponse.status == .unauthorized)
            }
            let fifth = try await client.signIn(email: admin.email.uppercased(), password: "wrong").loginResponse
            #expect(fifth.status == .tooManyRequests)
            #expect(fifth.headers[.retryAfter] == "60")
            #expect(fifth.body.string.contains("Too many sign-in attempts. Try again in 1 min."))
            let right = try await client.signIn(email: admin.email, password: admin.password).loginResponse
            #expect(right.status == .tooManyRequests)
            let other = server.login(.cxManager)
            #expect(try await client.signIn(email: other.email, password: other.password).loginResponse.status == .seeOther)
            // An address no user has is counted alike, so a lock reveals nothing.
            for _ in 1...4 { _ = try await client.signIn(email: "nobody@example.com", password: "x") }
            #expect(
                try await client.signIn(email: "nobody@example.com", password: "x").loginResponse.status == .tooManyRequests)
        }
    }

    /// One client address may try a limited number of sign-ins, whichever accounts it names.
    @Test func signInsFromOneAddressAreRateLimited() async throws {
        try await TestServer.with(configure: { $0.signInLimit = RateLimit(burst: 3, interval: 60) }) { server, client in
            let admin = server.login(.admin)
            for _ in 1...3 {
                #expect(try await client.signIn(email: admin.email, password: "wrong").loginResponse.status == .unauthorized)
            }
            let other = server.login(.viewer)
            let limited = try await client.signIn(email: other.email, password: other.password).loginResponse
            #expect(limited.status == .tooManyRequests)
            // A token every 60 s, less the time the three attempts took (which a loaded machine stretches).
            #expect(limited.headers[.retryAfter].flatMap { Int($0) }.map { (1...60).contains($0) } == true)
        }
    }

    @Test func behindTLSTheCookieIsSecureAndBrowsersAreToldToKeepToHTTPS() async throws {
        try await TestServer.with { server, client in
            let page = try await client.execute(
                uri: "/login", method: .get, headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
            let cookie = try #require(page.headers[values: .setCookie].first { $0.hasPrefix("cxm_login_csrf=") })
            #expect(cookie.contains("Secure"))
            #expect(page.headers[.strictTransportSecurity] == "max-age=31536000; includeSubDomains")
            let api = try await client.api(
                .get, "/api/v1/units", token: server.tokens[.admin], headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
            #expect(api.headers[.strictTransportSecurity] != nil)
            #expect(api.headers[.xContentTypeOptions] == "nosniff")
            // Plain HTTP (a local server without a proxy): no HSTS, which would lock browsers out of it.
            let plain = try await client.execute(uri: "/login", method: .get)
            #expect(plain.headers[.strictTransportSecurity] == nil)
            #expect(plain.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
        }
    }

    /// A revoked or foreign token makes a request anonymous: open routes answer, every other route
    /// says 401 in JSON (an API client never gets a redirect to the sign-in page, which looped).
    @Test func invalidCredentialsLeaveTheRequestAnonymousAndNeverRedirectAnAPIClient() async throws {
        try await TestServer.with { server, client in
            for header in ["Bearer cxm_revoked", "Basic YWRtaW46YWRtaW4="] {
                let headers: HTTPFields = [.authorization: header]
                #expect(try await client.execute(uri: "/health", method: .get, headers: headers).status == .ok)
                #expect(try await client.execute(uri: "/login", method: .get, headers: headers).status == .ok)
                let api = try await client.execute(uri: "/api/v1/units", method: .get, headers: headers)
                #expect(api.status == .unauthorized)
                #expect(api.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                let page = try await client.execute(uri: "/journeys", method: .get, headers: headers)
                #expect(page.status == .unauthorized)
                #expect(page.headers[.location] == nil)
            }
            // A browser without credentials is still sent to sign in.
            let browser = try await client.execute(uri: "/journeys", method: .get)
            #expect(browser.status == .seeOther)
            #expect(browser.headers[.location] == "/login?next=%2Fjourneys")
        }
    }

    @Test func formsWithoutTheSessionsCSRFTokenAreRefused() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let forged = try await client.post("/journeys", form: [("name", "Forged"), ("csrf", "guess")], as: user)
            #expect(forged.status == .forbidden)
            #expect(try await server.store.journeySummaries().allSatisfy { $0.journey.name != "Forged" })
            let real = try await client.post("/journeys", form: [("name", "Real"), ("csrf", user.csrf)], as: user)
            #expect(real.status == .seeOther)
            #expect(try await server.store.journeySummaries().contains { $0.journey.name == "Real" })
            let apiWithoutHeader = try await client.execute(
                uri: "/api/v1/journeys", method: .post, headers: [.cookie: user.cookie, .contentType: "application/json"],
                body: ByteBuffer(string: #"{"name": "Via API"}"#))
            #expect(apiWithoutHeader.status == .forbidden)
        }
    }

    @Test(arguments: [
        (Language.sv, "Kundresor"), (.da, "Kunderejser"), (.nb, "Kundereiser"), (.fi, "Asiakaspolut"), (.en, "Journeys"),
    ])
    func theChosenLanguageIsRemembered(language: Language, journeysLabel: String) async throws {
        try await TestServer.with { server, client in
            let lead = server.login(.teamLead)
            let user = try await client.signIn(email: lead.email, password: lead.password)
            let switched = try await client.post(
                "/language", form: [("language", language.rawValue), ("return_to", "/units"), ("csrf", user.csrf)], as: user)
            #expect(switched.status == .seeOther)
            #expect(switched.headers[.location] == "/units")
            let page = try await client.page("/journeys", as: user)
            #expect(page.body.string.contains("<html lang=\"\(language.localeIdentifier)\""))
            #expect(page.body.string.contains(">\(journeysLabel)<"))
        }
    }

    @Test func editedTextIsShownEscaped() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.cxManager)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let touchpoint = try #require(try await server.store.touchpoints().first)
            let payload = #"<script>alert("x")</script><img src=x onerror=alert(1)>"#
            let saved = try await client.post(
                "/touchpoints/\(touchpoint.id)",
                form: [
                    ("name", touchpoint.name), ("channel", touchpoint.channelID), ("unit", touchpoint.ownerUnitID),
                    ("desired_feeling", payload), ("functional_needs", "one\ntwo\n\n"), ("csrf", user.csrf),
                ], as: user)
            #expect(saved.status == .seeOther)
            let stage = try await server.store.stage(touchpoint.stageID)
            let page = try await client.page("/journeys/\(stage.journeyID)", as: user).body.string
            #expect(!page.contains(payload))
            #expect(page.contains("&lt;script&gt;"))
            #expect(try await server.store.touchpoint(touchpoint.id).functionalNeeds == ["one", "two"])
        }
    }

    @Test func anInvalidTouchpointFormIsShownAgainWithTheErrorAtTheField() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let touchpoint = try #require(try await server.store.touchpoints().first)
            let response = try await client.post(
                "/touchpoints/\(touchpoint.id)",
                form: [("name", "  "), ("channel", touchpoint.channelID), ("unit", touchpoint.ownerUnitID), ("csrf", user.csrf)],
                as: user)
            #expect(response.status == .unprocessableContent)
            #expect(response.body.string.contains("href=\"#touchpoint-name\""))
            #expect(try await server.store.touchpoint(touchpoint.id).name == touchpoint.name)
        }
    }

    @Test func aTeamLeadCannotOpenTheUsersPageAndSignsOut() async throws {
        try await TestServer.with { server, client in
            let lead = server.login(.teamLead)
            let user = try await client.signIn(email: lead.email, password: lead.password)
            let users = try await client.page("/users", as: user)
            #expect(users.status == .forbidden)
            #expect(users.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(!(try await client.page("/journeys", as: user)).body.string.contains("href=\"/users\""))
            let out = try await client.post("/logout", form: [("csrf", user.csrf)], as: user)
            #expect(out.status == .seeOther)
            let after = try await client.page("/journeys", as: user)
            #expect(after.status == .seeOther)
            #expect(after.headers[.location]?.hasPrefix("/login") == true)
        }
    }

    @Test func aScopedTokenNeedsAUnitAndIsShownOnce() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            let missing = try await client.post(
                "/tokens", form: [("name", "kiosk"), ("role", "frontline"), ("unit", ""), ("csrf", user.csrf)], as: user)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.body.string.contains("href=\"#token-unit\""))
            let unit = try #require(server.login(.frontline).unitID)
            let created = try await client.post(
                "/tokens", form: [("name", "kiosk"), ("role", "frontline"), ("unit", unit), ("csrf", user.csrf)], as: user)
            #expect(created.status == .created)
            let secret = try #require(created.body.string.firstMatch(of: /cxm_[A-Za-z0-9_-]{43}/).map { String($0.0) })
            let me = try await client.api(.get, "/api/v1/me", token: secret)
            #expect((try me.body.json() as? [String: Any])?["visibleUnits"] as? [String] == [unit])
        }
    }

    @Test func pagesListTheDemoCompany() async throws {
        try await TestServer.with { server, client in
            let admin = server.login(.admin)
            let user = try await client.signIn(email: admin.email, password: admin.password)
            for path in ["/units", "/customers", "/surveys", "/users", "/audit", "/customers?q=a&page=2"] {
                let page = try await client.page(path, as: user)
                #expect(page.status == .ok, "\(path) answered \(page.status)")
            }
            let customer = try #require(
                try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 1)).items.first)
            #expect(try await client.page("/customers/\(customer.id)", as: user).status == .ok)
            let survey = try #require(try await server.store.surveys().first)
            #expect(try await client.page("/surveys/\(survey.id)", as: user).body.string.contains(survey.name))
        }
    }
}
