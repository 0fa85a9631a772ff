import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The server-rendered web interface: sign-in, language, and the workspace pages.
struct WebRoutes {
    let store: Store
    let hasher: PasswordHasher
    let scopes: UnitScopeCache
    let configuration: ServerConfiguration
    let signInLimiter: RateLimiter
    /// The journey map's funnel counts, kept a few minutes.
    let funnelCounts = FunnelCountsCache()

    var session: WebSession { WebSession(configuration: configuration) }
    var web: WebContext { WebContext(store: store) }

    func register(in routes: inout RouteTable) {
        routes.get("/", .open) { _, context in
            Response.seeOther(context.principal == nil ? "/login" : "/dashboards")
        }
        routes.get("/assets/app.css", .open) { _, _ in
            var response = HTMLOutput.text(Stylesheet.css, contentType: "text/css; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
        routes.get("/assets/kpi-tv.js", .open) { _, _ in
            var response = HTMLOutput.text(KPIBoardPage.tvScript, contentType: "text/javascript; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
        registerSignIn(in: &routes)
        registerDashboards(in: &routes)
        registerJourneys(in: &routes)
        registerSurveyEditing(in: &routes)
        registerSurveyLinks(in: &routes)
        registerDirectory(in: &routes)
        registerAdministration(in: &routes)
        registerUnitEditing(in: &routes)
        registerUserEditing(in: &routes)
        registerCustomerEditing(in: &routes)
        registerIdentity(in: &routes)
        registerFunnels(in: &routes)
        registerSignals(in: &routes)
        registerSettings(in: &routes)
        registerAppearance(in: &routes)
        registerWebhooks(in: &routes)
        registerCases(in: &routes)
        registerCaseFollowUp(in: &routes)
        registerFeedback(in: &routes)
        registerTaxonomy(in: &routes)
        registerAlerts(in: &routes)
        registerObservations(in: &routes)
        registerImprovements(in: &routes)
        registerGoals(in: &routes)
        registerActionPlans(in: &routes)
        registerDrivers(in: &routes)
        registerChanges(in: &routes)
        registerPasswordReset(in: &routes)
    }

    private func registerSignIn(in routes: inout RouteTable) {
        routes.get("/login", .open) { request, context in
            let (language, languageCookies) = publicPageLanguage(request, context)
            let csrf = loginCSRF(request)
            let notice = request.query("notice").flatMap(NoticeText.init(rawValue:)).map { Localizer(language)($0) }
            var response = HTMLOutput.page(LoginPage(language: language, csrfToken: csrf.token, flash: notice).render())
            response.setCookies(languageCookies + [csrf.cookie])
            return response
        }
        routes.post("/login", .open) { request, context in
            let form = try await FormBody.read(request)
            let t = Localizer(context.language)
            let email = form.text("email")
            func failed(_ message: String, status: HTTPResponse.Status) -> Response {
                let csrf = loginCSRF(request)
                var response = HTMLOutput.page(
                    LoginPage(language: context.language, csrfToken: csrf.token, email: email, errorMessage: message).render(),
                    status: status)
                response.setCookie(csrf.cookie)
                return response
            }
            guard Self.loginCSRFMatches(form, request) else { return failed(t(ValidationText.formExpired), status: .forbidden) }
            // Too many attempts from this address, or too many failures for this account: refused
            // before the password is checked, alike for addresses no user has.
            func refused(for seconds: TimeInterval) -> Response {
                let later = Self.retryLater(seconds, t)
                var response = failed(later.message, status: .tooManyRequests)
                response.headers[.retryAfter] = later.retryAfter
                return response
            }
            if let wait = signInLimiter.admit(context.clientAddress) { return refused(for: wait) }
            let account = Secrets.hash(email.trimmingCharacters(in: .whitespaces).lowercased())
            let now = Date()
            if let until = try await store.loginLockedUntil(account: account, now: now) {
                return refused(for: until.timeIntervalSince(now))
            }
            let password = form["password"] ?? ""
            let credentials = try await store.credentials(email: email)
            let verified = try await hasher.verify(password, hash: credentials?.passwordHash ?? PasswordHasher.decoy)
            guard let credentials, verified, !credentials.user.disabled else {
                if let until = try await store.recordFailedLogin(
                    account: account, now: now, backoff: configuration.loginBackoff)
                {
                    return refused(for: until.timeIntervalSince(now))
                }
                return failed(t(ValidationText.invalidCredentials), status: .unauthorized)
            }
            try await store.clearFailedLogins(account: account)
            let token = Secrets.token()
            let csrf = Secrets.token()
            try await store.createSession(
                tokenHash: Secrets.hash(token), csrfToken: csrf, userID: credentials.user.id,
                expiresAt: Date().addingTimeInterval(configuration.sessionLifetime),
                replacing: request.cookies[AuthenticationMiddleware.sessionCookie].map { Secrets.hash($0.value) })
            let next = request.query("next").flatMap(Self.safeRedirect) ?? "/dashboards"
            var response = Response.seeOther(next)
            response.setCookies([
                session.cookie(
                    AuthenticationMiddleware.sessionCookie, token, maxAge: Int(configuration.sessionLifetime), request: request),
                session.expired(WebSession.loginCSRFCookie, request: request),
            ])
            return response
        }
        routes.post("/logout", .requires(.read)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            if let cookie = request.cookies[AuthenticationMiddleware.sessionCookie]?.value {
                try await store.deleteSession(tokenHash: Secrets.hash(cookie))
            }
            var response = Response.seeOther("/login?notice=signedOut")
            response.setCookie(session.expired(AuthenticationMiddleware.sessionCookie, request: request))
            return response
        }
        routes.post("/language", .requires(.read)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            guard let language = Language(rawValue: form.text("language")) else {
                throw AppError.badRequest(ValidationFailure(field: "language", "must be one of en, sv, da, nb, fi"))
            }
            if let user = context.user { try await store.setLanguage(language, forUser: user.id) }
            var response = Response.seeOther(Self.safeRedirect(form.text("return_to")) ?? "/journeys")
            response.setCookie(
                session.cookie(AuthenticationMiddleware.languageCookie, language.rawValue, maxAge: 31_536_000, request: request))
            return response
        }
    }

    /// What a refusal for `seconds` says (in whole minutes) and its `Retry-After` value.
    static func retryLater(_ seconds: TimeInterval, _ t: Localizer) -> (message: String, retryAfter: String) {
        (
            t(ValidationText.tooManySignIns, String(max(1, Int((seconds / 60).rounded(.up))))),
            String(max(1, Int(seconds.rounded(.up))))
        )
    }

    /// Only local paths are followed after sign-in or a language switch, never another site.
    static func safeRedirect(_ target: String) -> String? {
        guard target.hasPrefix("/"), !target.hasPrefix("//"), !target.contains("\\"), !target.contains("\r"),
            !target.contains("\n")
        else { return nil }
        return target
    }
}
