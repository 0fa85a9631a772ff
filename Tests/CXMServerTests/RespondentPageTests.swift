import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Respondent pages: answering a survey through a link")
struct RespondentPageTests {
    static func text(_ sv: String, _ en: String) -> LocalizedText { LocalizedText([.sv: sv, .en: en]) }

    /// A Swedish and English survey: NPS, then a required follow-up for detractors with a CSAT and
    /// a comment on the same page, and a thank-you text for detractors.
    static func survey(touchpoint: String) -> Survey {
        Survey(
            name: "Butiksbesök", touchpointIDs: [touchpoint], languages: [.sv, .en],
            questions: [
                Question(
                    key: "nps", type: .nps, text: text("Hur troligt är det att du rekommenderar oss?", "Recommend us?"),
                    required: true),
                Question(
                    key: "why", type: .openText, text: text("Vad kan vi göra bättre?", "What could be better?"), required: true,
                    showIf: .detractors(of: "nps")),
                Question(key: "csat", type: .csat, text: text("Hur nöjd är du med besöket?", "Satisfied with the visit?")),
                Question(key: "comment", type: .openText, text: text("Övriga kommentarer", "Other comments")),
            ],
            presentation: SurveyPresentation(
                title: text("Ditt besök hos oss", "Your visit"),
                thankYou: ThankYouMessages(detractor: text("Vi hör av oss om det du skrev.", "We will be in touch."))))
    }

    /// Sets up the survey and a link of the kind; returns the link.
    static func link(_ server: TestServer, kind: SurveyLink.Kind = .public) async throws -> SurveyLink {
        let touchpoint = try #require(try await server.store.surveys().first?.touchpointIDs.first)
        let survey = try await server.store.saveSurvey(survey(touchpoint: touchpoint), by: .system)
        return try await server.store.createSurveyLink(
            SurveyLink(surveyID: survey.id, kind: kind, touchpointID: touchpoint, label: "Kassan"), by: .system)
    }

    static func post(
        _ client: any TestClientProtocol, _ path: String, _ fields: [(String, String)], cookie: String? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .acceptLanguage: "sv-SE,sv;q=0.9"]
        if let cookie { headers[.cookie] = cookie }
        return try await client.execute(
            uri: path, method: .post, headers: headers,
            body: ByteBuffer(string: fields.map { "\($0.0)=\($0.1.formEncoded)" }.joined(separator: "&")))
    }

    static func draftToken(_ page: TestResponse) throws -> String {
        String(try #require(page.body.string.firstMatch(of: /name="draft" value="([^"]+)"/)?.1))
    }

    @Test func aDetractorAnswersInSwedishWithoutJavaScriptAndTheResponseIsStoredOnce() async throws {
        try await TestServer.with { server, client in
            let link = try await Self.link(server)
            let first = try await client.execute(
                uri: link.path, method: .get, headers: [.acceptLanguage: "sv-SE,sv;q=0.9,en;q=0.5"])
            #expect(first.status == .ok)
            let html = first.body.string
            #expect(html.contains("<html lang=\"sv-SE\">"))
            #expect(html.contains("Ditt besök hos oss"))
            #expect(html.contains("Hur troligt är det att du rekommenderar oss?"))
            #expect(html.contains("Inte alls troligt") && html.contains("Mycket troligt"))
            #expect(html.contains("Sida 1 av 2"))
            #expect(!html.contains("<script"))
            #expect(first.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            let setCookie = try #require(first.headers[values: .setCookie].first { $0.hasPrefix("cxm_draft=") })
            #expect(setCookie.contains("Path=\(link.path)") && setCookie.contains("HttpOnly"))
            let cookie = String(setCookie.prefix { $0 != ";" })
            let token = try Self.draftToken(first)

            // An out-of-range score is refused with a message beside the question.
            let refused = try await Self.post(
                client, link.path, [("draft", token), ("screen", "0"), ("lang", "sv"), ("q-nps", "11")], cookie: cookie)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.string.contains("Välj ett värde från 0 till 10."))
            #expect(refused.body.string.contains("href=\"#q-nps\""))

            // A detractor's score leads to the follow-up, on the next page.
            let second = try await Self.post(
                client, link.path, [("draft", token), ("screen", "0"), ("lang", "sv"), ("q-nps", "3")], cookie: cookie)
            #expect(second.status == .ok)
            #expect(second.body.string.contains("Vad kan vi göra bättre?"))
            #expect(second.body.string.contains("Skicka"))

            // A bad CSAT and a missing required answer: both named, the comment typed is kept.
            let bad = try await Self.post(
                client, link.path,
                [("draft", token), ("screen", "1"), ("lang", "sv"), ("q-csat", "9"), ("q-comment", "Trevlig <personal>")],
                cookie: cookie)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.string.contains("Svara på den här frågan."))
            #expect(bad.body.string.contains("Välj ett värde från 1 till 5."))
            #expect(bad.body.string.contains("Trevlig &lt;personal&gt;</textarea>"))

            // Resuming from the same link in the same browser returns to the page reached.
            let resumed = try await client.execute(uri: link.path, method: .get, headers: [.cookie: cookie])
            #expect(resumed.body.string.contains("Vad kan vi göra bättre?"))
            #expect(resumed.body.string.contains("Trevlig &lt;personal&gt;</textarea>"))

            // Back keeps the score.
            let back = try await Self.post(
                client, link.path, [("draft", token), ("screen", "1"), ("lang", "sv"), ("action", "back")], cookie: cookie)
            #expect(back.body.string.contains(#"id="q-nps-3" name="q-nps" value="3" checked"#))

            let answers = [
                ("draft", token), ("screen", "1"), ("lang", "sv"), ("q-why", "Kön var lång"), ("q-csat", "2"),
                ("q-comment", "Trevlig personal"),
            ]
            let before = try await server.store.responseCountsBySurvey()[link.surveyID] ?? 0
            let done = try await Self.post(client, link.path, answers, cookie: cookie)
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "\(link.path)/thanks?lang=sv")
            // The same page sent again (a double tap, a retry) stores nothing more.
            let again = try await Self.post(client, link.path, answers, cookie: cookie)
            #expect(again.status == .seeOther)
            #expect(try await server.store.responseCountsBySurvey()[link.surveyID] == before + 1)

            let draft = try #require(try await server.store.responseDraft(tokenHash: Secrets.hash(token)))
            let stored = try await server.store.response(try #require(draft.responseID))
            #expect(stored.language == .sv)
            #expect(stored.touchpointID == link.touchpointID)
            #expect(stored.customerID == nil)
            #expect(
                Set(stored.answers) == [
                    Answer(question: "nps", value: .score(3)), Answer(question: "why", value: .text("Kön var lång")),
                    Answer(question: "csat", value: .score(2)), Answer(question: "comment", value: .text("Trevlig personal")),
                ])

            let thanks = try await client.execute(uri: "\(link.path)/thanks?lang=sv", method: .get, headers: [.cookie: cookie])
            #expect(thanks.body.string.contains("Tack!"))
            #expect(thanks.body.string.contains("Vi hör av oss om det du skrev."))
        }
    }

    @Test func aPromoterSkipsTheFollowUpAndEnglishIsChosenByParameter() async throws {
        try await TestServer.with { server, client in
            let link = try await Self.link(server)
            let first = try await client.execute(uri: "\(link.path)?lang=en", method: .get)
            #expect(first.body.string.contains("Recommend us?"))
            let token = try Self.draftToken(first)
            let second = try await Self.post(
                client, link.path, [("draft", token), ("screen", "0"), ("lang", "en"), ("q-nps", "10")])
            #expect(!second.body.string.contains("What could be better?"))
            #expect(second.body.string.contains("Satisfied with the visit?"))
            let done = try await Self.post(client, link.path, [("draft", token), ("screen", "1"), ("lang", "en")])
            #expect(done.status == .seeOther)
            let draft = try #require(try await server.store.responseDraft(tokenHash: Secrets.hash(token)))
            #expect(
                try await server.store.response(try #require(draft.responseID)).answers == [
                    Answer(question: "nps", value: .score(10))
                ])
        }
    }

    @Test func aKioskNeverResumesAndStartsOverAfterTheThanks() async throws {
        try await TestServer.with { server, client in
            let link = try await Self.link(server, kind: .kiosk)
            let first = try await client.execute(uri: link.path, method: .get)
            #expect(first.headers[values: .setCookie].isEmpty)
            #expect(first.body.string.contains("class=\"respondent kiosk\""))
            // Left mid-survey, it starts over for the next customer.
            #expect(first.body.string.contains("http-equiv=\"refresh\" content=\"180;url=\(link.path)\""))
            let token = try Self.draftToken(first)
            _ = try await Self.post(client, link.path, [("draft", token), ("screen", "0"), ("q-nps", "9")])
            let done = try await Self.post(client, link.path, [("draft", token), ("screen", "1")])
            #expect(done.status == .seeOther)
            let thanks = try await client.execute(uri: try #require(done.headers[.location]), method: .get)
            #expect(thanks.body.string.contains("http-equiv=\"refresh\" content=\"8;url=\(link.path)\""))
            // The next customer gets a new, empty draft.
            let next = try await client.execute(uri: link.path, method: .get)
            #expect(try Self.draftToken(next) != token)
            #expect(!next.body.string.contains("checked"))
        }
    }

    @Test func closedAndUnknownLinksShowFriendlyPages() async throws {
        try await TestServer.with { server, client in
            let link = try await Self.link(server)
            try await server.store.setSurveyLinkDisabled(link.id, true, by: .system)
            let closed = try await client.execute(uri: link.path, method: .get, headers: [.acceptLanguage: "da"])
            #expect(closed.status == .gone)
            #expect(closed.body.string.contains("Spørgeskemaet er lukket"))
            let posted = try await Self.post(client, link.path, [("screen", "0"), ("q-nps", "5")])
            #expect(posted.status == .gone)
            for path in ["/s/doesnotexistatall000", "/s/..%2F..%2Fetc", "/s/short"] {
                let missing = try await client.execute(uri: path, method: .get, headers: [.acceptLanguage: "fi"])
                #expect(missing.status == .notFound, "\(path)")
                #expect(missing.body.string.contains("Kyselyä ei löytynyt"), "\(path)")
            }
        }
    }

    @Test func anOversizedPageIsRefusedAndStoresNothing() async throws {
        try await TestServer.with { server, client in
            let link = try await Self.link(server)
            let huge = "q-comment=" + String(repeating: "a", count: 300_000)
            let response = try await client.execute(
                uri: link.path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: huge))
            #expect(response.status == .contentTooLarge)
            #expect(try await server.store.responseCountsBySurvey()[link.surveyID] == nil)
        }
    }

    @Test func respondentsAreRateLimitedPerAddress() async throws {
        try await TestServer.with(configure: { $0.respondentLimit = RateLimit(burst: 2, interval: 60) }) { server, client in
            let link = try await Self.link(server)
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<3 {
                statuses.append(try await Self.post(client, link.path, [("screen", "0"), ("q-nps", "5")]).status)
            }
            #expect(statuses == [.ok, .ok, .tooManyRequests])
        }
    }
}
