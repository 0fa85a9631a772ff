import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Observations and improvements over the API")
struct ImprovementsAPITests {
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try response.body.json() as? [String: Any], "\(response.status): \(response.body.string)")
    }

    @Test func frontlineObservationsBecomeAnImprovementThatMovesOnlyWithTheReasonsItNeeds() async throws {
        try await TestServer.with { server, client in
            let frontline = try #require(server.tokens[.frontline])
            let lead = try #require(server.tokens[.teamLead])
            let cx = try #require(server.tokens[.cxManager])
            let viewer = try #require(server.tokens[.viewer])
            let ownUnit = try #require(server.login(.frontline).unitID)

            // Staff record what they hear; their own unit is taken, and the text's language and themes are read.
            let observation =
                #"{"text": "Kunderna klagar på den långa kön vid kassan", "frequency": "daily"}"#
            let recorded = try await client.api(.post, "/api/v1/observations", token: frontline, json: observation)
            #expect(recorded.status == .created)
            let first = try Self.json(recorded)
            #expect(first["unitID"] as? String == ownUnit && first["language"] as? String == "sv")
            #expect((first["themeIDs"] as? [String])?.isEmpty == false)
            let observationID = try #require(first["id"] as? String)
            #expect(try await client.api(.post, "/api/v1/observations", token: viewer, json: observation).status == .forbidden)
            let empty = try await client.api(.post, "/api/v1/observations", token: frontline, json: #"{"text": " "}"#)
            #expect(empty.status == .unprocessableContent && empty.body.string.contains("\"text\""))

            // A colleague backs it once; the author cannot vote for their own.
            #expect(
                try await client.api(.put, "/api/v1/observations/\(observationID)/vote", token: frontline).status
                    == .unprocessableContent)
            let voted = try await client.api(.put, "/api/v1/observations/\(observationID)/vote", token: lead)
            #expect(try Self.json(voted)["votes"] as? Int == 1)
            let comment = try await client.api(
                .post, "/api/v1/observations/\(observationID)/comments", token: lead, json: #"{"text": "Samma här på lördagar"}"#)
            #expect(comment.status == .created)
            let list = try Self.json(try await client.api(.get, "/api/v1/observations", token: lead))
            let groups = try #require(list["groups"] as? [[String: Any]])
            #expect(groups.contains { ($0["observations"] as? [String])?.contains(observationID) == true })

            // A team lead proposes an improvement from it; evidence they cannot see is refused.
            let hidden = try await server.store.recordObservation(
                ObservationDraft(text: "Elsewhere", unitID: "unit-no-store-oslo-storo"), language: .nb, themeIDs: [],
                visibleUnits: nil, by: .system)
            let refused = try await client.api(
                .post, "/api/v1/improvements", token: lead,
                json: #"{"title": "x", "evidence": [{"kind": "observation", "id": "\#(hidden.id)"}]}"#)
            #expect(refused.status == .unprocessableContent && refused.body.string.contains("evidence[0].id"))
            #expect(
                try await client.api(.post, "/api/v1/improvements", token: frontline, json: #"{"title": "x"}"#).status
                    == .forbidden)
            let proposal =
                #"{"title": "Öppna en extra kassa vid lunch", "problem": "Långa köer", "unitIDs": ["\#(ownUnit)"], "effortDays": 2, "evidence": [{"kind": "observation", "id": "\#(observationID)"}]}"#
            let proposed = try await client.api(.post, "/api/v1/improvements", token: lead, json: proposal)
            #expect(proposed.status == .created)
            let item = try Self.json(proposed)
            let itemID = try #require(item["id"] as? String)
            let impact = try #require(item["impact"] as? [String: Any])
            // The daily observation stands for 30 customers a month, half as bad as can be measured.
            #expect(impact["customers"] as? Int == 30 && impact["severity"] as? Double == 0.5 && impact["score"] as? Double == 15)

            // Only those who manage the list accept; a setback needs a reason.
            let accept = #"{"to": "accepted", "version": 1}"#
            #expect(
                try await client.api(.post, "/api/v1/improvements/\(itemID)/moves", token: lead, json: accept).status
                    == .forbidden)
            let accepted = try await client.api(.post, "/api/v1/improvements/\(itemID)/moves", token: cx, json: accept)
            #expect(accepted.status == .ok)
            let back = try await client.api(
                .post, "/api/v1/improvements/\(itemID)/moves", token: cx, json: #"{"to": "proposed", "version": 2}"#)
            #expect(back.status == .unprocessableContent && back.body.string.contains("\"reason\""))
            let stale = try await client.api(
                .post, "/api/v1/improvements/\(itemID)/moves", token: cx, json: #"{"to": "in_progress", "version": 1}"#)
            #expect(stale.status == .conflict)

            // Delivered, its effect is measured from the answers around the delivery; measuring keeps it.
            for (stage, version) in [("in_progress", 2), ("delivered", 3)] {
                let moved = try await client.api(
                    .post, "/api/v1/improvements/\(itemID)/moves", token: cx,
                    json: #"{"to": "\#(stage)", "version": \#(version)}"#)
                #expect(moved.status == .ok, "\(stage): \(moved.body.string)")
            }
            let delivered = try Self.json(try await client.api(.get, "/api/v1/improvements/\(itemID)", token: lead))
            let effect = try #require((delivered["improvement"] as? [String: Any])?["effect"] as? [String: Any])
            // The demo's answers end months before today's delivery: nothing to compare yet, and it says so.
            #expect(effect["verdict"] as? String == "too_few_answers" && effect["complete"] as? Bool == false)
            let measured = try await client.api(
                .post, "/api/v1/improvements/\(itemID)/moves", token: cx, json: #"{"to": "measured", "version": 4}"#)
            #expect(measured.status == .ok)
            let kept = try await server.store.improvement(itemID, visibleUnits: nil)
            #expect(kept.stage == .measured && kept.effect?.verdict == .tooFewAnswers)

            let board = try Self.json(try await client.api(.get, "/api/v1/improvements", token: viewer))
            let columns = try #require(board["columns"] as? [[String: Any]])
            #expect(columns.first { $0["stage"] as? String == "measured" }?["count"] as? Int == 2, "the demo's and this one")
            let detail = try Self.json(try await client.api(.get, "/api/v1/observations/\(observationID)", token: lead))
            #expect(detail["improvements"] as? [String] == [itemID] && detail["votedByMe"] as? Bool == true)
        }
    }

    @Test func theDemoStoresQueueObservationsBecameAMeasuredImprovement() async throws {
        try await TestServer.with { server, client in
            let cx = try #require(server.tokens[.cxManager])
            let board = try Self.json(try await client.api(.get, "/api/v1/improvements", token: cx))
            let items = try #require(board["items"] as? [[String: Any]])
            let item = try #require(items.first { ($0["title"] as? String)?.contains("Nordstan") == true })
            #expect(item["stage"] as? String == "measured" && item["unitIDs"] as? [String] == ["unit-se-store-goteborg-nordstan"])
            let evidence = try #require(item["evidence"] as? [[String: Any]])
            #expect(evidence.contains { $0["kind"] as? String == "theme" && $0["id"] as? String == "waiting" })
            #expect(evidence.filter { $0["kind"] as? String == "observation" }.count == 6)
            #expect(item["effect"] as? [String: Any] != nil && item["impact"] as? [String: Any] != nil)
            // The frontline worker sees their store's observations, grouped, with colleagues' votes.
            let frontline = try #require(server.tokens[.frontline])
            let list = try Self.json(try await client.api(.get, "/api/v1/observations?since=2025-01-01", token: frontline))
            let observations = try #require(list["items"] as? [[String: Any]])
            #expect(
                observations.count == 7
                    && observations.allSatisfy { $0["unitID"] as? String == "unit-se-store-goteborg-nordstan" })
            #expect(observations.reduce(0) { $0 + ($1["votes"] as? Int ?? 0) } >= 6)
        }
    }

    @Test func readersSeeOnlyTheEvidenceTheyMayOpenAndOnlyOwnersOrManagersChangeAnItem() async throws {
        try await TestServer.with { server, client in
            let lead = try #require(server.tokens[.teamLead])
            let cx = try #require(server.tokens[.cxManager])
            let oslo = try await server.store.recordObservation(
                ObservationDraft(text: "Lang kø i Oslo", unitID: "unit-no-store-oslo-storo"), language: .nb, themeIDs: [],
                visibleUnits: nil, by: .system)
            let nordstan = try await server.store.recordObservation(
                ObservationDraft(text: "Lång kö i Nordstan", unitID: "unit-se-store-goteborg-nordstan"), language: .sv,
                themeIDs: [], visibleUnits: nil, by: .system)
            let body =
                #"{"title": "Kövärdar i alla butiker", "evidence": [{"kind": "observation", "id": "\#(oslo.id)"}, {"kind": "observation", "id": "\#(nordstan.id)"}]}"#
            let created = try Self.json(try await client.api(.post, "/api/v1/improvements", token: cx, json: body))
            let id = try #require(created["id"] as? String)

            // The head of Sweden reads the company-wide item without Oslo's words; its figures still count.
            let read = try Self.json(try await client.api(.get, "/api/v1/improvements/\(id)", token: lead))
            let item = try #require(read["improvement"] as? [String: Any])
            let links = try #require(item["evidence"] as? [[String: Any]])
            #expect(links.map { $0["id"] as? String } == [nordstan.id])
            let reach = try #require((item["impact"] as? [String: Any])?["evidence"] as? [[String: Any]])
            #expect(reach.count == 2 && reach.contains { $0["hidden"] as? Bool == true && $0["label"] as? String == "" })
            #expect(!String(decoding: try JSONSerialization.data(withJSONObject: read), as: UTF8.self).contains("Oslo"))

            // Neither its owner nor its proposer, they may not change it; nor name someone else as an owner.
            let change = #"{"title": "Mine now", "version": 1}"#
            #expect(try await client.api(.put, "/api/v1/improvements/\(id)", token: lead, json: change).status == .forbidden)
            let cxUser = try #require(try await server.store.users().first { $0.role == .cxManager })
            let named = try await client.api(
                .post, "/api/v1/improvements", token: lead,
                json: #"{"title": "x", "unitIDs": ["unit-se-store-goteborg-nordstan"], "ownerID": "\#(cxUser.id)"}"#)
            #expect(named.status == .forbidden)

            // A change that names only the title keeps the owner, effort, problem and evidence; null clears.
            let full = try Self.json(
                try await client.api(
                    .post, "/api/v1/improvements", token: cx,
                    json: #"{"title": "Extra till", "problem": "Queues", "ownerID": "\#(cxUser.id)", "effortDays": 4}"#))
            let fullID = try #require(full["id"] as? String)
            let renamed = try Self.json(
                try await client.api(
                    .put, "/api/v1/improvements/\(fullID)", token: cx, json: #"{"title": "Extra till at lunch", "version": 1}"#))
            #expect(renamed["title"] as? String == "Extra till at lunch" && renamed["ownerID"] as? String == cxUser.id)
            #expect(renamed["effortDays"] as? Double == 4 && renamed["problem"] as? String == "Queues")
            let version = try #require(renamed["version"] as? Int)
            let cleared = try Self.json(
                try await client.api(
                    .put, "/api/v1/improvements/\(fullID)", token: cx,
                    json: #"{"title": "Extra till at lunch", "effortDays": null, "version": \#(version)}"#))
            #expect(cleared["effortDays"] == nil && cleared["ownerID"] as? String == cxUser.id)
        }
    }
}
