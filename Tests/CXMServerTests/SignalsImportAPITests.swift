import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Signals imported from a CSV file")
struct SignalsImportAPITests {
    static func post(
        _ client: any TestClientProtocol, _ query: String, csv: String, token: String?
    ) async throws -> TestResponse {
        try await post(client, query, bytes: Array(csv.utf8), token: token)
    }

    static func post(
        _ client: any TestClientProtocol, _ query: String, bytes: [UInt8], token: String?
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "text/csv"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(
            uri: "/api/v1/signal-sources/desk/signals:import\(query)", method: .post, headers: headers,
            body: ByteBuffer(bytes: bytes))
    }

    /// A help desk's export: no type column, the ticket number under its own name.
    static func export(crm: String, category: String) -> String {
        let opened = SignalsAPITests.iso(SignalsAPITests.now.addingTimeInterval(-7200))
        let closed = SignalsAPITests.iso(SignalsAPITests.now.addingTimeInterval(-3600))
        return """
            Ticket no;account;openedAt;closedAt;category
            T-1;\(crm);\(opened);\(closed);\(category)
            T-2;no-such-account;\(opened);;billing
            T-3;\(crm);\(opened);;delivery

            """
    }

    @Test func goodRowsAreStoredBadOnesListedByLineAndAReImportStoresNothingTwice() async throws {
        try await TestServer.with { server, client in
            _ = try await SignalsAPITests.createDesk(server, client)
            let customer = try #require(
                try await server.store.customers(CustomerQuery(), page: PageRequest(limit: 1)).items.first)
            let crm = try #require(customer.identifiers.first { $0.system == "crm" }?.value)
            let token = server.tokens[.cxManager]
            let query = "?kind=ticket&map=Ticket%20no%3Did"

            let first = try await Self.post(client, query, csv: Self.export(crm: crm, category: "billing"), token: token)
            let again = try await Self.post(client, query, csv: Self.export(crm: crm, category: "billing"), token: token)
            let changed = try await Self.post(client, query, csv: Self.export(crm: crm, category: "invoice"), token: token)

            #expect(first.status == .ok)
            let body = try SignalsAPITests.results(first)
            #expect(body["stored"] as? Int == 2)
            let rejected = try #require(body["rejected"] as? [[String: Any]])
            #expect(rejected.map { $0["line"] as? Int } == [3])
            #expect((rejected.first?["reason"] as? String)?.contains("no-such-account") == true)
            let repeated = try SignalsAPITests.results(again)
            #expect(repeated["stored"] as? Int == 0 && repeated["duplicates"] as? Int == 2)
            let updated = try SignalsAPITests.results(changed)
            #expect(updated["stored"] as? Int == 0 && updated["updated"] as? Int == 1 && updated["duplicates"] as? Int == 1)
        }
    }

    @Test func aFileWhoseEveryRowIsRejectedAnswers422() async throws {
        try await TestServer.with { server, client in
            _ = try await SignalsAPITests.createDesk(server, client)
            let csv = "type,id,account,openedAt,category\nticket,T-1,no-such-account,2026-01-01T00:00:00Z,billing\n"

            let response = try await Self.post(client, "", csv: csv, token: server.tokens[.cxManager])

            #expect(response.status == .unprocessableContent)
            #expect(try SignalsAPITests.results(response)["stored"] as? Int == 0)
        }
    }

    @Test(
        "A bad header, kind or file is a bad request with the fix, before any row is stored",
        arguments: [
            ("", Array("id,account,Priority\nT-1,1001,high\n".utf8), "Priority=ignore"),
            ("?kind=lead", Array("id,account\nT-1,1001\n".utf8), "kind"),
            ("", Array("id,account\nT-1,1001\n".utf8), "type"),
            // Windows-1252: é is one byte that is not UTF-8.
            ("?kind=ticket", Array("id,account\nT-1,caf".utf8) + [0xE9, 0x0A], "UTF-8"),
        ])
    func badRequests(query: String, bytes: [UInt8], expected: String) async throws {
        try await TestServer.with { server, client in
            _ = try await SignalsAPITests.createDesk(server, client)

            let response = try await Self.post(client, query, bytes: bytes, token: server.tokens[.cxManager])

            #expect(response.status == .badRequest)
            #expect(response.body.string.contains(expected), "\(response.body.string)")
        }
    }

    @Test func aReaderMayNotImportSignals() async throws {
        try await TestServer.with { server, client in
            _ = try await SignalsAPITests.createDesk(server, client)

            let response = try await Self.post(
                client, "?kind=ticket", csv: "id,account\nT-1,1001\n", token: server.tokens[.viewer])

            #expect(response.status == .forbidden)
        }
    }
}
