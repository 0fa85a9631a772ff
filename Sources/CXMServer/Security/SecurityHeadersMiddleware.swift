import HTTPTypes
import Hummingbird

/// Headers every response carries, API and pages alike: no MIME sniffing, and once a request came
/// over TLS (or cookies are configured secure), HSTS, so that browsers keep to HTTPS for a year.
/// Pages add their content security policy themselves (`HTMLOutput`).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let session: WebSession

    static let hsts = "max-age=31536000; includeSubDomains"

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.xContentTypeOptions] == nil { response.headers[.xContentTypeOptions] = "nosniff" }
        if session.isSecure(request) { response.headers[.strictTransportSecurity] = Self.hsts }
        return response
    }
}
