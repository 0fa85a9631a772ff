import CXMCore
import CXMServer
import CXMStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Driver analysis and alerts in the API")
struct AlertsAPITests {
    private static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try response.body.json() as? [String: Any])
    }

    private static func errorFields(_ response: TestResponse) throws -> [String] {
        ((try object(response)["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }
    }

    /// An alert on the frontline person's unit, from a series that drops halfway through 40 weeks.
    private static func raiseAlert(in server: TestServer, unit: String, touchpoint: String) async throws -> String {
        let periods = AlertEngine.weeks(endingBefore: LocalDay(year: 2026, month: 6, day: 1), count: 40)
        let samples = (0..<40).map { week in
            PeriodSample.mean(
                sum: Double(week < 34 ? 60 * 6 : 60 * 4), sumOfSquares: Double(week < 34 ? 60 * 37 : 60 * 17), n: 60)
        }
        let key = AlertSeriesKey(metric: .ces, question: "ces", touchpointID: touchpoint, unitID: unit)
        let check = AlertEngine().check([AlertSeries(key: key, samples: samples)], periods: periods)
        let outcome = try await server.store.recordAlertCheck(check, at: Date())
        return try #require(outcome.raised.first?.id)
    }

    @Test func driversAreAnalysedWithTheirProblemsStatedAndBadParametersNamed() async throws {
        try await TestServer.with { server, client in
            let response = try await client.api(
                .get, "/api/v1/drivers?outcome=nps&replicates=20", token: server.tokens[.analyst])
            #expect(response.status == .ok)
            let report = try #require(try Self.object(response)["report"] as? [String: Any])
            #expect((report["n"] as? Int ?? 0) > 0)
            #expect(report["drivers"] is [Any])
            #expect(report["rSquared"] != nil || report["problem"] != nil)

            for (query, field) in [
                ("level=response", "outcome"), ("outcome=nope", "outcome"), ("outcome=nps&level=store", "level"),
                ("outcome=nps&replicates=9999", "replicates"), ("outcome=nps&unit=nowhere", "unit"),
                ("outcome=nps&missing=some", "missing"), ("outcome=nps&colour=red", "colour"),
            ] {
                let refused = try await client.api(.get, "/api/v1/drivers?\(query)", token: server.tokens[.analyst])
                #expect(refused.status == .badRequest, "\(query)")
                #expect(try Self.errorFields(refused) == [field], "\(query)")
            }
        }
    }

    @Test func alertsAreListedWithinTheReadersUnitsAndManagedByThoseWhoFollowResultsUp() async throws {
        try await TestServer.with { server, client in
            let frontline = server.login(.frontline)
            let unit = try #require(frontline.unitID)
            let id = try await Self.raiseAlert(in: server, unit: unit, touchpoint: "tp-store-advice")

            let list = try await client.api(.get, "/api/v1/alerts", token: server.tokens[.frontline])
            let items = try #require(try Self.object(list)["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == [id])
            #expect(items.first?["worse"] as? Bool == true && items.first?["chart"] == nil)
            let single = try Self.object(try await client.api(.get, "/api/v1/alerts/\(id)", token: server.tokens[.viewer]))
            #expect((single["chart"] as? [Any])?.count == 40)
            #expect((single["links"] as? [String: String])?["feedback"]?.contains("unit=\(unit)") == true)
            #expect(single["since"] as? String != nil)

            // The store lies in the team lead's region.
            #expect(try await client.api(.get, "/api/v1/alerts/\(id)", token: server.tokens[.teamLead]).status == .ok)
            #expect(try await client.api(.get, "/api/v1/alerts/nope", token: server.tokens[.admin]).status == .notFound)

            let forbidden = try await client.api(
                .patch, "/api/v1/alerts/\(id)", token: server.tokens[.frontline], json: #"{"action":"acknowledge"}"#)
            #expect(forbidden.status == .forbidden)
            let noReason = try await client.api(
                .patch, "/api/v1/alerts/\(id)", token: server.tokens[.analyst], json: #"{"action":"mute"}"#)
            #expect(noReason.status == .badRequest)
            #expect(try Self.errorFields(noReason) == ["reason"])
            let muted = try await client.api(
                .patch, "/api/v1/alerts/\(id)", token: server.tokens[.analyst],
                json: #"{"action":"mute","reason":"The new login was planned","improvement":"IMP-12"}"#)
            let body = try Self.object(muted)
            #expect(body["status"] as? String == "muted" && body["muteReason"] as? String == "The new login was planned")
            #expect(body["improvement"] as? String == "IMP-12")
            let reopened = try Self.object(
                try await client.api(.patch, "/api/v1/alerts/\(id)", token: server.tokens[.admin], json: #"{"action":"reopen"}"#))
            #expect(reopened["status"] as? String == "open" && reopened["muteReason"] == nil)

            // A case is linked by its number or id; one that does not exist is refused, naming the field, and
            // the action sent with it is not applied either.
            let unknownCase = try await client.api(
                .patch, "/api/v1/alerts/\(id)", token: server.tokens[.analyst],
                json: ##"{"action":"acknowledge","case":"#999999"}"##)
            #expect(unknownCase.status == .unprocessableContent)
            #expect(try Self.errorFields(unknownCase) == ["case"])
            let unchanged = try Self.object(
                try await client.api(.get, "/api/v1/alerts/\(id)", token: server.tokens[.analyst]))
            #expect(unchanged["status"] as? String == "open")
            let aCase = try #require(
                try await server.store.cases(CaseQuery(statuses: Set(CaseStatus.allCases)), page: PageRequest(limit: 1)).items
                    .first)
            let linked = try Self.object(
                try await client.api(
                    .patch, "/api/v1/alerts/\(id)", token: server.tokens[.analyst], json: "{\"case\":\"#\(aCase.number)\"}"))
            #expect(linked["caseID"] as? String == aCase.id)

            let quiet = AlertCheck(
                periods: AlertEngine.weeks(endingBefore: LocalDay(year: 2026, month: 6, day: 1), count: 40), series: 1,
                assessed: 1, falseDiscoveryRate: 0.05, findings: [])
            #expect(try await server.store.recordAlertCheck(quiet, at: Date()).resolved == 1)
            let revived = try await client.api(
                .patch, "/api/v1/alerts/\(id)", token: server.tokens[.admin], json: #"{"action":"reopen"}"#)
            #expect(revived.status == .conflict)

            let check = try await client.api(.post, "/api/v1/alerts/check", token: server.tokens[.cxManager])
            #expect(check.status == .ok)
            #expect((try Self.object(check)["series"] as? Int ?? 0) > 0)
            #expect(try await client.api(.post, "/api/v1/alerts/check", token: server.tokens[.viewer]).status == .forbidden)
            let digest = try await client.api(.get, "/api/v1/alerts/digest", token: server.tokens[.admin])
            #expect(digest.status == .badRequest, "an API token has no digest")
        }
    }

    @Test func theAlertPagesShowTheChangeItsChartAndTheActionsForThoseWhoMayTakeThem() async throws {
        try await TestServer.with { server, client in
            let frontline = server.login(.frontline)
            let id = try await Self.raiseAlert(in: server, unit: try #require(frontline.unitID), touchpoint: "tp-store-advice")
            let analyst = server.login(.analyst)
            let user = try await client.signIn(email: analyst.email, password: analyst.password)

            let list = try await client.page("/alerts", as: user)
            #expect(list.status == .ok)
            #expect(list.body.string.contains("/alerts/\(id)") && list.body.string.contains("name=\"digest\""))
            let page = try await client.page("/alerts/\(id)", as: user)
            let html = page.body.string
            #expect(html.contains("<svg") && html.contains("Ease (CES)") && html.contains("value=\"acknowledge\""))
            #expect(html.contains("/feedback?touchpoint=tp-store-advice"))
            #expect(html.contains("/changes?metric=ces&amp;question=ces&amp;touchpoint=tp-store-advice"))

            let noReason = try await client.post("/alerts/\(id)", form: [("csrf", user.csrf), ("action", "mute")], as: user)
            #expect(noReason.status == .badRequest)
            let muted = try await client.post(
                "/alerts/\(id)", form: [("csrf", user.csrf), ("action", "mute"), ("reason", "Planned change")], as: user)
            #expect(muted.status == .seeOther)
            #expect(try await client.page("/alerts/\(id)", as: user).body.string.contains("Planned change"))
            let digest = try await client.post("/alerts/digest", form: [("csrf", user.csrf), ("digest", "daily")], as: user)
            #expect(digest.status == .seeOther)
            #expect(try await client.page("/alerts", as: user).body.string.contains("value=\"daily\" selected"))

            let viewer = server.login(.viewer)
            let reader = try await client.signIn(email: viewer.email, password: viewer.password)
            let readOnly = try await client.page("/alerts/\(id)", as: reader).body.string
            #expect(readOnly.contains("<svg") && !readOnly.contains("value=\"acknowledge\""))
            #expect(
                try await client.post("/alerts/\(id)", form: [("csrf", reader.csrf), ("action", "reopen")], as: reader).status
                    == .forbidden)
        }
    }

    @Test func theDriverPageShowsTheAnalysisAndRefusesUnknownNames() async throws {
        try await TestServer.with { server, client in
            let analyst = server.login(.analyst)
            let user = try await client.signIn(email: analyst.email, password: analyst.password)

            let page = try await client.page("/drivers?outcome=nps&touchpoint=tp-support-phone", as: user)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("What drives") && page.body.string.contains("n = "))
            let matrix = try await client.page("/drivers?outcome=nps&level=customer&journey=journey-getting-help", as: user)
            #expect(matrix.status == .ok)
            #expect(matrix.body.string.contains("Importance and performance") || matrix.body.string.contains("Cannot estimate"))
            #expect(try await client.page("/drivers?outcome=nope", as: user).status == .badRequest)
        }
    }

    @Test func aChangeIsSplitIntoPerformanceAndMixThatAddUpExactly() async throws {
        try await TestServer.with { server, client in
            let response = try await client.api(
                .get, "/api/v1/changes?metric=nps&from=2026-03-01&to=2026-05-28&baseFrom=2025-12-01&baseTo=2026-02-28",
                token: server.tokens[.analyst])
            #expect(response.status == .ok)
            let body = try Self.object(response)
            let change = try #require(body["change"] as? Double)
            let dimensions = try #require(body["dimensions"] as? [[String: Any]])
            #expect(dimensions.compactMap { $0["dimension"] as? String } == ["touchpoint", "unit", "channel"])
            for dimension in dimensions {
                let segments = try #require(dimension["segments"] as? [[String: Any]])
                let sum = segments.compactMap { $0["contribution"] as? Double }.reduce(0, +)
                #expect(abs(sum - change) < 1e-9, "\(dimension["dimension"] ?? "")")
                #expect(
                    segments.allSatisfy { segment in
                        ["answersBefore", "answersAfter"].allSatisfy { key in
                            let n = segment[key] as? Int ?? 0
                            return n == 0 || n >= 5 || segments.count == 1
                        }
                    })
            }
            let analyst = server.login(.analyst)
            let user = try await client.signIn(email: analyst.email, password: analyst.password)
            let page = try await client.page(
                "/changes?metric=nps&from=2026-03-01&to=2026-05-28&baseFrom=2025-12-01&baseTo=2026-02-28&journey=", as: user)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("What changed in NPS") && page.body.string.contains("By touchpoint"))
            #expect(try await client.page("/changes?metric=nki", as: user).status == .badRequest)
            let lead = server.login(.teamLead)
            let leadUser = try await client.signIn(email: lead.email, password: lead.password)
            // The Swedish team lead may not look into a Danish store.
            let outside = try await client.page("/changes?unit=unit-dk-store-kobenhavn-fisketorvet", as: leadUser)
            #expect(outside.status == .badRequest)
            let inside = try await client.page(
                "/changes?unit=unit-se-store-kista-galleria&from=2026-03-01&to=2026-05-28", as: leadUser)
            #expect(inside.status == .ok && inside.body.string.contains("By unit"))
            let empty = try await client.page(
                "/changes?from=2030-01-01&to=2030-01-28&baseFrom=2026-03-01&baseTo=2026-05-28", as: user)
            #expect(empty.status == .ok && empty.body.string.contains("Nobody answered in the later period"))
            for (query, field) in [
                ("metric=nki", "metric"), ("metric=rating", "question"), ("by=weather", "by"), ("from=soon", "from"),
                ("colour=red", "colour"),
            ] {
                let refused = try await client.api(.get, "/api/v1/changes?\(query)", token: server.tokens[.analyst])
                #expect(refused.status == .badRequest, "\(query)")
                #expect(try Self.errorFields(refused).contains(field), "\(query)")
            }
        }
    }

    @Test func journeyDashboardsShowTheKeptDriverAnalysisAsBadges() async throws {
        try await TestServer.with { server, client in
            let analyst = server.login(.analyst)
            let user = try await client.signIn(email: analyst.email, password: analyst.password)
            let path = "/dashboards/journeys/journey-getting-help"
            #expect(!(try await client.page(path, as: user).body.string.contains("tp-quadrant")))

            let kept = try await DriverPrecomputer.refresh(store: server.store, replicates: 20)
            #expect(kept >= 3)
            // The small test company has too few customers to place the touchpoints: the page says so.
            #expect(try await client.page(path, as: user).body.string.contains("cannot place the touchpoints yet"))

            // Once the kept analysis places one, its card carries the badge.
            let zone = TimeZone(identifier: try await server.store.workspaceSettings().timeZone) ?? .gmt
            let key = DriverQuery.badgeKey(
                journey: "journey-getting-help", day: LocalDay(Date(), in: zone), visibleUnits: nil)
            var result = try #require(try await server.store.driverResult(key: key, notBefore: .distantPast)).result
            var matrix = try #require(result.matrix)
            matrix.points[0].quadrant = .fixFirst
            result.matrix = matrix
            try await server.store.saveDriverResult(result, key: key, at: Date())
            let html = try await client.page(path, as: user).body.string
            #expect(html.contains("The badges on the touchpoints come from what drives"))
            #expect(html.contains("tp-quadrant quadrant-fix_first"))
        }
    }

    @Test func newChangesForTheWorseAreMailedOnceAndDigestsGoOutOnMondays() async throws {
        try await TestServer.with { server, _ in
            let frontline = server.login(.frontline)
            let id = try await Self.raiseAlert(in: server, unit: try #require(frontline.unitID), touchpoint: "tp-store-advice")
            let checker = AlertChecker(
                store: server.store, checkEvery: .seconds(3_600), mailLinkBase: "https://cxm.example.se",
                logger: TestServer.logger)
            let monday = try #require(ISO8601DateFormatter().date(from: "2026-11-30T08:00:00Z"))

            try await checker.announce(now: monday)
            let claimed = try await server.store.claimMail(limit: 100, lease: 60, now: monday)
            let mails = claimed.map(\.mail)
            try await checker.announce(now: monday.addingTimeInterval(3_600))
            let again = try await server.store.claimMail(limit: 100, lease: 60, now: monday.addingTimeInterval(3_600))

            let raised = mails.filter { $0.body.contains("https://cxm.example.se/alerts/\(id)") }
            let recipients = Set(raised.map(\.to))
            let lead = server.login(.teamLead)
            #expect(recipients.contains(server.login(.analyst).email) && recipients.contains(lead.email))
            #expect(!recipients.contains(frontline.email) && !recipients.contains(server.login(.viewer).email))
            // One mail about the new change and one weekly digest per person who follows the unit.
            #expect(raised.count == recipients.count * 2)
            #expect(raised.contains { $0.subject.contains("digest") } && raised.contains { $0.body.contains("5") })
            // The second round queues nothing new (the first round's mails, unsent, come back after their lease).
            #expect(Set(again.map(\.id)).isSubset(of: Set(claimed.map(\.id))))
        }
    }
}
