import CXMCore
import CXMServer
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Complaints: the public form and the API")
struct ComplaintTests {
    static let store = "unit-se-store-goteborg-nordstan"

    static func post(_ client: any TestClientProtocol, _ fields: [(String, String)]) async throws -> TestResponse {
        try await client.execute(
            uri: "/complaint?lang=sv", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: fields.map { "\($0.0)=\($0.1.formEncoded)" }.joined(separator: "&")))
    }

    @Test func aCustomerComplainsInSwedishWithoutSigningInAndACaseOpensInTheStoresQueue() async throws {
        try await TestServer.with { server, client in
            let t = Localizer(.sv)
            let form = try await client.execute(uri: "/complaint", method: .get, headers: [.acceptLanguage: "sv-SE,sv"])
            #expect(form.status == .ok)
            #expect(form.body.string.contains(t(ComplaintText.title)) && form.body.string.contains(t(ComplaintText.consent)))
            #expect(form.body.string.contains(#"<option value="\#(Self.store)">Göteborg Nordstan</option>"#))

            // Nothing said, and consent without a way to reply: both named in Swedish, the rest kept.
            let empty = try await Self.post(client, [("text", " "), ("name", "Anna"), ("consent", "on")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.body.string.contains(t(ComplaintText.textRequired)))
            #expect(empty.body.string.contains(t(ComplaintText.contactRequired)) && empty.body.string.contains(#"value="Anna""#))

            let customer = try #require(
                try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 200)).items.first {
                    $0.identifiers.contains { $0.system == "email" }
                })
            let email = try #require(customer.identifiers.first { $0.system == "email" }).value
            let sent = try await Self.post(
                client,
                [
                    ("text", "Routern jag köpte fungerar inte och ingen i butiken kunde hjälpa mig."), ("store", Self.store),
                    ("name", "Anna"), ("email", email), ("consent", "on"), ("website", ""),
                ])
            #expect(sent.status == .created)
            let cases = try await server.store.cases(CaseQuery(units: [Self.store], order: .newest), page: PageRequest())
            let opened = try #require(cases.items.first { $0.source == .complaint })
            #expect(opened.priority == .high && opened.customerID == customer.id && opened.complaintID != nil)
            #expect(sent.body.string.contains(t(ComplaintText.thanksReference, String(opened.number))))
            #expect(sent.body.string.contains(t(ComplaintText.thanksContact)))
            let complaint = try await server.store.complaint(try #require(opened.complaintID))
            #expect(complaint.email == email && complaint.caseID == opened.id && complaint.language == .sv)
            let events = try await server.store.caseEvents(opened.id)
            #expect(events.first?.text?.hasPrefix("Routern jag köpte") == true)

            // A robot filling the hidden field is thanked, and nothing is kept.
            let before = try await server.store.cases(CaseQuery(statuses: Set(CaseStatus.allCases)), page: PageRequest()).total
            let robot = try await Self.post(client, [("text", "Buy cheap watches"), ("website", "http://spam.example")])
            #expect(robot.status == .ok)
            #expect(
                try await server.store.cases(CaseQuery(statuses: Set(CaseStatus.allCases)), page: PageRequest()).total == before)

            // Erasing the customer takes the complaint and its case.
            try await server.store.eraseCustomer(customer.id, by: .system)
            await #expect(throws: StoreError.self) { try await server.store.complaint(complaint.id) }
        }
    }

    @Test func integrationsSubmitComplaintsOverTheAPI() async throws {
        try await TestServer.with { server, client in
            let cx = try #require(server.tokens[.cxManager])
            let created = try await client.api(
                .post, "/api/v1/complaints", token: cx,
                json:
                    #"{"text": "Invoice charged twice", "touchpointID": "tp-first-bill", "name": "Bo", "email": "bo@example.se", "language": "en"}"#
            )
            #expect(created.status == .created)
            let body = try #require(try created.body.json() as? [String: Any])
            let complaint = try #require(body["complaint"] as? [String: Any])
            #expect(complaint["email"] == nil && complaint["name"] == nil)  // no consent: not kept
            let record = try #require(body["case"] as? [String: Any])
            #expect(record["source"] as? String == "complaint" && record["unitID"] as? String == "unit-billing-operations")
            let id = try #require(complaint["id"] as? String)
            #expect(try await client.api(.get, "/api/v1/complaints/\(id)", token: server.tokens[.analyst]).status == .ok)
            #expect(try await client.api(.get, "/api/v1/complaints/\(id)", token: server.tokens[.frontline]).status == .notFound)
            let bad = try await client.api(
                .post, "/api/v1/complaints", token: cx, json: #"{"text": "x", "consentToContact": true, "touchpointID": "nope"}"#)
            #expect(bad.status == .unprocessableContent && bad.body.string.contains("email"))
            #expect(
                try await client.api(.post, "/api/v1/complaints", token: server.tokens[.frontline], json: #"{"text": "x"}"#)
                    .status == .forbidden)
        }
    }
}
