import CXMCore
import CXMServer
import Foundation
import HummingbirdTesting
import Testing

@Suite("What other systems know, as drivers of the scores")
struct SignalDriverAPITests {
    @Test func ticketsBeforeAnswersBecomeADriverOfTheirScores() async throws {
        try await TestServer.with { server, client in
            var scope = DriverScope(from: LocalDay(year: 2025, month: 6, day: 1), to: LocalDay(year: 2026, month: 5, day: 29))
            scope.answering = "nps"
            var picked: [String: LocalDay] = [:]
            for row in try await server.store.driverRows(scope) where row.signals.isEmpty {
                if let customer = row.customerID, picked[customer] == nil, picked.count < 30 { picked[customer] = row.day }
            }
            try #require(picked.count == 30)
            let created = try await client.api(
                .post, "/api/v1/signal-sources", token: server.tokens[.admin],
                json: SignalsAPITests.json([
                    "id": "desk", "name": "Help desk", "kinds": ["ticket"], "identifierMap": ["account": "crm"],
                ]))
            #expect(created.status == .created)
            let zone = TimeZone(identifier: try await server.store.workspaceSettings().timeZone)!
            var tickets: [[String: Any]] = []
            for (customer, day) in picked.sorted(by: { $0.key < $1.key }) {
                let crm = try #require(try await server.store.customer(customer).identifiers.first { $0.system == "crm" })
                tickets.append([
                    "type": "ticket", "id": "T-\(customer)", "customer": ["account": crm.value],
                    "openedAt": SignalsAPITests.iso(day.start(in: zone).addingTimeInterval(-2 * 86_400)), "category": "billing",
                ])
            }
            let sent = try await client.api(
                .post, "/api/v1/signal-sources/desk/signals:batch", token: server.tokens[.admin],
                json: SignalsAPITests.json(["signals": tickets]))
            #expect(try SignalsAPITests.results(sent)["stored"] as? Int == 30)

            let response = try await client.api(
                .get, "/api/v1/drivers?outcome=nps&level=response&replicates=20&from=2025-06-01&to=2026-05-29",
                token: server.tokens[.analyst])
            #expect(response.status == .ok)
            let report = try #require(try SignalsAPITests.results(response)["report"] as? [String: Any])
            let listed =
                (report["drivers"] as? [[String: Any]] ?? []) + (report["excluded"] as? [[String: Any]] ?? [])
            let signal = try #require(
                listed.compactMap { $0["driver"] as? [String: Any] }.first { $0["id"] as? String == "signal:ticket-30d" })
            #expect(signal["kind"] as? String == "signal")
            #expect(signal["label"] as? String == "Contacted support in the 30 days before")
            // Anonymous answers are left out of it, not counted as "no".
            let n = try #require(signal["n"] as? Int)
            #expect(n < (report["n"] as? Int ?? 0))
        }
    }
}
