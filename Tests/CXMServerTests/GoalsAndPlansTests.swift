import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Goals, KPI boards and action plans")
struct GoalsAndPlansTests {
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try response.body.json() as? [String: Any], "\(response.status): \(response.body.string)")
    }

    @Test func goalsRefuseUnreachableTargetsAndTheBoardShowsThemToAnyoneWithTheLink() async throws {
        try await TestServer.with { server, client in
            let cx = try #require(server.tokens[.cxManager])
            let lead = try #require(server.tokens[.teamLead])
            let frontline = try #require(server.tokens[.frontline])
            let leadUnit = try #require(server.login(.teamLead).unitID)
            let deadline = LocalDay(Date(), in: .gmt).adding(days: 200).iso

            // The demo's goals, each with its progress, for every reader.
            let listed = try Self.json(try await client.api(.get, "/api/v1/goals", token: frontline))
            let items = try #require(listed["items"] as? [[String: Any]])
            #expect(items.count == DemoGoalsAndPlans.goals.count)
            #expect(items.allSatisfy { ($0["progress"] as? [String: Any])?["status"] is String })

            // Targets the metric cannot reach are refused by name, with the range.
            let tooHigh = try await client.api(
                .post, "/api/v1/goals", token: cx,
                json: #"{"title": "CES", "metric": "ces", "target": 9, "deadline": "\#(deadline)"}"#)
            #expect(tooHigh.status == .unprocessableContent)
            #expect(tooHigh.body.string.contains("\"target\"") && tooHigh.body.string.contains("between 1 and 7"))
            let rating = try await client.api(
                .post, "/api/v1/goals", token: cx,
                json: #"{"title": "x", "metric": "rating", "target": 4, "deadline": "\#(deadline)"}"#)
            #expect(rating.status == .unprocessableContent && rating.body.string.contains("\"metric\""))
            #expect(
                try await client.api(
                    .post, "/api/v1/goals", token: frontline,
                    json: #"{"title": "x", "metric": "nps", "target": 10, "deadline": "\#(deadline)"}"#
                ).status == .forbidden)
            // A team lead sets goals for their own units, not the company's.
            let companyWide = try await client.api(
                .post, "/api/v1/goals", token: lead,
                json: #"{"title": "x", "metric": "nps", "target": 10, "deadline": "\#(deadline)"}"#)
            #expect(companyWide.status == .unprocessableContent && companyWide.body.string.contains("\"unitID\""))
            let own = try await client.api(
                .post, "/api/v1/goals", token: lead,
                json:
                    #"{"title": "Sweden NPS", "metric": "nps", "unitID": "\#(leadUnit)", "target": 25, "deadline": "\#(deadline)"}"#
            )
            #expect(own.status == .created)
            let ownID = try #require((try Self.json(own)["goal"] as? [String: Any])?["id"] as? String)

            // Only CX managers publish a board; its link opens without signing in.
            #expect(
                try await client.api(.post, "/api/v1/kpi-boards", token: lead, json: #"{"title": "x"}"#).status == .forbidden)
            let few = try await client.api(.post, "/api/v1/kpi-boards", token: cx, json: #"{"title": "x", "minimumN": 2}"#)
            #expect(few.status == .unprocessableContent && few.body.string.contains("\"minimumN\""))
            let created = try await client.api(
                .post, "/api/v1/kpi-boards", token: cx,
                json: #"{"title": "Våra mål", "goalIDs": ["\#(ownID)"], "language": "sv"}"#)
            #expect(created.status == .created)
            let board = try Self.json(created)
            let token = try #require(board["token"] as? String)
            let boardID = try #require(board["id"] as? String)
            let page = try await client.execute(uri: "/kpi/\(token)", method: .get)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Våra mål") && page.body.string.contains("Sweden NPS"))
            #expect(!page.body.string.contains("class=\"main-nav\"") && !page.body.string.contains("/logout"))
            #expect(page.headers[HTTPField.Name("X-Robots-Tag")!] == "noindex, nofollow")
            let tv = try await client.execute(uri: "/kpi/\(token)?tv=1", method: .get)
            #expect(tv.body.string.contains("src=\"/assets/kpi-tv.js\"") && tv.body.string.contains("kpi-board tv"))
            #expect(!page.body.string.contains("kpi-tv.js"))
            let script = try await client.execute(uri: "/assets/kpi-tv.js", method: .get)
            #expect(script.status == .ok && script.body.string.contains("location.reload()"))
            // The demo's board names no goals: it shows the company's, not a unit's.
            let demoBoard = try #require(try await server.store.kpiBoards().first { $0.title == DemoGoalsAndPlans.boardTitle })
            let demoPage = try await client.execute(uri: demoBoard.path, method: .get)
            for goal in DemoGoalsAndPlans.goals {
                #expect(demoPage.body.string.contains(goal.title) == (goal.unitID == nil), "\(goal.title)")
            }

            #expect(try await client.execute(uri: "/kpi/AAAAAAAAAAAAAAAAAAAAAA", method: .get).status == .notFound)
            #expect(try await client.api(.delete, "/api/v1/kpi-boards/\(boardID)", token: cx).status == .noContent)
            #expect(try await client.execute(uri: "/kpi/\(token)", method: .get).status == .notFound)
        }
    }

    @Test func aTeamSuggestsItsPlanAndOwnersMoveTheirActionsAlong() async throws {
        try await TestServer.with { server, client in
            let lead = try #require(server.tokens[.teamLead])
            let frontline = try #require(server.tokens[.frontline])
            let viewer = try #require(server.tokens[.viewer])
            let cx = try #require(server.tokens[.cxManager])
            let store = try #require(server.login(.frontline).unitID)

            // The demo store's plan is there, with the team's suggestions, and rolls up for the CX lead.
            let rollup = try Self.json(try await client.api(.get, "/api/v1/action-plans", token: cx))
            let plans = try #require(rollup["items"] as? [[String: Any]])
            #expect(rollup["openPlans"] as? Int == 1 && rollup["actions"] as? Int == DemoGoalsAndPlans.actions.count)
            let demoPlan = try #require(plans.first?["plan"] as? [String: Any])
            #expect(demoPlan["suggestions"] as? Int == DemoGoalsAndPlans.entries.filter { $0.kind == .suggestion }.count)

            let started = try await client.api(
                .post, "/api/v1/action-plans", token: lead,
                json: #"{"unitID": "\#(store)", "title": "Friendlier welcome", "sourcePath": "/dashboards"}"#)
            #expect(started.status == .created)
            let planID = try #require(try Self.json(started)["id"] as? String)
            #expect(
                try await client.api(
                    .post, "/api/v1/action-plans", token: frontline, json: #"{"unitID": "\#(store)", "title": "x"}"#
                )
                .status == .forbidden)
            let outside = try await client.api(
                .post, "/api/v1/action-plans", token: lead, json: #"{"unitID": "unit-no-store-oslo-storo", "title": "x"}"#)
            #expect(outside.status == .unprocessableContent && outside.body.string.contains("\"unitID\""))
            let offsite = try await client.api(
                .post, "/api/v1/action-plans", token: lead,
                json: #"{"unitID": "\#(store)", "title": "x", "sourcePath": "https://evil.example"}"#)
            #expect(offsite.status == .unprocessableContent && offsite.body.string.contains("\"sourcePath\""))

            // The team suggests; viewers only read.
            let suggestion = try await client.api(
                .post, "/api/v1/action-plans/\(planID)/entries", token: frontline,
                json: #"{"kind": "suggestion", "text": "Greet everyone at the door"}"#)
            #expect(suggestion.status == .created)
            let suggestionID = try #require(try Self.json(suggestion)["id"] as? String)
            #expect(
                try await client.api(
                    .post, "/api/v1/action-plans/\(planID)/entries", token: viewer, json: #"{"kind": "comment", "text": "x"}"#
                ).status == .forbidden)

            // The lead makes it an action owned by the frontline worker (who moves it along on the web: an API token
            // is nobody's person, so it owns no action).
            let frontlineUser = try #require(try await server.store.users().first { $0.role == .frontline })
            let action = try await client.api(
                .post, "/api/v1/action-plans/\(planID)/actions", token: lead,
                json:
                    #"{"title": "Door host", "ownerID": "\#(frontlineUser.id)", "due": "2026-12-31", "suggestionID": "\#(suggestionID)"}"#
            )
            #expect(action.status == .created)
            let actionID = try #require(try Self.json(action)["id"] as? String)
            #expect(
                try await client.api(.post, "/api/v1/action-plans/\(planID)/actions", token: frontline, json: #"{"title": "x"}"#)
                    .status == .forbidden)
            #expect(
                try await client.api(
                    .put, "/api/v1/action-plans/\(planID)/actions/\(actionID)", token: frontline, json: #"{"status": "done"}"#
                ).status == .forbidden)
            let web = try await WebSurveyEditTests.signIn(.frontline, server, client)
            let byOwner = try await client.post(
                "/plans/\(planID)/actions/\(actionID)", form: [("status", "done"), ("csrf", web.csrf)], as: web)
            #expect(byOwner.status == .seeOther)
            let moved = try await client.api(
                .put, "/api/v1/action-plans/\(planID)/actions/\(actionID)", token: lead, json: #"{"title": "Door host 9–11"}"#)
            let movedStatus = try Self.json(moved)["status"] as? String
            #expect(moved.status == .ok && movedStatus == "done")
            let read = try Self.json(try await client.api(.get, "/api/v1/action-plans/\(planID)", token: frontline))
            #expect((read["progress"] as? [String: Any])?["done"] as? Int == 1)
            #expect((read["entries"] as? [[String: Any]])?.first?["actionID"] as? String == actionID)
        }
    }

    @Test func aLeadStartsAPlanFromTheDashboardAndTheTeamAnswersOnThePage() async throws {
        try await TestServer.with { server, client in
            let lead = try await WebSurveyEditTests.signIn(.teamLead, server, client)
            let frontline = try await WebSurveyEditTests.signIn(.frontline, server, client)
            let cx = try await WebSurveyEditTests.signIn(.cxManager, server, client)
            let store = try #require(server.login(.frontline).unitID)

            // The result page offers a plan to those who lead one, with the figures as its focus.
            let dashboard = try await client.page("/dashboards?unit=\(store)", as: lead)
            let link = try #require(dashboard.body.string.firstMatch(of: /href="(\/plans\/new\?[^"]+)"/)?.1)
            #expect(link.contains("source="))
            let frontlineDashboard = try await client.page("/dashboards", as: frontline)
            #expect(!frontlineDashboard.body.string.contains("/plans/new"))
            let form = try await client.page(String(link).replacingOccurrences(of: "&amp;", with: "&"), as: lead)
            #expect(form.status == .ok && form.body.string.contains("name=\"source\""))
            #expect(form.body.string.contains("<option value=\"\(store)\" selected"))

            let missing = try await client.post(
                "/plans", form: [("unit", store), ("title", " "), ("csrf", lead.csrf)], as: lead)
            #expect(missing.status == .unprocessableContent && missing.body.string.contains("href=\"#plan-title\""))
            let started = try await client.post(
                "/plans", form: [("unit", store), ("title", "Fewer <repeat> calls"), ("focus", "NPS 12"), ("csrf", lead.csrf)],
                as: lead)
            #expect(started.status == .seeOther)
            let path = try #require(started.headers[.location])

            let suggested = try await client.post(
                path + "/entries", form: [("kind", "suggestion"), ("text", "Call back <before> noon"), ("csrf", frontline.csrf)],
                as: frontline)
            #expect(suggested.status == .seeOther)
            let page = try await client.page(path, as: frontline)
            #expect(page.body.string.contains("Call back &lt;before&gt; noon") && !page.body.string.contains("<before>"))
            // Only the lead gets the forms that add actions or close the plan.
            #expect(!page.body.string.contains("\(path)/actions\"") && !page.body.string.contains("\(path)/status"))
            let leadPage = try await client.page(path, as: lead)
            #expect(leadPage.body.string.contains("\(path)/actions\"") && leadPage.body.string.contains("\(path)/status"))

            // The CX lead sees every unit's plans rolled up, and the goals with the boards they publish.
            let rollup = try await client.page("/plans", as: cx)
            #expect(
                rollup.body.string.contains("Fewer &lt;repeat&gt; calls") && rollup.body.string.contains("Kortare köer vid lunch")
            )
            let goals = try await client.page("/goals", as: cx)
            #expect(goals.body.string.contains("/kpi/") && goals.body.string.contains("id=\"goal-target\""))
            let leadGoals = try await client.page("/goals", as: lead)
            #expect(!leadGoals.body.string.contains("/kpi/"))
            let refused = try await client.post(
                "/goals",
                form: [
                    ("title", "Impossible"), ("metric", "csat"), ("unit", store), ("target", "120"), ("deadline", "2031-01-01"),
                    ("csrf", lead.csrf),
                ], as: lead)
            #expect(refused.status == .unprocessableContent && refused.body.string.contains("href=\"#goal-target\""))
        }
    }
}

@Suite("The monthly results digest")
struct ResultsDigestTests {
    static func date(_ text: String) throws -> Date { try #require(ISO8601DateFormatter().date(from: text)) }

    @Test func everyoneGetsLastMonthsResultsOnceEarlyInTheMonth() async throws {
        try await TestServer.with { server, client in
            let sender = ResultsDigestSender(
                store: server.store, checkEvery: .seconds(3_600), mailLinkBase: "https://cx.example", logger: TestServer.logger)
            let quiet = ResultsDigestSender(
                store: server.store, checkEvery: .seconds(3_600), mailLinkBase: nil, logger: TestServer.logger)
            // Not in the middle of the month, not before seven on the first, and never without a way to mail.
            #expect(try await sender.round(now: try Self.date("2026-06-15T10:00:00Z")) == 0)
            #expect(try await sender.round(now: try Self.date("2026-06-01T03:00:00Z")) == 0)
            #expect(try await quiet.round(now: try Self.date("2026-06-02T10:00:00Z")) == 0)
            let people = try await server.store.users().filter { !$0.disabled }
            #expect(try await sender.round(now: try Self.date("2026-06-02T10:00:00Z")) == people.count)
            // Once a month per person, however many rounds pass.
            #expect(try await sender.round(now: try Self.date("2026-06-02T11:00:00Z")) == 0)
            #expect(try await server.store.digestsSent(month: "2026-05-01").count == people.count)

            // Queued for the mailer (mails queued for a June long gone expire unsent, so the content is read on the
            // page that previews it: the same builder and text).
            #expect(try await server.store.outboxState().waiting >= people.count)
            let frontline = try await WebSurveyEditTests.signIn(.frontline, server, client)
            let own = try await client.page("/goals/digest?month=2026-05", as: frontline)
            let text = own.body.string
            // The company's figures and the store's own, the plan of the store, and the improvement measured in May.
            #expect(text.contains("Göteborg Nordstan"))
            #expect(text.contains("NPS"))
            #expect(text.contains(DemoGoalsAndPlans.plan.title))
            #expect(text.contains("href=\"/improvements/"))
            #expect(text.contains(DemoGoalsAndPlans.goals[0].title))

            // The preview page shows the signed-in person theirs.
            let lead = try await WebSurveyEditTests.signIn(.teamLead, server, client)
            let page = try await client.page("/goals/digest?month=2026-05", as: lead)
            #expect(page.status == .ok && page.body.string.contains(DemoGoalsAndPlans.plan.title))
        }
    }
}
