import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Password reset by e-mail: a form asks for the address, a single-use link that expires within the
/// hour is mailed, and its page sets the new password (ending every session of the account).
///
/// The answer to the form is the same whether or not the address has an account; the forms share
/// the sign-in's rate limit per client address and its anti-forgery cookie; links are built on the
/// configured public address, never on the request's Host header.
extension WebRoutes {
    func registerPasswordReset(in routes: inout RouteTable) {
        routes.get("/password/forgot", .open) { request, context in
            let (language, cookies) = publicPageLanguage(request, context)
            let csrf = loginCSRF(request)
            var response = HTMLOutput.page(
                ForgotPasswordPage(
                    language: language, csrfToken: csrf.token, sent: request.query("sent") == "1",
                    mailConfigured: configuration.mailTransport != nil
                ).render())
            response.setCookies(cookies + [csrf.cookie])
            return response
        }
        routes.post("/password/forgot", .open) { request, context in
            let form = try await FormBody.read(request)
            let t = Localizer(context.language)
            func page(_ message: String, status: HTTPResponse.Status) -> Response {
                let csrf = loginCSRF(request)
                var response = HTMLOutput.page(
                    ForgotPasswordPage(
                        language: context.language, csrfToken: csrf.token, sent: false,
                        mailConfigured: configuration.mailTransport != nil, errorMessage: message
                    ).render(), status: status)
                response.setCookie(csrf.cookie)
                return response
            }
            guard Self.loginCSRFMatches(form, request) else { return page(t(ValidationText.formExpired), status: .forbidden) }
            if let wait = signInLimiter.admit(context.clientAddress) {
                let later = Self.retryLater(wait, t)
                var response = page(later.message, status: .tooManyRequests)
                response.headers[.retryAfter] = later.retryAfter
                return response
            }
            let email = form.text("email").trimmingCharacters(in: .whitespacesAndNewlines)
            guard email.contains("@"), email.count <= 254, !email.contains(where: \.isNewline) else {
                return page(t(ValidationText.invalidEmail), status: .unprocessableContent)
            }
            guard configuration.mailTransport != nil else { return Response.seeOther("/password/forgot") }
            let token = Secrets.token()
            let link = "\(configuration.linkBase)/password/reset?token=\(token)"
            let (pageLanguage, lifetime, logger, store) = (
                context.language, configuration.passwordResetLifetime, context.logger, store
            )
            // The answer leaves before the address is looked up, so that its timing says nothing about
            // whether the address has an account.
            Task.detached {
                do {
                    try await store.requestPasswordReset(email: email, tokenHash: Secrets.hash(token), lifetime: lifetime) {
                        user in
                        let mail = Localizer(user.language ?? pageLanguage)
                        return OutgoingMail(
                            to: user.email, subject: mail(PasswordResetText.mailSubject),
                            body: mail(PasswordResetText.mailBody, user.email, link))
                    }
                } catch {
                    logger.error("queueing a password-reset e-mail failed", metadata: ["error": "\(error)"])
                }
            }
            return Response.seeOther("/password/forgot?sent=1")
        }
        routes.get("/password/reset", .open) { request, context in
            let (language, cookies) = publicPageLanguage(request, context)
            let token = request.query("token") ?? ""
            let user = token.isEmpty ? nil : try await store.passwordResetUser(tokenHash: Secrets.hash(token))
            let csrf = loginCSRF(request)
            var response = HTMLOutput.page(
                ResetPasswordPage(
                    language: language, csrfToken: csrf.token, token: user == nil ? nil : token, email: user?.email ?? ""
                ).render(), status: user == nil ? .gone : .ok)
            response.setCookies(cookies + [csrf.cookie])
            return response
        }
        routes.post("/password/reset", .open) { request, context in
            let form = try await FormBody.read(request)
            let t = Localizer(context.language)
            let token = form.text("token")
            func page(_ errors: [FormError], valid user: User?, status: HTTPResponse.Status) -> Response {
                let csrf = loginCSRF(request)
                var response = HTMLOutput.page(
                    ResetPasswordPage(
                        language: context.language, csrfToken: csrf.token, token: user == nil ? nil : token,
                        email: user?.email ?? "", errors: errors
                    ).render(), status: status)
                response.setCookie(csrf.cookie)
                return response
            }
            let user = token.isEmpty ? nil : try await store.passwordResetUser(tokenHash: Secrets.hash(token))
            guard Self.loginCSRFMatches(form, request) else {
                return page(
                    [FormError(field: "reset-password", message: t(ValidationText.formExpired))], valid: user, status: .forbidden)
            }
            if let wait = signInLimiter.admit(context.clientAddress) {
                let later = Self.retryLater(wait, t)
                var response = page(
                    [FormError(field: "reset-password", message: later.message)], valid: user, status: .tooManyRequests)
                response.headers[.retryAfter] = later.retryAfter
                return response
            }
            guard let user else { return page([], valid: nil, status: .gone) }
            let password = form.text("password")
            var errors: [FormError] = []
            do {
                try PasswordPolicy.check(password)
            } catch {
                let tooShort = password.count < PasswordPolicy.minimumLength
                errors.append(
                    FormError(
                        field: "reset-password", message: t(tooShort ? PasswordResetText.tooShort : PasswordResetText.tooLong)))
            }
            if form.text("repeat") != password {
                errors.append(FormError(field: "reset-repeat", message: t(PasswordResetText.mismatch)))
            }
            guard errors.isEmpty else { return page(errors, valid: user, status: .unprocessableContent) }
            let hash = try await hasher.hash(password)
            guard let changed = try await store.completePasswordReset(tokenHash: Secrets.hash(token), passwordHash: hash)
            else { return page([], valid: nil, status: .gone) }
            try await store.clearFailedLogins(account: Secrets.hash(changed.email.lowercased()))
            var response = Response.seeOther("/login?notice=passwordSet")
            response.setCookies([
                session.expired(WebSession.loginCSRFCookie, request: request),
                session.expired(AuthenticationMiddleware.sessionCookie, request: request),
            ])
            return response
        }
    }

    /// A new anti-forgery token for a form shown before sign-in, and the cookie that carries it.
    func loginCSRF(_ request: Request) -> (token: String, cookie: Cookie) {
        let token = Secrets.token()
        return (token, session.cookie(WebSession.loginCSRFCookie, token, maxAge: 3600, request: request))
    }

    /// Whether a pre-sign-in form carries the token of the anti-forgery cookie its page set.
    static func loginCSRFMatches(_ form: FormBody, _ request: Request) -> Bool {
        guard let expected = request.cookies[WebSession.loginCSRFCookie]?.value, let sent = form["csrf"] else { return false }
        return Secrets.constantTimeEquals(expected, sent)
    }

    /// The language of a page shown before sign-in: `?lang=` (remembered in a cookie) or the browser's.
    func publicPageLanguage(_ request: Request, _ context: AppContext) -> (Language, [Cookie]) {
        guard let code = request.query("lang"), let chosen = Language(rawValue: code) else { return (context.language, []) }
        return (
            chosen,
            [session.cookie(AuthenticationMiddleware.languageCookie, chosen.rawValue, maxAge: 31_536_000, request: request)]
        )
    }
}
