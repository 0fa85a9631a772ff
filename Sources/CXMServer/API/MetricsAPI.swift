import CXMCore
import CXMStore
import Hummingbird
import NIOCore

/// Metrics under /api/v1: any metric by any grouping, with n, interval, flags and test results.
struct MetricsAPI {
    let metrics: MetricService

    func register(in routes: inout RouteTable) {
        routes.get("/api/v1/metrics", .requires(.read)) { request, context in
            let parameters = Dictionary(
                request.uri.queryParameters.map { (String($0.key), String($0.value)) }, uniquingKeysWith: { _, last in last })
            let result = try await metrics.evaluate(parameters, for: try context.actor)
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: result.jsonText())))
        }
    }
}
