import CXMCore
import CXMServer
import CXMStore
import CXMViews
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("The follow-up survey in the browser and the API")
struct WebCaseFollowUpTests {
    /// A case of a demo customer who agreed to surveys, reached and resolved: ready to close.
    static func resolvedCase(_ server: TestServer) async throws -> Case {
        let customers = try await server.store.customers(
            CustomerQuery(search: nil, unitID: nil, visibleUnits: nil), page: PageRequest(limit: 300)
        ).items
        let customer = try #require(customers.first { $0.consent.maySurvey && $0.identifiers.contains { $0.system == "email" } })
        var record = try await server.store.openCase(
            Case(
                title: "Invoice charged twice", source: .manual, customerID: customer.id, touchpointID: "tp-support-phone",
                unitID: "unit-se-customer-service", createdAt: Date()), firstContactHours: 8, resolutionHours: 40, by: .system)
        for change in [
            CaseChange.contact(CaseContact(channel: .phone, outcome: .reached), note: nil),
            .transition(to: .resolved, resolutionCode: "refund"),
        ] {
            record = try await server.store.changeCase(record.id, version: record.version, change, by: .system).case
        }
        return record
    }

    @Test func closingOnTheCasePageSendsTheSurveyAndTheTimelineSaysWhen() async throws {
        try await TestServer.with { server, client in
            let record = try await Self.resolvedCase(server)
            let lead = server.login(.teamLead)
            let user = try await client.signIn(email: lead.email, password: lead.password)
            let page = try await client.page("/cases/\(record.id)", as: user)
            let language = try WebCaseTests.language(of: page)
            let t = Localizer(language)
            #expect(page.body.string.contains(t(CaseText.sendFollowUp, "After your case")))
            #expect(page.body.string.contains(#"name="follow_up" value="on" checked"#))

            let closed = try await client.post(
                "/cases/\(record.id)/status",
                form: [("csrf", user.csrf), ("version", String(record.version)), ("status", "closed"), ("follow_up", "on")],
                as: user)
            #expect(closed.status == .seeOther)
            let events = try await server.store.caseEvents(record.id)
            let note = try #require(events.last?.followUp)
            #expect(note.surveyID == "survey-case-follow-up" && note.suppressed == nil)
            let invitation = try await server.store.invitation(note.invitationID)
            // The survey measures one touchpoint, which is not the case's: it goes there.
            #expect(invitation.status == .scheduled && invitation.touchpointID == "tp-resolution-email")
            let after = try await client.page("/cases/\(record.id)", as: user)
            #expect(after.body.string.contains(t(CaseText.evFollowUp, "After your case", "").dropLast(1)))
        }
    }

    @Test func untickingTheBoxHoldsTheSurveyBackAndAClientCannotClaimTheExemption() async throws {
        try await TestServer.with { server, client in
            let record = try await Self.resolvedCase(server)
            let lead = server.login(.teamLead)
            let user = try await client.signIn(email: lead.email, password: lead.password)
            // A refused close (a stale version) keeps the box as the closer left it.
            let stale = try await client.post(
                "/cases/\(record.id)/status",
                form: [("csrf", user.csrf), ("version", String(record.version - 1)), ("status", "closed")], as: user)
            #expect(stale.status == .conflict)
            #expect(!stale.body.string.contains(#"name="follow_up" value="on" checked"#))
            #expect(stale.body.string.contains(#"name="follow_up" value="on""#))
            let closed = try await client.post(
                "/cases/\(record.id)/status",
                form: [("csrf", user.csrf), ("version", String(record.version)), ("status", "closed")], as: user)
            #expect(closed.status == .seeOther)
            #expect(try await server.store.caseEvents(record.id).allSatisfy { $0.kind != .followUp })
            let customer = try #require(record.customerID)
            #expect(try await server.store.invitations(customer: customer).allSatisfy { $0.surveyID != "survey-case-follow-up" })

            // The customer answered just now (the quarantine holds); a trigger saying followUp is an
            // ordinary trigger, and the case's key is not the client's to use.
            let admin = try #require(server.tokens[.admin])
            let survey = try #require(try await server.store.survey("survey-customer-service"))
            let answer =
                #"{"surveyID": "\#(survey.id)", "touchpointID": "tp-support-phone", "unitID": "unit-se-customer-service", "customerID": "\#(customer)", "language": "sv", "answers": [{"question": "nps", "value": 9}]}"#
            #expect(try await client.api(.post, "/api/v1/responses", token: admin, json: answer).status == .created)
            let trigger = try await client.api(
                .post, "/api/v1/triggers", token: admin,
                json:
                    #"{"touchpointID": "tp-resolution-email", "surveyID": "survey-case-follow-up", "customerID": "\#(customer)", "followUp": true}"#
            )
            #expect(trigger.body.string.contains(#""status":"suppressed""#) && trigger.body.string.contains("quarantine"))
            let taken = try await client.api(
                .post, "/api/v1/triggers", token: admin,
                json:
                    #"{"touchpointID": "tp-resolution-email", "customerID": "\#(customer)", "idempotencyKey": "case-follow-up:\#(record.id)"}"#
            )
            #expect(taken.status == .unprocessableContent && taken.body.string.contains("cxm's own"))
        }
    }

    @Test func theAPIClosesWithoutTheSurveyWhenAskedAndTheSettingIsForCaseManagers() async throws {
        try await TestServer.with { server, client in
            let record = try await Self.resolvedCase(server)
            let cx = try #require(server.tokens[.cxManager])
            let closed = try await client.api(
                .post, "/api/v1/cases/\(record.id)/transitions", token: cx,
                json: #"{"version": \#(record.version), "to": "closed", "followUp": false}"#)
            #expect(closed.status == .ok && !closed.body.string.contains("follow_up"))

            let setting = try await client.api(.get, "/api/v1/case-follow-up", token: server.tokens[.frontline])
            #expect(setting.body.string.contains(#""surveyID":"survey-case-follow-up""#))
            let bad = try await client.api(
                .put, "/api/v1/case-follow-up", token: cx, json: #"{"surveyID": "nope", "delayHours": 900}"#)
            #expect(bad.status == .unprocessableContent && bad.body.string.contains("delayHours"))
            #expect(
                try await client.api(.put, "/api/v1/case-follow-up", token: server.tokens[.teamLead], json: "{}").status
                    == .forbidden)
            let off = try await client.api(.put, "/api/v1/case-follow-up", token: cx, json: #"{"delayHours": 2}"#)
            #expect(off.status == .ok && !off.body.string.contains("surveyID"))

            // The page: a CX manager sets it back; a wrong number of hours is named.
            let manager = server.login(.cxManager)
            let user = try await client.signIn(email: manager.email, password: manager.password)
            let queue = try await client.page("/cases", as: user)
            #expect(queue.body.string.contains(#"href="/cases/follow-up""#))
            let refused = try await client.post(
                "/cases/follow-up", form: [("csrf", user.csrf), ("survey", "survey-case-follow-up"), ("delay_hours", "a day")],
                as: user)
            #expect(refused.status == .unprocessableContent)
            let saved = try await client.post(
                "/cases/follow-up", form: [("csrf", user.csrf), ("survey", "survey-case-follow-up"), ("delay_hours", "48")],
                as: user)
            #expect(saved.headers[.location] == "/cases/follow-up?notice=saved")
            #expect(try await server.store.caseFollowUp() == CaseFollowUp(surveyID: "survey-case-follow-up", delayHours: 48))
        }
    }
}
