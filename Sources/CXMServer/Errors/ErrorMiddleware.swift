import CXMCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into JSON problem details on the API and a readable page elsewhere; logs the unexpected.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext
    /// Renders an HTML error page for a status, a message and the request's language.
    let renderPage: @Sendable (_ problem: Problem, _ context: AppContext) -> String

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Problem.from(error)
            if problem.status >= 500 {
                context.logger.error(
                    "request failed",
                    metadata: ["error": "\(String(reflecting: error))", "route": "\(context.endpointPath ?? "unmatched")"])
            }
            // API clients (an API path, credentials in a header, or JSON asked for) get problem details,
            // never a redirect to the sign-in page.
            if request.uri.path.hasPrefix("/api/") || request.headers[.authorization] != nil
                || request.headers[.accept]?.contains("application/json") == true
                    && !(request.headers[.accept]?.contains("text/html") ?? false)
            {
                return JSONOutput.problem(problem)
            }
            if problem.status == 401 && request.uri.path != "/login" {
                let target = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
                return Response.seeOther(
                    "/login?next=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
            }
            return HTMLOutput.page(renderPage(problem, context), status: problem.httpStatus)
        }
    }
}
