import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Invitations: triggers, contact rules, mail over SMTP, personal links, reminders, unsubscribing")
struct InvitationTests {
    /// A Swedish survey on a demo touchpoint, and customers: one who may be asked, one without
    /// consent, one without an address.
    struct Setup {
        var survey: Survey
        var anna: Customer
        var bo: Customer
        var cecilia: Customer
    }

    static func setup(_ server: TestServer) async throws -> Setup {
        let touchpoint = try #require(try await server.store.surveys().first?.touchpointIDs.first)
        let survey = try await server.store.saveSurvey(
            RespondentPageTests.survey(touchpoint: touchpoint), by: .system)
        func customer(_ name: String, email: String?, maySurvey: Bool = true) async throws -> Customer {
            try await server.store.saveCustomer(
                Customer(
                    displayName: name,
                    identifiers: [CustomerIdentifier(system: "crm", value: name.lowercased())]
                        + (email.map { [CustomerIdentifier(system: "email", value: $0)] } ?? []),
                    consent: Consent(maySurvey: maySurvey), preferredLanguage: .sv), by: .system)
        }
        return Setup(
            survey: survey, anna: try await customer("Anna", email: "anna@example.se"),
            bo: try await customer("Bo", email: "bo@example.se", maySurvey: false),
            cecilia: try await customer("Cecilia", email: nil))
    }

    static func trigger(
        _ client: any TestClientProtocol, _ token: String, _ setup: Setup, customer: String, key: String? = nil,
        extra: String = ""
    ) async throws -> (TestResponse, [String: Any]) {
        let json =
            #"{"touchpointID": "\#(setup.survey.touchpointIDs[0])", "surveyID": "\#(setup.survey.id)", "customer": "\#(customer)""#
            + (key.map { #", "idempotencyKey": "\#($0)""# } ?? "") + extra + "}"
        let response = try await client.api(.post, "/api/v1/triggers", token: token, json: json)
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]) ?? [:]
        return (response, object)
    }

    @Test func triggersAreDecidedUnderTheContactRulesAndSuppressedOnesSayWhy() async throws {
        try await TestServer.with { server, client in
            let setup = try await Self.setup(server)
            let token = try #require(server.tokens[.cxManager])
            let (first, invitation) = try await Self.trigger(client, token, setup, customer: "crm:anna", key: "visit-1")
            #expect(first.status == .accepted)
            #expect(invitation["status"] as? String == "scheduled")
            #expect(invitation["language"] as? String == "sv")
            let (again, same) = try await Self.trigger(client, token, setup, customer: "crm:anna", key: "visit-1")
            #expect(again.status == .ok)
            #expect(same["id"] as? String == invitation["id"] as? String && same["duplicate"] as? Bool == true)

            // A second visit the same week falls in the 30-day cooldown.
            let (_, cooled) = try await Self.trigger(client, token, setup, customer: "crm:anna", key: "visit-2")
            #expect(cooled["status"] as? String == "suppressed")
            let reason = try #require(cooled["reason"] as? [String: Any])
            #expect(reason["code"] as? String == "cooldown")
            #expect((reason["explanation"] as? String)?.contains("the next invitation may go out on") == true)
            #expect(
                try await Self.trigger(client, token, setup, customer: "crm:bo").1["reason"].map {
                    ($0 as? [String: Any])?["code"] as? String
                } == "no_consent")
            #expect(
                try await Self.trigger(client, token, setup, customer: "crm:cecilia").1["reason"].map {
                    ($0 as? [String: Any])?["code"] as? String
                } == "no_address")

            // The same key for another interaction is refused, not taken for a retry.
            let other = try #require(
                try await server.store.surveys().first { !$0.touchpointIDs.contains(setup.survey.touchpointIDs[0]) })
            let reused = try await client.api(
                .post, "/api/v1/triggers", token: token,
                json:
                    #"{"touchpointID": "\#(other.touchpointIDs[0])", "surveyID": "\#(other.id)", "customer": "crm:anna", "idempotencyKey": "visit-1"}"#
            )
            #expect(reused.status == .unprocessableContent && reused.body.string.contains("idempotencyKey"))

            // Bad triggers name the field at fault.
            let unknown = try await Self.trigger(client, token, setup, customer: "crm:nobody").0
            #expect(unknown.status == .unprocessableContent && unknown.body.string.contains("no customer has the identifier"))
            let future = try await Self.trigger(
                client, token, setup, customer: "crm:anna", extra: #", "eventAt": "2999-01-01T00:00:00Z""#
            ).0
            #expect(future.status == .unprocessableContent && future.body.string.contains("eventAt"))
            let viewer = try await Self.trigger(client, try #require(server.tokens[.viewer]), setup, customer: "crm:anna").0
            #expect(viewer.status == .forbidden)

            // A data-subject export shows the person's invitations and why some were not sent.
            let export = try await server.store.personalData(of: setup.anna.id, by: .system)
            #expect(export.invitations.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.scheduled, .suppressed])
            let listed = try await client.api(
                .get, "/api/v1/surveys/\(setup.survey.id)/invitations?status=suppressed", token: token)
            #expect(listed.body.string.contains("no_consent") && listed.body.string.contains("cooldown"))
            let funnels = try await client.api(.get, "/api/v1/surveys/\(setup.survey.id)/invitation-funnels", token: token)
            #expect(funnels.body.string.contains(#""requested":4"#))
            #expect(funnels.body.string.contains(#""cooldown":1"#))

            // The survey page shows why, in the reader's language.
            let manager = try await client.signIn(
                email: server.login(.cxManager).email, password: server.login(.cxManager).password)
            _ = try await client.post(
                "/language", form: [("csrf", manager.csrf), ("language", "sv"), ("return_to", "/")], as: manager)
            let page = try await client.page("/surveys/\(setup.survey.id)", as: manager)
            #expect(page.body.string.contains("Kunden har inte samtyckt till enkätinbjudningar"))
            #expect(page.body.string.contains("Kunden saknar e-postadress"))
        }
    }

    @Test func aBatchOfTriggersKeepsTheGoodOnesAndNamesTheBad() async throws {
        try await TestServer.with { server, client in
            let setup = try await Self.setup(server)
            let token = try #require(server.tokens[.cxManager])
            let touchpoint = setup.survey.touchpointIDs[0]
            let body = #"""
                {"triggers": [
                  {"touchpointID": "\#(touchpoint)", "surveyID": "\#(setup.survey.id)", "customer": "crm:anna"},
                  {"touchpointID": "\#(touchpoint)", "surveyID": "\#(setup.survey.id)"},
                  {"touchpointID": "\#(touchpoint)", "surveyID": "\#(setup.survey.id)", "customer": "crm:bo"}
                ]}
                """#
            let response = try await client.api(.post, "/api/v1/triggers:batch", token: token, json: body)
            #expect(response.status == .ok)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
            #expect(object["scheduled"] as? Int == 1 && object["suppressed"] as? Int == 1 && object["rejected"] as? Int == 1)
            #expect(response.body.string.contains(#""field":"triggers[1].customerID""#))
            let tooMany = #"{"triggers": ["# + Array(repeating: "{}", count: 10_001).joined(separator: ",") + "]}"
            #expect(try await client.api(.post, "/api/v1/triggers:batch", token: token, json: tooMany).status == .badRequest)
        }
    }

    /// The text part of a multipart message, decoded.
    static func textPart(_ data: String) throws -> String {
        let part = try #require(
            data.components(separatedBy: "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .last)
        let encoded = try #require(part.components(separatedBy: "\r\n--").first).replacingOccurrences(of: "\r\n", with: "")
        return String(decoding: try #require(Data(base64Encoded: encoded)), as: UTF8.self)
    }

    @Test func anInvitationReachesTheSMTPServerAndItsLinkAnswersTheSurveyOnce() async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            try await SMTPTestServer.with(.init(login: SMTPMailerTests.login)) { smtp in
                let settings = SMTPMailerTests.settings(smtp, caFile: ca)
                try await TestServer.with(configure: {
                    $0.mailTransport = .smtp(settings)
                    $0.publicURL = "https://cxm.example.se"
                    $0.mailFrom = "cxm@example.se"
                    $0.mailCheckEvery = .seconds(3600)
                }) { server, client in
                    let setup = try await Self.setup(server)
                    let token = try #require(server.tokens[.cxManager])
                    let (_, invitation) = try await Self.trigger(
                        client, token, setup, customer: "crm:anna", extra: #", "delayMinutes": 0"#)
                    let sender = InvitationSender(
                        store: server.store, linkBase: "https://cxm.example.se", checkEvery: .seconds(1),
                        logger: TestServer.logger)
                    #expect(try await sender.sendDue() == 1)
                    #expect(try await sender.sendDue() == 0)  // never mailed twice
                    #expect(try await SMTPMailerTests.mailer(server.store, settings).sendDue() == 1)

                    let mail = try #require(smtp.messages.first)
                    #expect(mail.recipients == ["anna@example.se"] && mail.encrypted)
                    #expect(mail.data.contains("List-Unsubscribe: <https://cxm.example.se/u/"))
                    #expect(mail.data.contains("multipart/alternative"))
                    let text = try Self.textPart(mail.data)
                    #expect(text.contains("Svara på enkäten här:"))
                    let link = try #require(text.firstMatch(of: /https:\/\/cxm\.example\.se\/i\/([A-Za-z0-9_-]{43})/)?.1)
                    let path = "/i/\(link)"

                    // The first question answered in the mail opens the survey with it filled in.
                    let opened = try await client.execute(uri: "\(path)?q-nps=3", method: .get)
                    #expect(opened.status == .ok)
                    #expect(opened.body.string.contains(#"value="3" checked"#))
                    let id = try #require(invitation["id"] as? String)
                    #expect(try await server.store.invitation(id).status == .opened)
                    // Filled in, not saved: a mail scanner following the link answers nothing.
                    #expect(try await server.store.responseDraft(invitation: id) == nil)

                    let next = try await RespondentPageTests.post(client, path, [("screen", "0"), ("q-nps", "3")])
                    #expect(next.body.string.contains("Vad kan vi göra bättre?"))
                    let done = try await RespondentPageTests.post(
                        client, path, [("screen", "1"), ("q-why", "Långa köer"), ("q-csat", "2")])
                    #expect(done.status == .seeOther)
                    let thanks = try await client.execute(uri: try #require(done.headers[.location]), method: .get)
                    #expect(thanks.body.string.contains("Vi hör av oss om det du skrev."))

                    let answered = try await server.store.invitation(id)
                    #expect(answered.status == .responded)
                    let response = try await server.store.response(try #require(answered.responseID))
                    #expect(response.customerID == setup.anna.id)
                    // Single use: the link now says it was answered.
                    let used = try await client.execute(uri: path, method: .get, headers: [.acceptLanguage: "sv"])
                    #expect(used.status == .gone && used.body.string.contains("Du har redan svarat"))
                    #expect(
                        try await RespondentPageTests.post(client, path, [("screen", "0"), ("q-nps", "9")]).status == .seeOther)
                    #expect(try await server.store.responseCountsBySurvey()[setup.survey.id] == 1)

                    // Unsubscribing: a confirmation page, then no more invitations.
                    let unsubscribe = "/u/\(link)"
                    let confirm = try await client.execute(uri: unsubscribe, method: .get)
                    #expect(confirm.body.string.contains("Avsluta enkätutskick"))
                    let oneClick = try await client.execute(
                        uri: unsubscribe, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                        body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
                    #expect(oneClick.body.string.contains("Du är avregistrerad"))
                    let (_, after) = try await Self.trigger(client, token, setup, customer: "crm:anna")
                    #expect((after["reason"] as? [String: Any])?["code"] as? String == "opted_out")
                }
            }
        }
    }

    @Test func remindersGoToNonRespondersThenLinksExpireAndHardBouncesStopThem() async throws {
        try await SMTPTestCertificates.withAuthorityFile { ca in
            let behaviour = SMTPTestServer.Behaviour(login: SMTPMailerTests.login, rejectedRecipients: ["gone@example.se"])
            try await SMTPTestServer.with(behaviour) { smtp in
                let settings = SMTPMailerTests.settings(smtp, caFile: ca)
                try await TestServer.with(configure: {
                    $0.mailTransport = .smtp(settings); $0.mailCheckEvery = .seconds(3600)
                }) {
                    server, client in
                    let setup = try await Self.setup(server)
                    let gone = try await server.store.saveCustomer(
                        Customer(
                            displayName: "Gone", identifiers: [CustomerIdentifier(system: "email", value: "gone@example.se")]),
                        by: .system)
                    try await server.store.saveDistributionSettings(
                        DistributionSettings(delayMinutes: 0, expiryDays: 10, reminders: 2, reminderSpacingDays: 3),
                        survey: setup.survey.id, by: .system)
                    let now = Date()
                    let anna = try await server.store.trigger(
                        TriggerRequest(
                            touchpointID: setup.survey.touchpointIDs[0], surveyID: setup.survey.id, customerID: setup.anna.id),
                        now: now)
                    let bounced = try await server.store.trigger(
                        TriggerRequest(
                            touchpointID: setup.survey.touchpointIDs[0], surveyID: setup.survey.id, customerID: gone.id), now: now
                    )
                    let sender = InvitationSender(
                        store: server.store, linkBase: "http://cxm.test", checkEvery: .seconds(1), logger: TestServer.logger)
                    let mailer = SMTPMailerTests.mailer(server.store, settings)
                    #expect(try await sender.sendDue(now: now) == 2)
                    _ = try await mailer.sendDue()
                    #expect(try await server.store.invitation(bounced.invitation.id).status == .bounced)

                    let day: TimeInterval = 86_400
                    #expect(try await sender.sendDue(now: now.addingTimeInterval(2 * day)) == 0)
                    #expect(try await sender.sendDue(now: now.addingTimeInterval(3 * day + 60)) == 1)  // Anna only
                    #expect(try await sender.sendDue(now: now.addingTimeInterval(6 * day + 120)) == 1)
                    #expect(try await sender.sendDue(now: now.addingTimeInterval(9 * day + 180)) == 0)  // two were the limit
                    #expect(try await sender.sendDue(now: now.addingTimeInterval(10 * day + 1)) == 0)
                    let expired = try await server.store.invitation(anna.invitation.id)
                    #expect(expired.status == .expired && expired.remindersSent == 2)
                    // The reminders wait in the outbox for their (simulated) time, in Swedish.
                    let reminders = try await server.store.claimMail(limit: 10, lease: 120, now: now.addingTimeInterval(7 * day))
                    #expect(reminders.map(\.mail.to) == ["anna@example.se", "anna@example.se"])
                    #expect(
                        reminders.allSatisfy { $0.mail.subject.hasPrefix("Påminnelse") && $0.invitationID == anna.invitation.id })
                    #expect(smtp.messages.filter { $0.recipients == ["anna@example.se"] }.count == 1)
                    _ = client
                }
            }
        }
    }
}
