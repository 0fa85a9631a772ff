import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Behavioural events and funnels over the API")
struct FunnelsAPITests {
    static func json(_ value: Any) -> String { SignalsAPITests.json(value) }
    static func body(_ response: TestResponse) throws -> [String: Any] { try SignalsAPITests.results(response) }

    static func createSite(_ server: TestServer, _ client: any TestClientProtocol, kinds: [String] = ["event"]) async throws {
        let created = try await client.api(
            .post, "/api/v1/signal-sources", token: server.tokens[.admin],
            json: Self.json(["id": "site", "name": "Web site", "kinds": kinds, "identifierMap": ["userId": "crm"]]))
        #expect(created.status == .created)
    }

    static func track(_ event: String, device: String, minutesAgo: Double, message: String) -> [String: Any] {
        [
            "type": "track", "event": event, "anonymousId": device,
            "timestamp": SignalsAPITests.iso(SignalsAPITests.now.addingTimeInterval(-minutesAgo * 60)), "messageId": message,
            "channel": "web", "properties": ["plan": "fibre"],
        ]
    }

    @Test func anEventBatchStoresGoodEventsAndNamesEachRefusedOneByItsField() async throws {
        try await TestServer.with { server, client in
            try await Self.createSite(server, client)
            let batch: [[String: Any]] = [
                Self.track("Cart Viewed", device: "d-1", minutesAgo: 10, message: "m-1"),
                ["type": "page", "name": "Checkout", "anonymousId": "d-1", "messageId": "m-2"],
                ["type": "track", "anonymousId": "d-2"],
                ["type": "track", "event": "Cart Viewed"],
                Self.track("Cart Viewed", device: "d-3", minutesAgo: -60, message: "m-3"),
                ["type": "track", "event": "Cart Viewed", "anonymousId": "d-4", "channel": "fax"],
                ["type": "identify", "anonymousId": "d-5"],
                ["type": "track", "event": "Cart Viewed", "anonymousId": "d-6", "timestamp": "yesterday"],
                Self.track("Cart Viewed", device: "d-1", minutesAgo: 10, message: "m-1"),
            ]
            let sent = try await client.api(
                .post, "/api/v1/signal-sources/site/events:batch", token: server.tokens[.cxManager],
                json: Self.json(["batch": batch]))
            #expect(sent.status == .ok)
            let result = try Self.body(sent)
            #expect(result["stored"] as? Int == 2)
            #expect(result["duplicates"] as? Int == 1)
            #expect(result["rejected"] as? Int == 6)
            let items = try #require(result["results"] as? [[String: Any]])
            func fields(_ index: Int) -> [String] {
                let item = items.first { $0["index"] as? Int == index }
                return (item?["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            }
            #expect(fields(2) == ["event"])
            #expect(fields(3) == ["userId"])
            #expect(fields(4) == ["timestamp"])
            #expect(fields(5) == ["channel"])
            #expect(fields(6) == ["type"])
            #expect(fields(7) == ["timestamp"])
            #expect(items.first { $0["index"] as? Int == 8 }?["status"] as? String == "duplicate")

            // Everything refused: 422, nothing stored.
            let refused = try await client.api(
                .post, "/api/v1/signal-sources/site/events:batch", token: server.tokens[.admin],
                json: Self.json(["batch": [["type": "track"]]]))
            #expect(refused.status == .unprocessableContent)
            // Readers may not send events; a source that does not send events says so.
            let viewer = try await client.api(
                .post, "/api/v1/signal-sources/site/events:batch", token: server.tokens[.viewer],
                json: Self.json(["batch": batch]))
            #expect(viewer.status == .forbidden)
            let desk = try await client.api(
                .post, "/api/v1/signal-sources", token: server.tokens[.admin],
                json: Self.json(["id": "desk", "name": "Desk", "kinds": ["ticket"]]))
            #expect(desk.status == .created)
            let wrongSource = try await client.api(
                .post, "/api/v1/signal-sources/desk/events:batch", token: server.tokens[.admin], json: Self.json(["batch": batch])
            )
            #expect(wrongSource.status == .badRequest)
            #expect(wrongSource.body.string.contains("kinds"))
            // A signal batch may not carry events.
            let asSignal = try await client.api(
                .post, "/api/v1/signal-sources/site/signals:batch", token: server.tokens[.admin],
                json: Self.json(["signals": [["type": "event", "id": "e-1"]]]))
            #expect(asSignal.status == .unprocessableContent)
            #expect(asSignal.body.string.contains("events:batch"))
        }
    }

    /// A batch over 256 kB is decoded and checked in slices of 2,500 on several cores: the refused events of
    /// the second slice are named at their positions in the whole batch, with the same reasons.
    @Test func aLargeBatchIsCheckedInSlicesAndNamesRefusedEventsAtTheirPlaceInTheBatch() async throws {
        try await TestServer.with { server, client in
            try await Self.createSite(server, client)
            var batch = (0..<2_990).map { Self.track("Page Viewed", device: "d-\($0 % 50)", minutesAgo: 30, message: "p-\($0)") }
            batch += [
                ["type": "track", "anonymousId": "d-2"],
                ["type": "track", "event": "Cart Viewed", "anonymousId": "d-4", "channel": "fax"],
                ["type": "track", "event": "Cart Viewed", "anonymousId": "d-6", "timestamp": "yesterday"],
                Self.track("Page Viewed", device: "d-1", minutesAgo: 30, message: "p-7"),
            ]
            let body = Self.json(["batch": batch])
            #expect(body.utf8.count > 256 * 1024)
            let sent = try await client.api(
                .post, "/api/v1/signal-sources/site/events:batch", token: server.tokens[.cxManager], json: body)
            #expect(sent.status == .ok)
            let result = try Self.body(sent)
            #expect(result["stored"] as? Int == 2_990)
            #expect(result["rejected"] as? Int == 3)
            #expect(result["duplicates"] as? Int == 1)
            let items = try #require(result["results"] as? [[String: Any]])
            #expect(items.compactMap { $0["index"] as? Int } == [2_990, 2_991, 2_992, 2_993])
            let fields = items.map { item in
                (item["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            }
            #expect(fields == [["event"], ["channel"], ["timestamp"], ["messageId"]])
            #expect(result["received"] == nil)

            // A body of another shape is read whole, with the usual error.
            let trailing = try await client.api(
                .post, "/api/v1/signal-sources/site/events:batch", token: server.tokens[.cxManager], json: body + " x")
            #expect(trailing.status == .badRequest)
        }
    }

    @Test func aFunnelReportShowsEachStepsConversionAndDropOff() async throws {
        try await TestServer.with { server, client in
            try await Self.createSite(server, client)
            var batch: [[String: Any]] = []
            for visitor in 0..<40 {
                let device = "v-\(visitor)"
                batch.append(Self.track("Cart Viewed", device: device, minutesAgo: 120, message: "\(device)-1"))
                if visitor < 30 {
                    batch.append(Self.track("Checkout Started", device: device, minutesAgo: 118, message: "\(device)-2"))
                }
                if visitor < 12 {
                    batch.append(Self.track("Order Completed", device: device, minutesAgo: 110, message: "\(device)-3"))
                }
            }
            let sent = try await client.api(
                .post, "/api/v1/signal-sources/site/events:batch", token: server.tokens[.admin], json: Self.json(["batch": batch])
            )
            #expect(try Self.body(sent)["stored"] as? Int == batch.count)

            let definition: [String: Any] = [
                "name": "Web checkout", "windowMinutes": 30,
                "steps": [
                    ["event": "Cart Viewed"], ["event": "Checkout Started", "label": "Checkout"],
                    ["event": "Order Completed", "touchpointID": "tp-web-order"],
                ],
            ]
            let forbidden = try await client.api(
                .post, "/api/v1/funnels", token: server.tokens[.analyst], json: Self.json(definition))
            #expect(forbidden.status == .forbidden)
            let created = try await client.api(
                .post, "/api/v1/funnels", token: server.tokens[.cxManager], json: Self.json(definition))
            #expect(created.status == .created)
            let id = try #require(try Self.body(created)["id"] as? String)

            let read = try await client.api(.get, "/api/v1/funnels/\(id)/report", token: server.tokens[.viewer])
            #expect(read.status == .ok)
            let report = try Self.body(read)
            let steps = try #require(report["steps"] as? [[String: Any]])
            #expect(steps.map { $0["actors"] as? Int } == [40, 30, 12])
            #expect(steps.map { $0["droppedOff"] as? Int } == [0, 10, 18])
            #expect(steps[1]["title"] as? String == "Checkout")
            #expect(steps[2]["touchpointID"] as? String == "tp-web-order")
            #expect(report["largestDropOffStep"] as? Int == 3)
            let converted = try #require(report["converted"] as? [String: Any])
            #expect(converted["share"] as? Double == 0.3)
            let interval = try #require(converted["interval"] as? [String: Double])
            #expect(interval["low"]! < 0.3 && interval["high"]! > 0.3)
            #expect(report["smallSample"] as? Bool == false)
            let channels = try #require(report["channels"] as? [[String: Any]])
            #expect(channels.map { $0["channel"] as? String } == ["web"])

            // Bad definitions and filters name their field.
            let oneStep = try await client.api(
                .put, "/api/v1/funnels/\(id)", token: server.tokens[.admin],
                json: Self.json(["name": "X", "steps": [["event": "Cart Viewed"]]]))
            #expect(oneStep.status == .unprocessableContent)
            #expect(oneStep.body.string.contains("\"steps\""))
            let unknownPrompt = try await client.api(
                .put, "/api/v1/funnels/\(id)", token: server.tokens[.admin],
                json: Self.json(["name": "X", "steps": [["event": "A", "feedbackLinkID": "nope"], ["event": "B"]]]))
            #expect(unknownPrompt.status == .unprocessableContent)
            #expect(unknownPrompt.body.string.contains("steps[0].feedbackLinkID"))
            let backwards = try await client.api(
                .get, "/api/v1/funnels/\(id)/report?from=2026-03-02&to=2026-03-01", token: server.tokens[.admin])
            #expect(backwards.status == .badRequest)
            let segment = try await client.api(
                .get, "/api/v1/funnels/\(id)/report?segment=nope", token: server.tokens[.admin])
            #expect(segment.status == .badRequest)
            #expect(segment.body.string.contains("segment"))

            let deleted = try await client.api(.delete, "/api/v1/funnels/\(id)", token: server.tokens[.admin])
            #expect(deleted.status == .noContent)
            let gone = try await client.api(.get, "/api/v1/funnels/\(id)", token: server.tokens[.admin])
            #expect(gone.status == .notFound)
        }
    }
}

@Suite("The demo's checkout funnel on the pages")
struct FunnelWebTests {
    @Test func theJourneyMapAndTheFunnelPageShowTheDemosCheckoutDropOff() async throws {
        try await TestServer.with { server, client in
            let viewer = try await WebSurveyEditTests.signIn(.viewer, server, client)
            // The demo of the tests ends on 2026-05-29; its site visits are in the 60 days before.
            let period = "from=2026-03-30&to=2026-05-29"
            let map = try await client.page("/dashboards/journeys/journey-becoming-customer?\(period)", as: viewer)
            #expect(map.status == .ok)
            #expect(map.body.string.contains("Digital funnel"))
            #expect(map.body.string.contains("Web checkout, Payment Entered:"))
            #expect(map.body.string.contains("href=\"/funnels/funnel-web-checkout\""))

            let list = try await client.page("/funnels", as: viewer)
            #expect(list.status == .seeOther || list.status == .found)
            let page = try await client.page("/funnels/funnel-web-checkout?\(period)", as: viewer)
            #expect(page.status == .ok)
            for step in ["Plan Viewed", "Added to Cart", "Checkout Started", "Payment Entered", "Order Completed"] {
                #expect(page.body.string.contains(step))
            }
            #expect(page.body.string.contains("By entry channel"))
            let missing = try await client.page("/funnels/nope", as: viewer)
            #expect(missing.status == .notFound)
        }
    }

    @Test func theDemosOtherSystemsAreLoadedThroughTheirChecks() async throws {
        try await TestServer.with { server, client in
            #expect(server.demo.signals > 0)
            #expect(server.demo.events > 0)
            let sources = try await server.store.signalSources().map(\.id)
            // By name: Billing, Help desk, Network operations centre, Web shop and app.
            #expect(sources == ["billing", "helpdesk", "noc", "web"])
            let incidents = try await server.store.incidents(visibleUnits: nil, page: PageRequest(limit: 10)).items
            #expect(incidents.contains { $0.incident.title == "Fibre outage in western Norway" && $0.namedCustomers > 0 })

            // The help desk's year as experience figures; a team lead counts their units' tickets only.
            let period = "from=2025-06-01&to=2026-05-29"
            let all = try SignalsAPITests.results(
                try await client.api(.get, "/api/v1/ticket-metrics?\(period)", token: server.tokens[.admin]))
            let tickets = try #require(all["tickets"] as? Int)
            #expect(tickets > 20)
            #expect((all["contactRate"] as? [String: Any])?["n"] as? Int == 300)
            #expect(all["firstContactResolution"] != nil)
            #expect((all["byTouchpoint"] as? [[String: Any]])?.isEmpty == false)
            let lead = try SignalsAPITests.results(
                try await client.api(.get, "/api/v1/ticket-metrics?\(period)", token: server.tokens[.teamLead]))
            #expect(try #require(lead["tickets"] as? Int) < tickets)
            let bad = try await client.api(.get, "/api/v1/ticket-metrics?from=soon", token: server.tokens[.admin])
            #expect(bad.status == .badRequest)
        }
    }
}
