import CXMCore
import CXMServer
import Foundation
import HummingbirdTesting
import Testing

@Suite("Metrics API")
struct MetricsAPITests {
    /// The test server's demo: the same seed and sizes, so its answers can be counted here.
    static let demo = DemoDataSet(endDate: Date(timeIntervalSince1970: 1_780_000_000), customerCount: 300, responseCount: 600)
    static let year = "from=2025-05-29&to=2026-05-28"

    @Test func npsOverAYearMatchesACountOfTheAnswers() async throws {
        // The loader stores the kiosk's answers too.
        let responses = Self.demo.responseBatches(size: 600).flatMap { $0 } + Self.demo.kioskResponses()
        var counts = (promoters: 0, passives: 0, detractors: 0)
        for response in responses {
            guard case .score(let score) = response.answer("nps"),
                Self.demo.surveys.first(where: { $0.id == response.surveyID })?.question("nps")?.type == .nps
            else { continue }
            if score >= 9 { counts.promoters += 1 } else if score >= 7 { counts.passives += 1 } else { counts.detractors += 1 }
        }
        let expected = NPSCounts(promoters: counts.promoters, passives: counts.passives, detractors: counts.detractors)
        try await TestServer.with { server, client in
            let response = try await client.api(.get, "/api/v1/metrics?metric=nps&\(Self.year)", token: server.tokens[.analyst])
            #expect(response.status == .ok)
            let body = try #require(try response.body.json() as? [String: Any])
            #expect(body["empty"] as? Bool == false)
            let total = try #require(body["total"] as? [String: Any])
            let figure = try #require(total["figure"] as? [String: Any])
            #expect(figure["n"] as? Int == expected.n)
            #expect(abs((figure["value"] as? Double ?? .nan) - expected.score!) < 1e-9)
            let interval = try #require(figure["interval"] as? [String: Double])
            let adjusted = try #require(NPSStatistics.adjustedWald(expected))
            #expect(abs(interval["low"]! - max(-100, adjusted.interval.low)) < 1e-9)

            // The raw rows give the very same document.
            let raw = try await client.api(
                .get, "/api/v1/metrics?metric=nps&\(Self.year)&source=raw", token: server.tokens[.analyst])
            #expect(raw.body.string == response.body.string)
        }
    }

    @Test func groupsComeWithTheirLabelsTestsAndCorrection() async throws {
        try await TestServer.with { server, client in
            let response = try await client.api(
                .get, "/api/v1/metrics?metric=nps&by=unit&compare=rest&\(Self.year)", token: server.tokens[.cxManager])
            #expect(response.status == .ok)
            let body = try #require(try response.body.json() as? [String: Any])
            let groups = try #require(body["groups"] as? [[String: Any]])
            #expect(groups.count > 3)
            let first = try #require(groups.first)
            let key = try #require((first["key"] as? [[String: Any]])?.first)
            #expect(key["grouping"] as? String == "unit")
            #expect((key["label"] as? String)?.isEmpty == false)
            let compared = groups.compactMap { $0["comparison"] as? [String: Any] }
            #expect(!compared.isEmpty)
            #expect(compared.allSatisfy { ($0["adjustedPValue"] as? Double ?? 0) >= ($0["pValue"] as? Double ?? 1) })
        }
    }

    /// The anonymity threshold: no figure over fewer than 5 answers, not even the total, and a client
    /// cannot lower it.
    @Test func noFigureOfFewerThanFiveAnswersIsShown() async throws {
        try await TestServer.with { server, client in
            let lowered = try await client.api(
                .get, "/api/v1/metrics?metric=nps&by=unit&minimum=1&\(Self.year)", token: server.tokens[.cxManager])
            #expect(lowered.status == .badRequest)
            #expect(lowered.body.string.contains("\"field\":\"minimum\""))
            #expect(lowered.body.string.contains("must be at least 5"))
            // A month of one store holds a handful of answers in this small demo.
            var tiny: [String: Any]?
            let months = ["2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]
            for unit in Self.demo.units where unit.kind == "store" {
                for month in months where tiny == nil {
                    let response = try await client.api(
                        .get, "/api/v1/metrics?metric=nps&unit=\(unit.id)&from=\(month)-01&to=\(month)-28",
                        token: server.tokens[.cxManager])
                    let body = try #require(try response.body.json() as? [String: Any])
                    if body["empty"] as? Bool == false, body["totalSuppressed"] as? Bool == true { tiny = body }
                }
            }
            let suppressed = try #require(tiny, "no store had a month of 1 to 4 answers")
            #expect(suppressed["total"] == nil)
            #expect((suppressed["groups"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func aTeamLeadSeesOnlyTheirSubtree() async throws {
        try await TestServer.with { server, client in
            let lead = try #require(server.login(.teamLead).unitID)
            let visible = UnitTree(Self.demo.units).subtree(of: lead)
            let response = try await client.api(
                .get, "/api/v1/metrics?metric=nps&by=unit&\(Self.year)", token: server.tokens[.teamLead])
            #expect(response.status == .ok)
            let body = try #require(try response.body.json() as? [String: Any])
            let units = (body["groups"] as? [[String: Any]] ?? []).compactMap {
                ($0["key"] as? [[String: Any]])?.first?["id"] as? String
            }
            #expect(!units.isEmpty)
            #expect(Set(units).isSubset(of: visible))
            let outside = try #require(Self.demo.units.first { !visible.contains($0.id) })
            let refused = try await client.api(
                .get, "/api/v1/metrics?metric=nps&unit=\(outside.id)", token: server.tokens[.teamLead])
            #expect(refused.status == .badRequest)
        }
    }

    @Test func badParametersAre400sNamingTheParameter() async throws {
        let cases: [(String, String)] = [
            ("metric=happiness", "metric"),
            ("by=week", "metric"),
            ("metric=nps&by=colour", "by"),
            ("metric=nps&colour=red", "colour"),
            ("metric=nps&from=2026-02-30", "from"),
            ("metric=nps&from=2026-03-01&to=2026-02-01", "from"),
            ("metric=nps&touchpoint=tp-nowhere", "touchpoint"),
            ("metric=nps&question=comment", "question"),
            ("metric=rating", "question"),
            ("metric=nps&compare=sometimes", "compare"),
            ("metric=nps&by=week,month", "by"),
        ]
        try await TestServer.with { server, client in
            for (query, field) in cases {
                let response = try await client.api(.get, "/api/v1/metrics?\(query)", token: server.tokens[.viewer])
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try #require(try response.body.json() as? [String: Any])
                let errors = problem["errors"] as? [[String: Any]] ?? []
                #expect(errors.contains { $0["field"] as? String == field }, "\(query): \(errors)")
            }
        }
    }

    @Test func aPeriodWithoutAnswersIsAnExplicitEmptyResult() async throws {
        try await TestServer.with { server, client in
            let response = try await client.api(
                .get, "/api/v1/metrics?metric=csat&by=week&from=2020-01-01&to=2020-03-31", token: server.tokens[.viewer])
            #expect(response.status == .ok)
            let body = try #require(try response.body.json() as? [String: Any])
            #expect(body["empty"] as? Bool == true)
            #expect(body["total"] == nil)
            #expect((body["groups"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func metricsNeedAuthentication() async throws {
        try await TestServer.with { _, client in
            let response = try await client.api(.get, "/api/v1/metrics?metric=nps", token: nil)
            #expect(response.status == .unauthorized)
        }
    }
}

extension MetricsAPITests {
    @Test func aSegmentNarrowsTheAnswersOnTheAPIAndTheDashboards() async throws {
        try await TestServer.with { server, client in
            let all = try await client.api(.get, "/api/v1/metrics?metric=nps&\(Self.year)", token: server.tokens[.analyst])
            let business = try await client.api(
                .get, "/api/v1/metrics?metric=nps&segment=segment-business&\(Self.year)", token: server.tokens[.analyst])
            func n(_ response: TestResponse) throws -> Int {
                let body = try #require(try response.body.json() as? [String: Any])
                return ((body["total"] as? [String: Any])?["figure"] as? [String: Any])?["n"] as? Int ?? 0
            }
            let everyone = try n(all)
            let segment = try n(business)
            #expect(segment > 0 && segment < everyone)

            let login = server.login(.analyst)
            let user = try await client.signIn(email: login.email, password: login.password)
            let page = try await client.page(
                "/dashboards/units?segment=segment-business&from=2025-05-29&to=2026-05-28", as: user)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<option value=\"segment-business\" selected>Business customers</option>"))
            let unknown = try await client.page("/dashboards?segment=segment-nowhere", as: user)
            #expect(unknown.status == .badRequest)
        }
    }
}
