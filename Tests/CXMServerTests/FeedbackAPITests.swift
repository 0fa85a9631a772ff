import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("The feedback inbox, themes and taxonomy in the API")
struct FeedbackAPITests {
    private static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try response.body.json() as? [String: Any])
    }

    private static func errorFields(_ response: TestResponse) throws -> [String] {
        ((try object(response)["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }
    }

    @Test func theInboxListsAnalysedAnswersWithinTheReadersUnits() async throws {
        try await TestServer.with { server, client in
            let all = try await client.api(.get, "/api/v1/feedback?limit=200", token: server.tokens[.analyst])
            #expect(all.status == .ok)
            let body = try Self.object(all)
            let items = try #require(body["items"] as? [[String: Any]])
            let total = try #require(body["total"] as? Int)
            #expect(total > 20)
            let first = try #require(items.first)
            #expect(first["language"] is String)
            #expect(["positive", "neutral", "negative"].contains(first["sentiment"] as? String))
            #expect(items.contains { !(($0["themes"] as? [Any]) ?? []).isEmpty })

            let frontline = try await client.api(.get, "/api/v1/feedback?limit=200", token: server.tokens[.frontline])
            let unit = try #require(server.login(.frontline).unitID)
            let own = try #require(try Self.object(frontline)["items"] as? [[String: Any]])
            #expect(own.allSatisfy { $0["unitID"] as? String == unit })
            #expect(own.count < items.count)

            let negative = try await client.api(
                .get, "/api/v1/feedback?sentiment=negative&order=most_negative", token: server.tokens[.analyst])
            let negatives = try #require(try Self.object(negative)["items"] as? [[String: Any]])
            #expect(negatives.allSatisfy { $0["sentiment"] as? String == "negative" })
            let scores = negatives.compactMap { $0["score"] as? Double }
            #expect(scores == scores.sorted())

            // A day given as "to" includes itself.
            let newest = try #require(items.compactMap { $0["submittedAt"] as? String }.first)
            let day = String(newest.prefix(10))
            let oneDay = try await client.api(
                .get, "/api/v1/feedback?from=\(day)&to=\(day)&limit=1", token: server.tokens[.analyst])
            #expect((try Self.object(oneDay)["total"] as? Int ?? 0) > 0, "\(day)")

            for (query, field) in [
                ("sentiment=angry", "sentiment"), ("theme=nope", "theme"), ("language=de", "language"),
                ("nps=fan", "nps"), ("order=random", "order"), ("unthemed=yes", "unthemed"), ("from=yesterday", "from"),
            ] {
                let refused = try await client.api(.get, "/api/v1/feedback?\(query)", token: server.tokens[.analyst])
                #expect(refused.status == .badRequest, "\(query)")
                #expect(try Self.errorFields(refused) == [field], "\(query)")
            }
        }
    }

    @Test func peopleAnnotateAnswersAndViewersCannot() async throws {
        try await TestServer.with { server, client in
            let page = try await server.store.feedback(FeedbackQuery(), page: PageRequest(limit: 1))
            let text = try #require(page.items.first)
            let path = "/api/v1/feedback/\(text.responseID)/\(text.question)"
            let change = #"{"addTags": ["Pris-granskning"], "addThemes": ["price.fees"], "example": true}"#
            #expect(try await client.api(.patch, path, token: server.tokens[.viewer], json: change).status == .forbidden)
            let changed = try await client.api(.patch, path, token: server.tokens[.analyst], json: change)
            #expect(changed.status == .ok)
            let body = try Self.object(changed)
            #expect(body["tags"] as? [String] == ["pris-granskning"])
            #expect(body["example"] as? Bool == true)
            let themes = try #require(body["themes"] as? [[String: Any]])
            #expect(themes.contains { $0["id"] as? String == "price.fees" && $0["manual"] as? Bool == true })

            let bad = try await client.api(
                .patch, path, token: server.tokens[.analyst], json: #"{"addTags": ["two words"], "addThemes": ["nope"]}"#)
            #expect(bad.status == .unprocessableContent)
            #expect(try Self.errorFields(bad) == ["addTags[0]", "addThemes[0]"])
            #expect(
                try await client.api(.get, "/api/v1/feedback/\(text.responseID)/nope", token: server.tokens[.analyst]).status
                    == .notFound)
            let tags = try await client.api(.get, "/api/v1/feedback/tags", token: server.tokens[.viewer])
            #expect(String(buffer: tags.body).contains("pris-granskning"))
        }
    }

    @Test func themesComeWithTheirFiguresTrendsAndBreakdowns() async throws {
        try await TestServer.with { server, client in
            let themes = try await client.api(.get, "/api/v1/themes?lang=sv", token: server.tokens[.viewer])
            #expect(themes.status == .ok)
            let body = try Self.object(themes)
            let texts = try #require(body["texts"] as? Int)
            let items = try #require(body["items"] as? [[String: Any]])
            #expect(texts > 0 && !items.isEmpty)
            let busiest = try #require(items.max { ($0["mentions"] as? Int ?? 0) < ($1["mentions"] as? Int ?? 0) })
            let id = try #require(busiest["id"] as? String)
            #expect((busiest["share"] as? Double ?? 0) > 0)
            #expect(busiest["lowSample"] is Bool)

            let trend = try await client.api(.get, "/api/v1/themes/\(id)/trend?grain=month", token: server.tokens[.viewer])
            let points = try #require(try Self.object(trend)["items"] as? [[String: Any]])
            #expect(points.reduce(0) { $0 + ($1["mentions"] as? Int ?? 0) } == busiest["mentions"] as? Int)
            let breakdown = try await client.api(.get, "/api/v1/themes/\(id)/breakdown?by=unit", token: server.tokens[.viewer])
            #expect(breakdown.status == .ok)
            #expect(try await client.api(.get, "/api/v1/themes/nope/trend", token: server.tokens[.viewer]).status == .notFound)
            let grain = try await client.api(.get, "/api/v1/themes/\(id)/trend?grain=hour", token: server.tokens[.viewer])
            #expect(try Self.errorFields(grain) == ["grain"])
        }
    }

    @Test func theTaxonomyIsEditedWholeAndCheckedFirst() async throws {
        try await TestServer.with { server, client in
            let current = try await client.api(.get, "/api/v1/taxonomy", token: server.tokens[.viewer])
            let body = try Self.object(current)
            #expect(body["isDefault"] as? Bool == true)
            #expect((body["themes"] as? [Any])?.count ?? 0 > 20)

            let invalid = #"{"themes": [{"id": "price", "names": {"en": "Price"}, "patterns": {"sv": ["pris*", "p*s"]}}]}"#
            #expect(
                try await client.api(.put, "/api/v1/taxonomy", token: server.tokens[.frontline], json: invalid).status
                    == .forbidden)
            let refused = try await client.api(.put, "/api/v1/taxonomy", token: server.tokens[.analyst], json: invalid)
            #expect(refused.status == .unprocessableContent)
            #expect(try Self.errorFields(refused) == ["themes[0].patterns.sv"])

            let valid =
                #"{"themes": [{"id": "moving", "names": {"en": "Moving house", "sv": "Flytt"}, "patterns": {"sv": ["flytt*"], "en": ["moving house", "relocat*"]}}]}"#
            let saved = try await client.api(.put, "/api/v1/taxonomy", token: server.tokens[.analyst], json: valid)
            #expect(saved.status == .ok)
            #expect(try Self.object(saved)["version"] as? Int == 2)
            let analysed = try await client.api(
                .post, "/api/v1/text/analyze", token: server.tokens[.viewer],
                json: #"{"text": "Flytten av bredbandet gick smidigt, tack!"}"#)
            let analysis = try Self.object(analysed)
            #expect(analysis["language"] as? String == "sv")
            #expect(analysis["sentiment"] as? String == "positive")
            #expect((analysis["themes"] as? [[String: Any]])?.map { $0["id"] as? String } == ["moving"])
            let restored = try await client.api(.delete, "/api/v1/taxonomy", token: server.tokens[.cxManager])
            #expect(try Self.object(restored)["isDefault"] as? Bool == true)
            let badLanguage = try await client.api(
                .post, "/api/v1/text/analyze", token: server.tokens[.viewer], json: #"{"text": "x", "language": "de"}"#)
            #expect(try Self.errorFields(badLanguage) == ["language"])
        }
    }
}
