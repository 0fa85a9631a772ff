import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("The website widget")
struct WidgetTests {
    static let link = "/s/\(DemoLinks.storeVisitToken)"

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    @Test func thePromptComesFromTheLinksSurveyInTheVisitorsLanguageAndKeepsToTheSample() async throws {
        try await TestServer.with { server, client in
            let script = try await client.execute(uri: "/widget.js", method: .get)
            #expect(script.status == .ok && script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.body.string.contains("data-cxm-link") && script.body.string.contains("attachShadow"))

            let config = try await client.execute(uri: "\(Self.link)/widget?visitor=v1&lang=sv", method: .get)
            #expect(config.headers[.accessControlAllowOrigin] == "*")
            let object = try Self.json(config)
            #expect(object["show"] as? Bool == true && object["lang"] as? String == "sv")
            let question = try #require(object["question"] as? [String: Any])
            #expect((question["text"] as? String)?.hasPrefix("Hur troligt") == true)
            #expect((question["points"] as? [[String: Any]])?.count == 11)
            #expect((object["texts"] as? [String: Any])?["close"] as? String == "Stäng")
            #expect(object["cooldownDays"] as? Int == 30)

            // A touchpoint sampled at 0 % shows the prompt to no one; a closed link neither.
            try await server.store.saveContactRules(
                ContactRules(samplingPercent: ["tp-store-advice": 0]), by: .system)
            #expect(
                try Self.json(try await client.execute(uri: "\(Self.link)/widget?visitor=v1", method: .get))["show"] as? Bool
                    == false)
            let kiosk = try await client.execute(uri: "/s/\(DemoLinks.kioskToken)/widget", method: .get)
            #expect(try Self.json(kiosk)["reason"] as? String == "closed")
        }
    }

    @Test func aScoreWaitsForTheRestOfTheSurveyThenCountsAlone() async throws {
        try await TestServer.with { server, client in
            let token = Secrets.token()
            func post(_ value: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "\(Self.link)/widget", method: .post, headers: [.contentType: "text/plain"],
                    body: ByteBuffer(string: #"{"draft": "\#(token)", "value": "\#(value)", "lang": "sv"}"#))
            }
            #expect(try await post("11").status == .unprocessableContent)
            let answered = try await post("7")
            #expect(answered.headers[.accessControlAllowOrigin] == "*")
            let result = try Self.json(answered)
            #expect(result["stored"] as? Bool == false)
            let next = try #require(result["continue"] as? String)
            #expect(next == "\(Self.link)?resume=\(token)&lang=sv")
            _ = try await post("8")  // a second tap changes the answer; still one draft
            let draft = try #require(try await server.store.responseDraft(tokenHash: Secrets.hash(token)))
            #expect(draft.answers == [Answer(question: "nps", value: .score(8))] && draft.completeAfter != nil)

            // The link opens the survey with the score filled in.
            let page = try await client.execute(uri: "\(Self.link)?resume=\(token)&lang=sv", method: .get)
            #expect(page.body.string.contains(#"id="q-nps-8" name="q-nps" value="8" checked"#))
            // Opening it moves the draft to a token only this browser knows; the link's stops working.
            let renewed = try RespondentPageTests.draftToken(page)
            #expect(renewed != token)
            #expect(try await server.store.responseDraft(tokenHash: Secrets.hash(token)) == nil)
            #expect(page.headers[values: .setCookie].contains { $0.hasPrefix("cxm_draft=\(renewed)") })

            // Half an hour later, unfinished, it counts as a response with that score.
            let completer = DraftCompleter(store: server.store, checkEvery: .seconds(60), logger: TestServer.logger)
            #expect(try await completer.completeDue(now: Date()) == 0)
            #expect(try await completer.completeDue(now: Date().addingTimeInterval(1_900)) == 1)
            let done = try #require(try await server.store.responseDraft(tokenHash: Secrets.hash(renewed)))
            let response = try await server.store.response(try #require(done.responseID))
            #expect(response.answers == [Answer(question: "nps", value: .score(8))] && response.language == .sv)
            #expect(response.touchpointID == "tp-store-advice" && response.customerID == nil)
            #expect(try await completer.completeDue(now: Date().addingTimeInterval(3_600)) == 0)
            // A month later the draft itself is gone; the response stays.
            _ = try await completer.completeDue(now: Date().addingTimeInterval(31 * 86_400))
            #expect(try await server.store.responseDraft(tokenHash: Secrets.hash(renewed)) == nil)
            #expect(try await server.store.response(response.id).answers.count == 1)
        }
    }

    @Test func badWidgetPostsAreRefusedWithoutStoringAnything() async throws {
        try await TestServer.with { server, client in
            for body in ["", "not json", #"{"draft": "short", "value": "7"}"#, String(repeating: "x", count: 5000)] {
                let response = try await client.execute(
                    uri: "\(Self.link)/widget", method: .post, headers: [.contentType: "text/plain"],
                    body: ByteBuffer(string: body))
                #expect([.badRequest, .contentTooLarge].contains(response.status), "\(body.prefix(20))")
            }
            let closed = try await client.execute(
                uri: "/s/doesnotexist0000000/widget", method: .post, headers: [.contentType: "text/plain"],
                body: ByteBuffer(string: #"{"draft": "\#(Secrets.token())", "value": "7"}"#))
            #expect(closed.status == .notFound)
        }
    }
}
