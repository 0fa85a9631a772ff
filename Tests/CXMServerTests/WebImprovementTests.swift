import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Observations and improvements on the web")
struct WebImprovementTests {
    static func location(_ response: TestResponse) -> String { response.headers[.location] ?? "" }

    @Test func aStoresObservationBecomesAnImprovementOnTheBoard() async throws {
        try await TestServer.with { server, client in
            let frontline = try await WebSurveyEditTests.signIn(.frontline, server, client)
            let lead = try await WebSurveyEditTests.signIn(.teamLead, server, client)
            let cx = try await WebSurveyEditTests.signIn(.cxManager, server, client)
            let viewer = try await WebSurveyEditTests.signIn(.viewer, server, client)

            // The phone form: the frontline's only unit is taken without a unit field.
            let page = try await client.page("/observations", as: frontline)
            #expect(page.status == .ok && page.body.string.contains("id=\"observation-text\""))
            #expect(!page.body.string.contains("id=\"observation-unit\""))
            let empty = try await client.post(
                "/observations", form: [("text", " "), ("frequency", "daily"), ("csrf", frontline.csrf)], as: frontline)
            #expect(empty.status == .unprocessableContent && empty.body.string.contains("href=\"#observation-text\""))
            let recorded = try await client.post(
                "/observations",
                form: [
                    ("text", "Kunderna klagar på <långa> köer vid kassan"), ("frequency", "daily"), ("csrf", frontline.csrf),
                ], as: frontline)
            #expect(recorded.status == .seeOther && Self.location(recorded).contains("notice=observationRecorded"))
            let observation = try #require(
                try await server.store.observations(.init(visibleUnits: nil)).first { $0.text.contains("köer") })
            let list = try await client.page("/observations", as: lead)
            #expect(list.body.string.contains("&lt;långa&gt;") && !list.body.string.contains("<långa>"))
            #expect(list.body.string.contains("Jag ser det också") || list.body.string.contains("I see this too"))

            // A colleague backs it; the author gets no vote button for their own.
            let vote = try await client.post(
                "/observations/\(observation.id)/vote", form: [("vote", "on"), ("csrf", lead.csrf)], as: lead)
            #expect(vote.status == .seeOther)
            #expect(try await server.store.observation(observation.id, visibleUnits: nil).votes == 1)
            let own = try await client.page("/observations/\(observation.id)", as: frontline)
            #expect(!own.body.string.contains("/observations/\(observation.id)/vote"))
            #expect(
                try await client.post("/observations", form: [("text", "x"), ("csrf", viewer.csrf)], as: viewer).status
                    == .forbidden)

            // The team lead proposes from it: the evidence comes filled in; a line without a kind is refused.
            let new = try await client.page(
                "/improvements/new?evidence=" + "observation:\(observation.id)".formEncoded, as: lead)
            #expect(new.status == .ok && new.body.string.contains("observation:\(observation.id)"))
            let unit = try #require(server.login(.frontline).unitID)
            let bad = try await client.post(
                "/improvements",
                form: [("title", "Extra kassa"), ("units", unit), ("evidence", "nonsense"), ("csrf", lead.csrf)], as: lead)
            #expect(bad.status == .unprocessableContent && bad.body.string.contains("href=\"#improvement-evidence\""))
            let proposed = try await client.post(
                "/improvements",
                form: [
                    ("title", "Öppna en extra kassa vid lunch"), ("problem", "Köer"), ("units", unit), ("effort", "2,5"),
                    ("evidence", "observation:\(observation.id)"), ("csrf", lead.csrf),
                ], as: lead)
            #expect(proposed.status == .seeOther)
            let itemPath = String(Self.location(proposed).prefix { $0 != "?" })
            let item = try await client.page(itemPath, as: lead)
            #expect(item.status == .ok)
            // The evidence with its reach, and the score worked out from it: 30 customers × 1 × 0.5 = 15.
            #expect(item.body.string.contains("Köer") && item.body.string.contains("15"))
            #expect(!item.body.string.contains("name=\"to\" value=\"accepted\""), "only managers accept")

            // The CX manager sees the card in Proposed and accepts it.
            let board = try await client.page("/improvements", as: cx)
            #expect(board.body.string.contains("Öppna en extra kassa vid lunch"))
            #expect(board.body.string.contains("/improvements/new"))
            let managed = try await client.page(itemPath, as: cx)
            #expect(managed.body.string.contains("name=\"to\" value=\"accepted\""))
            let version = try #require(
                try await server.store.improvements(visibleUnits: nil).first { $0.title.hasPrefix("Öppna") })
            let accepted = try await client.post(
                itemPath + "/move", form: [("to", "accepted"), ("version", String(version.version)), ("csrf", cx.csrf)], as: cx)
            #expect(accepted.status == .seeOther)
            // Taking it back needs a reason: the form says so and keeps the item as it was.
            let back = try await client.post(
                itemPath + "/move", form: [("to", "proposed"), ("version", String(version.version + 1)), ("csrf", cx.csrf)],
                as: cx)
            #expect(back.status == .unprocessableContent && back.body.string.contains("move-reason-proposed"))
            let withReason = try await client.post(
                itemPath + "/move",
                form: [
                    ("to", "proposed"), ("version", String(version.version + 1)), ("reason", "Tills are being replaced"),
                    ("csrf", cx.csrf),
                ],
                as: cx)
            #expect(withReason.status == .seeOther)
            let after = try await client.page("/improvements", as: viewer)
            #expect(after.body.string.contains("Tills are being replaced"))
            #expect(!after.body.string.contains("href=\"/improvements/new\""))

            // Capacity: less room needs a reason.
            let smaller = try await client.post(
                "/improvements/capacity",
                form: [
                    ("teamDaysPerMonth", "100"), ("sharePercent", "10"), ("acceptedLimit", "10"), ("inProgressLimit", "5"),
                    ("csrf", cx.csrf),
                ], as: cx)
            #expect(smaller.status == .unprocessableContent && smaller.body.string.contains("href=\"#capacity-reason\""))
        }
    }

    @Test func pagesOfEvidenceOfferToProposeAnImprovementToThoseWhoMay() async throws {
        try await TestServer.with { server, client in
            let analyst = try await WebSurveyEditTests.signIn(.analyst, server, client)
            let viewer = try await WebSurveyEditTests.signIn(.viewer, server, client)
            let incident = try #require(try await server.store.incidents(visibleUnits: nil, page: PageRequest()).items.first)
                .incident
            let page = try await client.page("/incidents/\(incident.id)", as: analyst)
            #expect(page.body.string.contains("/improvements/new?evidence=incident%3A\(incident.id)"))
            #expect(!(try await client.page("/incidents/\(incident.id)", as: viewer)).body.string.contains("/improvements/new"))
            let theme = try await client.page("/feedback/themes/waiting", as: analyst)
            #expect(theme.body.string.contains("/improvements/new?evidence=theme%3Awaiting"))
            // The form opens with the evidence filled in.
            let form = try await client.page("/improvements/new?evidence=theme%3Awaiting", as: analyst)
            #expect(form.body.string.contains(">theme:waiting</textarea>"))
        }
    }
}
