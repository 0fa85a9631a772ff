import CXMServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Operations and the OpenAPI document")
struct OperationsTests {
    @Test func healthReadinessAndMetricsAnswer() async throws {
        try await TestServer.with { server, client in
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/ready", method: .get).status == .ok)
            _ = try await client.api(.get, "/api/v1/units", token: server.tokens[.admin])
            let metrics = try await client.execute(uri: "/metrics", method: .get).body.string
            #expect(metrics.contains("cxm_http_requests_total"))
            #expect(metrics.contains("route=\"/api/v1/units\""))
            #expect(metrics.contains("cxm_db_pool_acquisitions_total"))
        }
    }

    @Test func theOpenAPIDocumentDescribesExactlyTheRoutes() async throws {
        try await TestServer.with { server, client in
            let response = try await client.execute(uri: "/api/openapi.json", method: .get)
            let document = try #require(try response.body.json() as? [String: Any])
            #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let methods = ["get", "post", "put", "delete", "patch"]
            let documented = Set(
                paths.flatMap { path, operations in operations.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
                })
            let served = Set(
                server.built.routes
                    .filter { $0.path.hasPrefix("/api/") || ["/health", "/ready", "/metrics"].contains($0.path) }
                    .map { "\($0.method.rawValue) \($0.path)" })
            #expect(served.subtracting(documented).sorted() == [], "routes missing from the document")
            #expect(documented.subtracting(served).sorted() == [], "documented operations with no route")
        }
    }

    @Test func unknownAddressesAreProblemDetailsOnTheAPI() async throws {
        try await TestServer.with { server, client in
            let response = try await client.api(.get, "/api/v1/nothing-here", token: server.tokens[.admin])
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }
}
