import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Cases over the API")
struct CaseAPITests {
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try response.body.json() as? [String: Any], "\(response.status): \(response.body.string)")
    }

    static func items(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try json(response)["items"] as? [[String: Any]])
    }

    @Test func aDetractorsAnswerOpensACaseInTheQueueOfTheTeamThatServedThem() async throws {
        try await TestServer.with { server, client in
            let cx = try #require(server.tokens[.cxManager])
            let survey = try #require(try await server.store.survey("survey-customer-service"))
            let touchpoint = survey.touchpointIDs[0]
            let nps = try #require(survey.questions.first { $0.type == .nps })
            let customer = try #require(
                try await server.store.customers(CustomerQuery(search: nil, unitID: nil, visibleUnits: nil), page: PageRequest())
                    .items.first)
            let body =
                #"{"surveyID": "\#(survey.id)", "touchpointID": "\#(touchpoint)", "unitID": "unit-se-customer-service", "customerID": "\#(customer.id)", "language": "sv", "answers": [{"question": "\#(nps.key)", "value": 2}]}"#
            let stored = try await client.api(.post, "/api/v1/responses", token: cx, json: body)
            #expect(stored.status == .created)
            let responseID = try #require(try Self.json(stored)["id"] as? String)

            let queue = try await client.api(.get, "/api/v1/cases?unit=unit-se-customer-service&order=newest", token: cx)
            let opened = try #require(try Self.items(queue).first { $0["responseID"] as? String == responseID })
            #expect(opened["status"] as? String == "new" && opened["priority"] as? String == "normal")
            #expect((opened["title"] as? String)?.hasPrefix("NPS 2 · ") == true)
            #expect(opened["ruleID"] as? String == "rule-detractor")
            let targets = try #require(opened["targets"] as? [String: Any])
            #expect((targets["firstContact"] as? [String: Any])?["due"] is String)

            // The Swedish team lead sees it; frontline staff of one store do not; viewers may not read cases.
            let lead = try await client.api(.get, "/api/v1/cases?status=all&limit=1000", token: server.tokens[.teamLead])
            #expect(try Self.items(lead).contains { $0["id"] as? String == opened["id"] as? String })
            let store = try await client.api(.get, "/api/v1/cases?status=all&limit=1000", token: server.tokens[.frontline])
            #expect(try !Self.items(store).contains { $0["id"] as? String == opened["id"] as? String })
            #expect(
                try await client.api(.get, "/api/v1/cases/\(opened["id"] as! String)", token: server.tokens[.frontline]).status
                    == .notFound)
            #expect(try await client.api(.get, "/api/v1/cases", token: server.tokens[.viewer]).status == .forbidden)
            let bad = try await client.api(.get, "/api/v1/cases?status=done", token: cx)
            #expect(bad.status == .badRequest && bad.body.string.contains("use open, all or new"))
        }
    }

    @Test func workingACaseRefusesIllegalMovesStaleVersionsAndAssigneesOutOfReach() async throws {
        try await TestServer.with { server, client in
            let lead = try #require(server.tokens[.teamLead])
            let opened = try await client.api(
                .post, "/api/v1/cases", token: lead,
                json:
                    #"{"title": "Billing complaint by phone", "unitID": "unit-se-store-goteborg-nordstan", "priority": "high", "note": "Called twice"}"#
            )
            #expect(opened.status == .created)
            let record = try Self.json(opened)
            let id = try #require(record["id"] as? String)
            #expect(record["version"] as? Int == 1 && record["source"] as? String == "manual")
            // Outside the lead's units: refused as if it did not exist.
            let elsewhere = try await client.api(
                .post, "/api/v1/cases", token: lead, json: #"{"title": "x", "unitID": "unit-dk"}"#)
            #expect(elsewhere.status == .notFound)

            let illegal = try await client.api(
                .post, "/api/v1/cases/\(id)/transitions", token: lead, json: #"{"version": 1, "to": "waiting_for_customer"}"#)
            #expect(illegal.status == .unprocessableContent)
            #expect(illegal.body.string.contains("it can go to contacted, in_progress, resolved, closed"))
            let noCode = try await client.api(
                .post, "/api/v1/cases/\(id)/transitions", token: lead, json: #"{"version": 1, "to": "resolved"}"#)
            #expect(noCode.status == .unprocessableContent && noCode.body.string.contains("resolutionCode"))

            let frontline = try #require(try await server.store.users().first { $0.role == .frontline })
            let assigned = try await client.api(
                .post, "/api/v1/cases/\(id)/assignment", token: lead,
                json: #"{"version": 1, "userID": "\#(frontline.id)", "reason": "Their store"}"#)
            #expect(assigned.status == .ok)
            #expect((try Self.json(assigned)["case"] as? [String: Any])?["version"] as? Int == 2)
            let stale = try await client.api(
                .post, "/api/v1/cases/\(id)/transitions", token: lead, json: #"{"version": 1, "to": "in_progress"}"#)
            #expect(stale.status == .conflict && stale.body.string.contains("it is now at version 2"))

            // Moving it to Denmark would take it out of the assignee's reach: refused, nothing changes.
            let admin = try #require(server.tokens[.admin])
            let away = try await client.api(
                .post, "/api/v1/cases/\(id)/assignment", token: admin,
                json: #"{"version": 2, "userID": "\#(frontline.id)", "unitID": "unit-dk"}"#)
            #expect(away.status == .unprocessableContent && away.body.string.contains("userID"))

            // The frontline colleague works it from their phone: a contact, a note, resolved.
            let staff = try #require(server.tokens[.frontline])
            let called = try await client.api(
                .post, "/api/v1/cases/\(id)/contacts", token: staff,
                json: #"{"channel": "phone", "outcome": "reached", "note": "Refund agreed"}"#)
            #expect(called.status == .created)
            let afterCall = try #require(try Self.json(called)["case"] as? [String: Any])
            #expect(afterCall["status"] as? String == "contacted" && afterCall["firstContactAt"] is String)
            let noted = try await client.api(.post, "/api/v1/cases/\(id)/notes", token: staff, json: #"{"text": "  "}"#)
            #expect(noted.status == .unprocessableContent)
            let version = try #require(afterCall["version"] as? Int)
            let edited = try await client.api(
                .patch, "/api/v1/cases/\(id)", token: staff,
                json: #"{"version": \#(version), "rootCause": "billing_error", "resolutionCode": "refund"}"#)
            #expect(edited.status == .ok)
            let done = try await client.api(
                .post, "/api/v1/cases/\(id)/transitions", token: staff, json: #"{"version": \#(version + 1), "to": "resolved"}"#)
            #expect(done.status == .ok)
            #expect((try Self.json(done)["case"] as? [String: Any])?["status"] as? String == "resolved")
            #expect(try await client.api(.post, "/api/v1/cases", token: server.tokens[.analyst], json: "{}").status == .forbidden)

            let events = try Self.items(try await client.api(.get, "/api/v1/cases/\(id)/events", token: lead))
            #expect(events.map { $0["kind"] as? String } == ["opened", "assignment", "contact", "status", "update", "status"])
            #expect(events.first?["text"] as? String == "Called twice")
            #expect((events[2]["contact"] as? [String: Any])?["outcome"] as? String == "reached")
            let workload = try Self.items(try await client.api(.get, "/api/v1/case-workload", token: lead))
            #expect(!workload.contains { $0["assigneeID"] as? String == frontline.id })  // resolved: no open work
        }
    }

    @Test func rulesAndBusinessHoursAreCheckedFieldByField() async throws {
        try await TestServer.with { server, client in
            let cx = try #require(server.tokens[.cxManager])
            let rules = try Self.items(try await client.api(.get, "/api/v1/case-rules", token: cx))
            #expect(rules.count == 4)
            let bad = try await client.api(
                .post, "/api/v1/case-rules", token: cx,
                json:
                    #"{"name": "Bad", "condition": {"metric": "nps", "atMost": 6}, "firstContactHours": 50, "resolutionHours": 40, "unitID": "nope"}"#
            )
            #expect(bad.status == .unprocessableContent && bad.body.string.contains("firstContactHours"))
            let unknownUnit = try await client.api(
                .post, "/api/v1/case-rules", token: cx,
                json: #"{"name": "Far away", "condition": {"textMentions": ["konkurs"]}, "unitID": "nope"}"#)
            #expect(unknownUnit.status == .unprocessableContent && unknownUnit.body.string.contains("unknown unit 'nope'"))
            let created = try await client.api(
                .post, "/api/v1/case-rules", token: cx,
                json:
                    #"{"name": "Bankruptcy", "condition": {"textMentions": ["konkurs*"]}, "priority": "urgent", "routeTo": "serving_unit"}"#
            )
            #expect(created.status == .created)
            let rule = try Self.json(created)
            #expect(rule["routeTo"] as? String == "serving_unit" && rule["maxAgeDays"] as? Int == 14)
            #expect(
                try await client.api(.delete, "/api/v1/case-rules/\(rule["id"] as! String)", token: server.tokens[.analyst])
                    .status == .forbidden)
            #expect(try await client.api(.delete, "/api/v1/case-rules/\(rule["id"] as! String)", token: cx).status == .noContent)

            // Business hours: a store's own, inherited below, and overlapping intervals named.
            let hours = try Self.json(
                try await client.api(.get, "/api/v1/units/unit-se-store-goteborg-nordstan/business-hours", token: cx))
            #expect(hours["inherited"] as? Bool == false)
            let overlapping = try await client.api(
                .put, "/api/v1/units/unit-se-store-goteborg-nordstan/business-hours", token: cx,
                json:
                    #"{"timeZone": "Europe/Stockholm", "week": {"1": [{"start": "08:00", "end": "12:00"}, {"start": "11:00", "end": "17:00"}]}}"#
            )
            #expect(overlapping.status == .unprocessableContent && overlapping.body.string.contains("Monday"))
            let malformed = try await client.api(
                .put, "/api/v1/units/unit-se-store-goteborg-nordstan/business-hours", token: cx,
                json: #"{"timeZone": "Europe/Stockholm", "week": {"1": [{"start": "8", "end": "17:00"}]}}"#)
            #expect(malformed.status == .badRequest && malformed.body.string.contains("HH:MM"))
            #expect(
                try await client.api(.delete, "/api/v1/units/unit-se-store-goteborg-nordstan/business-hours", token: cx).status
                    == .noContent)
            let inherited = try Self.json(
                try await client.api(.get, "/api/v1/units/unit-se-store-goteborg-nordstan/business-hours", token: cx))
            #expect(inherited["inherited"] as? Bool == true)
            #expect((inherited["calendar"] as? [String: Any])?["daysOff"] as? [String] != [])  // Sweden's holidays
        }
    }

    @Test func theReportCountsADetractorWhoCameBackAsAPromoter() async throws {
        try await TestServer.with { server, client in
            let cx = try #require(server.tokens[.cxManager])
            let survey = try #require(try await server.store.survey("survey-customer-service"))
            let nps = try #require(survey.questions.first { $0.type == .nps })
            let customer = try #require(
                try await server.store.customers(CustomerQuery(), page: PageRequest(offset: 7)).items.first)
            func answer(_ score: Int) async throws {
                let body =
                    #"{"surveyID": "\#(survey.id)", "touchpointID": "\#(survey.touchpointIDs[0])", "unitID": "unit-no-customer-service", "customerID": "\#(customer.id)", "language": "nb", "answers": [{"question": "\#(nps.key)", "value": \#(score)}]}"#
                #expect(try await client.api(.post, "/api/v1/responses", token: cx, json: body).status == .created)
            }
            try await answer(1)
            let opened = try #require(
                try await server.store.cases(CaseQuery(customerID: customer.id), page: PageRequest()).items.first)
            _ = try await server.store.changeCase(
                opened.id, version: opened.version, .contact(CaseContact(channel: .phone, outcome: .reached), note: nil),
                by: .system)
            _ = try await server.store.changeCase(
                opened.id, version: opened.version + 1, .transition(to: .resolved, resolutionCode: "explained"), by: .system)
            try await Task.sleep(for: .milliseconds(5))
            try await answer(9)

            let report = try #require(
                try await client.api(.get, "/api/v1/case-report?by=unit", token: cx).body.json() as? [String: Any])
            let groups = try #require(report["groups"] as? [[String: Any]])
            let team = try #require(groups.first { $0["key"] as? String == "unit-no-customer-service" })
            let promoter = try #require(team["recoveredToPromoter"] as? [String: Any])
            #expect(promoter["successes"] as? Int == 1 && promoter["n"] as? Int == 1 && promoter["lowSample"] as? Bool == true)
            let reached = try #require(team["firstContactInTime"] as? [String: Any])
            #expect((reached["successes"] as? Int ?? 0) >= 1)
            #expect(try await client.api(.get, "/api/v1/case-report?by=store", token: cx).status == .badRequest)

            let lead = server.login(.cxManager)
            let user = try await client.signIn(email: lead.email, password: lead.password)
            let page = try await client.page("/cases/report?by=touchpoint", as: user)
            #expect(page.status == .ok && page.body.string.contains("Ask a question in the sales chat"))
        }
    }

    @Test func casesAreReportedPerPersonOnlyOnceAnAdministratorSwitchesItOnAndEveryoneIsTold() async throws {
        try await TestServer.with { server, client in
            let lead = try #require(server.tokens[.teamLead])
            let admin = try #require(server.tokens[.admin])
            let refused = try await client.api(.get, "/api/v1/case-report?by=assignee", token: lead)
            #expect(refused.status == .badRequest && refused.body.string.contains("per-person statistics are off"))
            #expect(
                try Self.json(try await client.api(.get, "/api/v1/person-statistics", token: lead))["enabled"] as? Bool == false)
            #expect(
                try await client.api(.put, "/api/v1/person-statistics", token: lead, json: #"{"enabled": true}"#).status
                    == .forbidden)
            let on = try Self.json(
                try await client.api(.put, "/api/v1/person-statistics", token: admin, json: #"{"enabled": true}"#))
            #expect(on["enabled"] as? Bool == true && on["enabledBy"] as? String != nil)
            let report = try await client.api(.get, "/api/v1/case-report?by=assignee", token: lead)
            #expect(report.status == .ok)

            // The page says who switched it on, and offers the grouping.
            let user = try await WebSurveyEditTests.signIn(.teamLead, server, client)
            let page = try await client.page("/cases/report?by=assignee", as: user)
            #expect(page.status == .ok && page.body.string.contains("value=\"assignee\""))
            #expect(page.body.string.contains("role=\"status\""))
            _ = try await client.api(.put, "/api/v1/person-statistics", token: admin, json: #"{"enabled": false}"#)
            #expect(try await client.api(.get, "/api/v1/case-report?by=assignee", token: lead).status == .badRequest)
        }
    }
}
