import CXMCore
import Foundation
import Testing

@testable import CXMViews

@Suite("Slack and Teams messages")
struct WebhookMessageTests {
    static let opened = Date(timeIntervalSince1970: 1_800_000_000)

    static func caseEvent(_ kind: CaseEvent.Kind, title: String = "NPS 2 · Store <visit> & more") -> WebhookEvent {
        var record = Case(
            number: 42, title: title, source: .response, customerID: "cust-1", unitID: "unit-gbg", assigneeID: "user-anna",
            createdAt: opened,
            targets: CaseTargets(
                firstContact: .init(warnAt: opened, due: opened.addingTimeInterval(3_600), escalateAt: opened),
                resolution: .init(warnAt: opened, due: opened.addingTimeInterval(86_400), escalateAt: opened)))
        record.status = .new
        var entry = CaseEvent(caseID: record.id, at: opened, actorID: "u1", actorName: "Anna Berg", kind: kind)
        entry.toStatus = .new
        entry.toAssigneeID = "user-anna"
        return WebhookEvent.events(for: record, history: [entry])[0]
    }

    static let context = WebhookMessage.Context(
        language: .sv, timeZone: "Europe/Stockholm", linkBase: "https://cxm.example",
        unitNames: ["unit-gbg": "Göteborg Nordstan"], userNames: ["user-anna": "Anna Berg"])

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func slackGetsAFallbackTextBlocksALinkAndEscapedMarkup() throws {
        let message = WebhookMessage(Self.caseEvent(.opened), context: Self.context)
        let body = try Self.object(try message.body(.slack))
        let t = Localizer(.sv)
        // Markup from people is escaped everywhere, the notification text too: no <!channel> from a title.
        #expect((body["text"] as? String)?.hasPrefix("Ärende 42: NPS 2 · Store &lt;visit&gt; &amp; more") == true)
        let blocks = try #require(body["blocks"] as? [[String: Any]])
        let heading = try #require((blocks[0]["text"] as? [String: Any])?["text"] as? String)
        #expect((blocks[0]["text"] as? [String: Any])?["verbatim"] as? Bool == true)
        #expect(heading.hasPrefix("*<https://cxm.example/cases/"))
        #expect(heading.contains("|Ärende 42: NPS 2 · Store &lt;visit&gt; &amp; more>*"))
        #expect(heading.contains(t(CaseText.evOpened)) && heading.contains("av Anna Berg"))
        let fields = try #require(blocks[1]["fields"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        #expect(fields.contains("*\(t(CaseText.unit))*\nGöteborg Nordstan"))
        #expect(fields.contains("*\(t(CaseText.assignee))*\nAnna Berg"))
        #expect(fields.contains { $0.hasPrefix("*\(t(CaseText.firstContactDue))*\n") })
    }

    @Test func aComplaintsWordsStayInCxmAndTheMessageSaysComplaint() throws {
        var record = Case(
            number: 7, title: "Your technician broke my <!channel> door", source: .complaint, customerID: "c", unitID: "unit-gbg",
            createdAt: Self.opened)
        record.complaintID = "complaint-1"
        let event = WebhookEvent.events(
            for: record,
            history: [
                CaseEvent(caseID: record.id, at: Self.opened, actorID: nil, actorName: "cxm", kind: .opened)
            ])[0]
        let json = try event.json()
        #expect(!json.contains("technician") && json.contains(#""complaintID":"complaint-1""#))
        let slack = try WebhookMessage(event, context: Self.context).body(.slack)
        #expect(slack.contains("Ärende 7: \(Localizer(.sv)(CaseText.sourceComplaint))") && !slack.contains("<!channel>"))
    }

    @Test func teamsGetsAnAdaptiveCardWithFactsAndAnOpenAction() throws {
        let message = WebhookMessage(Self.caseEvent(.assignment, title: "Wrong *price*"), context: Self.context)
        let body = try Self.object(try message.body(.teams))
        #expect(body["type"] as? String == "message")
        let attachment = try #require((body["attachments"] as? [[String: Any]])?.first)
        #expect(attachment["contentType"] as? String == "application/vnd.microsoft.card.adaptive")
        let card = try #require(attachment["content"] as? [String: Any])
        #expect(card["type"] as? String == "AdaptiveCard" && card["version"] as? String == "1.4")
        #expect(card["$schema"] as? String == "http://adaptivecards.io/schemas/adaptive-card.json")
        let elements = try #require(card["body"] as? [[String: Any]])
        #expect(elements[0]["text"] as? String == #"Ärende 42: Wrong \*price\*"#)
        #expect((elements[1]["text"] as? String)?.contains("Tilldelat Anna Berg") == true)
        let facts = try #require(elements[2]["facts"] as? [[String: Any]])
        #expect(facts.contains { $0["value"] as? String == "Göteborg Nordstan" })
        let action = try #require((card["actions"] as? [[String: Any]])?.first)
        #expect(
            action["type"] as? String == "Action.OpenUrl"
                && (action["url"] as? String)?.hasPrefix("https://cxm.example/cases/") == true)
    }

    @Test func aResponseNamesItsSurveyAndScoresAndJSONIsTheEventItself() throws {
        let survey = Survey(
            id: "survey-1", name: "Butiksbesök", touchpointIDs: ["tp-1"], languages: [.sv],
            questions: [
                Question(key: "nps", type: .nps, text: LocalizedText([.sv: "Hur troligt är det att du rekommenderar oss?"]))
            ])
        let response = SurveyResponse(
            id: "r1", surveyID: "survey-1", surveyVersion: 1, touchpointID: "tp-1", unitID: "unit-gbg", channelID: "web",
            customerID: nil, language: .sv, submittedAt: Self.opened,
            answers: [Answer(question: "nps", value: .score(3)), Answer(question: "why", value: .text("Long queue"))],
            idempotencyKey: nil)
        let event = WebhookEvent.responseCreated(response, at: Self.opened)
        var context = Self.context
        context.surveys = ["survey-1": survey]
        context.touchpointNames = ["tp-1": "Kassan"]
        let message = WebhookMessage(event, context: context)
        let slack = try message.body(.slack)
        #expect(slack.contains("Nytt svar på Butiksbesök") && slack.contains("Hur troligt är det att du rekommenderar oss?*\\n3"))
        #expect(slack.contains("Kassan") && !slack.contains("Long queue"))
        #expect(try message.body(.json) == (try event.json()))
        #expect(try message.body(.json).contains("Long queue"))
    }
}
