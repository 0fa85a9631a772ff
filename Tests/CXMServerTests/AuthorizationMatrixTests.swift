import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// Every registered route × every role: a role the rule allows is never refused, any other role always is,
/// and nobody unauthenticated gets past a non-open rule. Routes cannot be registered without a rule.
@Suite("Authorisation matrix")
struct AuthorizationMatrixTests {
    @Test func everyRouteAnswersEveryRoleAsItsRuleSays() async throws {
        try await TestServer.with { server, client in
            #expect(server.built.routes.count > 60)
            for route in server.built.routes {
                let uri = route.path.replacingOccurrences(of: "{version}", with: "1").replacingOccurrences(
                    of: "{id}", with: "no-such-id")
                let body = [.post, .put].contains(route.method) ? "{}" : nil
                for role in Role.allCases {
                    let response = try await client.api(route.method, uri, token: server.tokens[role], json: body)
                    let refused = response.status == .forbidden && response.body.string.contains("may not do this")
                    switch route.rule {
                    case .open:
                        // An inbound webhook's credential is its signature, whatever token comes with it.
                        let unsigned = response.status == .unauthorized && response.body.string.contains("signature")
                        #expect(
                            !refused && (response.status != .unauthorized || unsigned),
                            "\(route.method) \(route.path) refused \(role)")
                    case .requires(let permission):
                        if role.allows(permission) {
                            #expect(!refused && response.status != .unauthorized, "\(route.method) \(route.path) refused \(role)")
                        } else {
                            #expect(refused, "\(route.method) \(route.path) let \(role) through with \(response.status)")
                        }
                    }
                }
                if case .requires = route.rule {
                    let anonymous = try await client.api(route.method, uri, token: nil, json: body)
                    let bounced =
                        anonymous.status == .unauthorized
                        || (anonymous.status == .seeOther && anonymous.headers[.location]?.hasPrefix("/login") == true)
                    #expect(bounced, "\(route.method) \(route.path) answered \(anonymous.status) without sign-in")
                }
            }
        }
    }

    @Test func anInvalidTokenIsRefusedOnRoutesThatNeedOne() async throws {
        try await TestServer.with { _, client in
            let response = try await client.api(.get, "/api/v1/units", token: "cxm_forged")
            #expect(response.status == .unauthorized)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }

    @Test func aTeamLeadSeesOnlyTheirOwnUnits() async throws {
        try await TestServer.with { server, client in
            let lead = server.login(.teamLead)
            let token = server.tokens[.teamLead]
            let tree = try await server.store.unitTree()
            let visible = tree.subtree(of: try #require(lead.unitID))
            let units = try await client.api(.get, "/api/v1/units", token: token)
            let unitIDs = try #require(try units.body.json() as? [String: Any])["items"] as? [[String: Any]]
            #expect(Set(unitIDs?.compactMap { $0["id"] as? String } ?? []) == visible)

            let responses = try await client.api(.get, "/api/v1/responses?limit=1000", token: token)
            let items = try #require((try responses.body.json() as? [String: Any])?["items"] as? [[String: Any]])
            #expect(!items.isEmpty)
            #expect(items.allSatisfy { visible.contains($0["unitID"] as? String ?? "") })

            let outside = try await server.store.responses(ResponseQuery(), page: PageRequest(limit: 1000))
            let foreign = try #require(outside.items.first { !visible.contains($0.unitID) })
            let hidden = try await client.api(.get, "/api/v1/responses/\(foreign.id)", token: token)
            #expect(hidden.status == .notFound)
            let seen = try await client.api(.get, "/api/v1/responses/\(foreign.id)", token: server.tokens[.analyst])
            #expect(seen.status == .ok)
        }
    }
}
