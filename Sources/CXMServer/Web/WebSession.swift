import CXMCore
import Foundation
import HTTPTypes
import Hummingbird

/// Cookies of the web interface: the session, the pre-login CSRF token and the chosen language.
struct WebSession: Sendable {
    let configuration: ServerConfiguration

    static let loginCSRFCookie = "cxm_login_csrf"

    /// Secure when configured so, or when a TLS proxy says the request came over HTTPS.
    func isSecure(_ request: Request) -> Bool {
        configuration.secureCookies ?? (request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https")
    }

    func cookie(_ name: String, _ value: String, maxAge: Int?, request: Request, httpOnly: Bool = true) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: isSecure(request), httpOnly: httpOnly,
            sameSite: .lax)
    }

    func expired(_ name: String, request: Request) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }

    /// Rejects a state-changing form that does not carry the session's CSRF token.
    static func requireCSRF(_ form: FormBody, context: AppContext) throws {
        guard let expected = context.csrfToken, let sent = form["csrf"], Secrets.constantTimeEquals(expected, sent) else {
            throw AppError.csrfRejected
        }
    }
}

extension Response {
    mutating func setCookies(_ cookies: [Cookie]) {
        for cookie in cookies { setCookie(cookie) }
    }
}
