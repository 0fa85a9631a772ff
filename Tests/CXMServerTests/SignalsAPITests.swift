import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Signals from other systems")
struct SignalsAPITests {
    static func json(_ value: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    static func iso(_ date: Date) -> String { date.formatted(.iso8601) }

    /// One clock reading for every record, so that a repeated delivery carries the same times.
    static let now = Date()

    /// Creates a help-desk source as the administrator and returns its secret.
    static func createDesk(
        _ server: TestServer, _ client: any TestClientProtocol, policy: String = "reject"
    ) async throws -> String {
        let created = try await client.api(
            .post, "/api/v1/signal-sources", token: server.tokens[.admin],
            json: json([
                "id": "Desk", "name": "Help desk", "kinds": ["ticket", "incident"],
                "identifierMap": ["requester": "email", "account": "crm"], "unknownCustomers": policy,
            ]))
        #expect(created.status == .created)
        let body = try JSONSerialization.jsonObject(with: Data(created.body.string.utf8)) as! [String: Any]
        #expect(body["id"] as? String == "desk")
        #expect(body["webhookURL"] as? String == "/api/v1/signal-sources/desk/webhook")
        let secret = try #require(body["webhookSecret"] as? String)
        #expect(secret.hasPrefix("whsec_"))
        let listed = try await client.api(.get, "/api/v1/signal-sources", token: server.tokens[.admin])
        #expect(listed.body.string.contains("\"desk\"") && !listed.body.string.contains(secret))
        return secret
    }

    static func ticket(_ id: String, customer: [String: String], category: String = "billing") -> [String: Any] {
        [
            "type": "ticket", "id": id, "customer": customer, "openedAt": iso(now.addingTimeInterval(-7200)),
            "closedAt": iso(now.addingTimeInterval(-3600)), "category": category, "channel": "email",
        ]
    }

    static func results(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as! [String: Any]
    }

    @Test func aBatchStoresUpdatesDeduplicatesAndRefusesEachRecordByItself() async throws {
        try await TestServer.with { server, client in
            _ = try await Self.createDesk(server, client)
            let customers = try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 2)).items
            let crm = try #require(customers[0].identifiers.first { $0.system == "crm" }?.value)
            let otherCRM = try #require(customers[1].identifiers.first { $0.system == "crm" }?.value)
            let email = try #require(customers[0].identifiers.first { $0.system == "email" }?.value)
            var late = Self.ticket("T-3", customer: ["account": crm])
            late["openedAt"] = Self.iso(Date().addingTimeInterval(86_400))
            let batch = Self.json([
                "signals": [
                    Self.ticket("T-1", customer: ["account": crm]),
                    Self.ticket("T-2", customer: ["account": "no-such-account"]),
                    late,
                    Self.ticket("T-4", customer: ["account": otherCRM, "requester": email]),
                    ["type": "churn", "id": "C-1", "customer": ["account": crm]],
                ]
            ])

            let first = try await client.api(
                .post, "/api/v1/signal-sources/desk/signals:batch", token: server.tokens[.cxManager], json: batch)

            #expect(first.status == .ok)
            let body = try Self.results(first)
            #expect(body["stored"] as? Int == 2)
            #expect(body["rejected"] as? Int == 3)
            #expect(body["inReview"] as? Int == 1)
            let items = try #require(body["results"] as? [[String: Any]])
            #expect(items.map { $0["status"] as? String } == ["stored", "rejected", "rejected", "stored", "rejected"])
            let fields = items.map { (($0["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String } }
            #expect(fields == [[], ["customer"], ["openedAt", "closedAt"], [], ["type", "at", "reason"]])
            #expect(items[3]["reviewID"] is String)

            // The same delivery again is a duplicate; a changed ticket is updated under the same id.
            let again = try await client.api(
                .post, "/api/v1/signal-sources/desk/signals:batch", token: server.tokens[.cxManager],
                json: Self.json(["signals": [Self.ticket("T-1", customer: ["account": crm])]]))
            let changed = try await client.api(
                .post, "/api/v1/signal-sources/desk/signals:batch", token: server.tokens[.cxManager],
                json: Self.json(["signals": [Self.ticket("T-1", customer: ["account": crm], category: "delivery")]]))
            let repeated = try #require((try Self.results(again)["results"] as? [[String: Any]])?.first)
            let updated = try #require((try Self.results(changed)["results"] as? [[String: Any]])?.first)
            #expect(repeated["status"] as? String == "duplicate")
            #expect(updated["status"] as? String == "updated")
            #expect(updated["id"] as? String == items[0]["id"] as? String)
        }
    }

    @Test func aSourceThatMayCreateCustomersCreatesThemOnce() async throws {
        try await TestServer.with { server, client in
            _ = try await Self.createDesk(server, client, policy: "create")
            let batch = Self.json([
                "signals": [
                    Self.ticket("N-1", customer: ["requester": "New.Person@Example.se"]),
                    Self.ticket("N-2", customer: ["requester": "new.person@example.se"]),
                ]
            ])
            let response = try await client.api(
                .post, "/api/v1/signal-sources/desk/signals:batch", token: server.tokens[.admin], json: batch)
            let items = try #require(try Self.results(response)["results"] as? [[String: Any]])
            let created = items.compactMap { $0["createdCustomerID"] as? String }
            #expect(created.count == 1)
            let customer = try await server.store.customer(
                identifiedBy: CustomerIdentifier(system: "email", value: "new.person@example.se"))
            #expect(customer?.id == created.first)
        }
    }

    @Test func theWebhookTakesOnlyDeliveriesSignedWithTheSourcesSecret() async throws {
        try await TestServer.with { server, client in
            let secret = try await Self.createDesk(server, client)
            let customers = try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 1)).items
            let crm = try #require(customers[0].identifiers.first { $0.system == "crm" }?.value)
            let body = Self.json(["signals": [Self.ticket("W-1", customer: ["account": crm])]])
            let now = Int(Date().timeIntervalSince1970)
            func headers(secret: String, timestamp: Int) -> HTTPFields {
                var fields = HTTPFields()
                for (name, value) in WebhookSignature.headers(id: "msg-1", timestamp: timestamp, body: body, secret: secret) {
                    fields[HTTPField.Name(name)!] = value
                }
                return fields
            }

            let signed = try await client.api(
                .post, "/api/v1/signal-sources/desk/webhook", token: nil, json: body,
                headers: headers(secret: secret, timestamp: now))
            let forged = try await client.api(
                .post, "/api/v1/signal-sources/desk/webhook", token: nil, json: body,
                headers: headers(secret: WebhookSecret.make(), timestamp: now))
            let stale = try await client.api(
                .post, "/api/v1/signal-sources/desk/webhook", token: nil, json: body,
                headers: headers(secret: secret, timestamp: now - 3600))
            let unsigned = try await client.api(.post, "/api/v1/signal-sources/desk/webhook", token: nil, json: body)
            let unknown = try await client.api(
                .post, "/api/v1/signal-sources/nobody/webhook", token: nil, json: body,
                headers: headers(secret: secret, timestamp: now))

            #expect(signed.status == .ok)
            #expect(try Self.results(signed)["stored"] as? Int == 1)
            for refused in [forged, stale, unsigned, unknown] {
                #expect(refused.status == .unauthorized)
                #expect(refused.headers[.contentType] == "application/problem+json")
            }
            #expect(stale.body.string.contains("five minutes"))
            #expect(unsigned.body.string.contains("webhook-id"))
        }
    }
}

@Suite("The customer time line")
struct TimelineAPITests {
    @Test func aCustomersTimelineShowsTheirTicketsBesideTheirAnswersAndPages() async throws {
        try await TestServer.with { server, client in
            _ = try await SignalsAPITests.createDesk(server, client)
            let answered = try await server.store.responses(ResponseQuery(), page: PageRequest(limit: 200)).items
            let customerID = try #require(answered.compactMap(\.customerID).first)
            let customer = try await server.store.customer(customerID)
            let crm = try #require(customer.identifiers.first { $0.system == "crm" }?.value)
            _ = try await client.api(
                .post, "/api/v1/signal-sources/desk/signals:batch", token: server.tokens[.admin],
                json: SignalsAPITests.json(["signals": [SignalsAPITests.ticket("TL-1", customer: ["account": crm])]]))

            let first = try await client.api(
                .get, "/api/v1/customers/\(customerID)/timeline?limit=1", token: server.tokens[.analyst])
            let body = try SignalsAPITests.results(first)
            let items = try #require(body["items"] as? [[String: Any]])
            #expect(first.status == .ok)
            #expect(items.first?["kind"] as? String == "ticket")
            #expect((items.first?["ticket"] as? [String: Any])?["externalID"] as? String == "TL-1")
            let next = try #require(body["next"] as? String)
            let second = try await client.api(
                .get, "/api/v1/customers/\(customerID)/timeline?after=\(next)", token: server.tokens[.analyst])
            let rest = try #require(try SignalsAPITests.results(second)["items"] as? [[String: Any]])
            #expect(rest.contains { $0["kind"] as? String == "response" })
            #expect(!rest.contains { $0["id"] as? String == items.first?["id"] as? String })

            let page = try await client.page(
                "/customers/\(customerID)",
                as: try await client.signIn(email: "analyst@demo.cxm.example", password: "demo-analyst"))
            #expect(page.body.string.contains("Support ticket"))
            let bad = try await client.api(
                .get, "/api/v1/customers/\(customerID)/timeline?after=yesterday", token: server.tokens[.analyst])
            #expect(bad.status == .badRequest)
        }
    }
}

@Suite("Identity review and merges")
struct IdentityAPITests {
    @Test func aReviewerLinksOrMergesAndCanUndoTheMerge() async throws {
        try await TestServer.with { server, client in
            _ = try await SignalsAPITests.createDesk(server, client)
            let customers = try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 3)).items
            let crm = customers.map { $0.identifiers.first { $0.system == "crm" }!.value }
            let token = server.tokens[.cxManager]
            _ = try await client.api(
                .post, "/api/v1/signal-sources/desk/signals:batch", token: token,
                json: SignalsAPITests.json([
                    "signals": [
                        SignalsAPITests.ticket("A-1", customer: ["account": crm[0], "crm": crm[1]]),
                        SignalsAPITests.ticket("A-2", customer: ["account": crm[0], "crm": crm[2]]),
                    ]
                ]))
            let open = try SignalsAPITests.results(try await client.api(.get, "/api/v1/identity-reviews", token: token))
            let reviews = try #require(open["items"] as? [[String: Any]])
            #expect(reviews.count == 2)
            let first = try #require(reviews.first { ($0["candidates"] as? [String])?.contains(customers[1].id) == true })
            let firstID = try #require(first["id"] as? String)

            let wrong = try await client.api(
                .post, "/api/v1/identity-reviews/\(firstID)/link", token: token, json: #"{"customerID": "\#(customers[2].id)"}"#)
            let linked = try await client.api(
                .post, "/api/v1/identity-reviews/\(firstID)/link", token: token, json: #"{"customerID": "\#(customers[1].id)"}"#)
            let again = try await client.api(.post, "/api/v1/identity-reviews/\(firstID)/dismiss", token: token)
            #expect(wrong.status == .unprocessableContent)
            #expect(linked.status == .ok && linked.body.string.contains("\"linked\""))
            #expect(again.status == .conflict)

            // Merging the second review's candidates settles it; the undo reopens it.
            let merged = try await client.api(
                .post, "/api/v1/customers/\(customers[0].id)/merge", token: token, json: #"{"merged": "\#(customers[2].id)"}"#)
            #expect(merged.status == .ok)
            let mergeID = try #require(try SignalsAPITests.results(merged)["id"] as? String)
            let gone = try await client.api(.get, "/api/v1/customers/\(customers[2].id)", token: token)
            #expect(gone.status == .notFound)
            let left = try SignalsAPITests.results(try await client.api(.get, "/api/v1/identity-reviews", token: token))
            #expect((left["total"] as? Int) == 0)

            let undone = try await client.api(.post, "/api/v1/customer-merges/\(mergeID)/undo", token: token)
            let twice = try await client.api(.post, "/api/v1/customer-merges/\(mergeID)/undo", token: token)
            #expect(undone.status == .ok)
            #expect(twice.status == .conflict)
            #expect(try await client.api(.get, "/api/v1/customers/\(customers[2].id)", token: token).status == .ok)
            let reopened = try SignalsAPITests.results(try await client.api(.get, "/api/v1/identity-reviews", token: token))
            #expect((reopened["total"] as? Int) == 1)
            let viewer = try await client.api(.get, "/api/v1/identity-reviews", token: server.tokens[.viewer])
            #expect(viewer.status == .forbidden)
        }
    }
}

@Suite("Identity review and merges in the browser")
struct IdentityWebTests {
    @Test func aCXManagerResolvesAReviewAndMergesAndUndoesOnThePages() async throws {
        try await TestServer.with { server, client in
            _ = try await SignalsAPITests.createDesk(server, client)
            let customers = try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 2)).items
            let crm = customers.map { $0.identifiers.first { $0.system == "crm" }!.value }
            _ = try await client.api(
                .post, "/api/v1/signal-sources/desk/signals:batch", token: server.tokens[.admin],
                json: SignalsAPITests.json([
                    "signals": [SignalsAPITests.ticket("W-1", customer: ["account": crm[0], "crm": crm[1]])]
                ]))
            let user = try await client.signIn(email: "cx@demo.cxm.example", password: "demo-cx")

            let list = try await client.page("/customers", as: user)
            let reviews = try await client.page("/identity-reviews", as: user)
            #expect(list.body.string.contains("href=\"/identity-reviews\""))
            #expect(reviews.body.string.contains("href=\"/customers/\(customers[0].id)\""))
            let reviewID = try #require(reviews.body.string.firstMatch(of: /identity-reviews\/([^\/"]+)\/link/)?.1)
            let linked = try await client.post(
                "/identity-reviews/\(reviewID)/link", form: [("customer", customers[1].id), ("csrf", user.csrf)], as: user)
            #expect(linked.status == .seeOther)
            #expect(try await server.store.signal(.ticket, source: "desk", externalID: "W-1")?.customerID == customers[1].id)

            let unknown = try await client.post(
                "/customers/\(customers[0].id)/merge", form: [("other", "crm:nobody"), ("csrf", user.csrf)], as: user)
            #expect(unknown.status == .unprocessableContent && unknown.body.string.contains("id=\"merge-other\""))
            let merged = try await client.post(
                "/customers/\(customers[0].id)/merge", form: [("other", "crm:\(crm[1])"), ("csrf", user.csrf)], as: user)
            #expect(merged.status == .seeOther)
            let page = try await client.page("/customers/\(customers[0].id)", as: user)
            let undo = try #require(page.body.string.firstMatch(of: /action="(\/customer-merges\/[^"]+\/undo)"/)?.1)
            let undone = try await client.post(String(undo), form: [("csrf", user.csrf)], as: user)
            #expect(undone.status == .seeOther)
            #expect(try await server.store.customer(customers[1].id).id == customers[1].id)

            let viewer = try await client.signIn(email: "viewer@demo.cxm.example", password: "demo-viewer")
            #expect(try await client.page("/identity-reviews", as: viewer).status == .forbidden)
            #expect(!(try await client.page("/customers/\(customers[0].id)", as: viewer)).body.string.contains("merge-other"))
        }
    }
}

@Suite("Incidents and what they cost")
struct IncidentsAPITests {
    @Test func anIncidentsCostFollowsTheConfiguredValueAndOnlyAdminsSetIt() async throws {
        try await TestServer.with { server, client in
            _ = try await SignalsAPITests.createDesk(server, client)
            let customers = try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 2)).items
            let crm = customers.map { $0.identifiers.first { $0.system == "crm" }!.value }
            let start = SignalsAPITests.now.addingTimeInterval(-4 * 3600)
            _ = try await client.api(
                .post, "/api/v1/signal-sources/desk/signals:batch", token: server.tokens[.admin],
                json: SignalsAPITests.json([
                    "signals": [
                        [
                            "type": "incident", "id": "INC-9", "title": "Checkout down", "severity": "critical",
                            "startedAt": SignalsAPITests.iso(start),
                            "endedAt": SignalsAPITests.iso(start.addingTimeInterval(3600)),
                            "customers": [["account": crm[0]], ["account": crm[1]]],
                        ]
                    ]
                ]))
            let refused = try await client.api(
                .put, "/api/v1/incident-valuation-settings", token: server.tokens[.cxManager],
                json: #"{"valuePerCustomerMinute": 3}"#)
            let saved = try await client.api(
                .put, "/api/v1/incident-valuation-settings", token: server.tokens[.admin], json: #"{"valuePerCustomerMinute": 3}"#
            )
            let bad = try await client.api(
                .put, "/api/v1/incident-valuation-settings", token: server.tokens[.admin], json: #"{"weeksAfter": 99}"#)
            #expect(refused.status == .forbidden && saved.status == .ok && bad.status == .unprocessableContent)

            let list = try SignalsAPITests.results(
                try await client.api(.get, "/api/v1/incidents", token: server.tokens[.analyst]))
            let item = try #require((list["items"] as? [[String: Any]])?.first)
            #expect(item["namedCustomers"] as? Int == 2)
            let id = try #require((item["incident"] as? [String: Any])?["id"] as? String)
            let valued = try SignalsAPITests.results(
                try await client.api(.get, "/api/v1/incidents/\(id)/valuation", token: server.tokens[.analyst]))
            let valuation = try #require(valued["valuation"] as? [String: Any])
            #expect(valuation["customerMinutes"] as? Double == 120)
            #expect(valuation["estimatedCost"] as? Double == 360)
        }
    }
}
