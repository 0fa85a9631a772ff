import Hummingbird

/// Records every request in the server's metrics, by the matched route (not the raw path, to keep labels few).
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let metrics: ServerMetrics

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context, status: response.status.code, start: start)
            return response
        } catch {
            record(request, context, status: (error as? any HTTPResponseError)?.status.code ?? 500, start: start)
            throw error
        }
    }

    private func record(_ request: Request, _ context: AppContext, status: Int, start: ContinuousClock.Instant) {
        metrics.request(
            method: request.method.rawValue, route: context.endpointPath ?? "unmatched", status: status,
            duration: ContinuousClock.now - start)
    }
}
