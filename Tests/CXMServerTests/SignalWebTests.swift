import CXMCore
import CXMStore
import CXMViews
import Foundation
import Testing

@Suite("The demo's incidents, churn and tickets on the Signals pages")
struct SignalWebTests {
    /// The demo of the tests ends on 2026-05-29.
    static let year = "from=2025-06-01&to=2026-05-29"

    @Test func theOutageIsListedAndValuedWithItsCostAndTheComparisonAfterIt() async throws {
        try await TestServer.with { server, client in
            let viewer = try await WebSurveyEditTests.signIn(.viewer, server, client)
            let format = LocaleFormat(.en)
            let listings = try await server.store.incidents(visibleUnits: nil, page: PageRequest(limit: 10)).items
            let outage = try #require(listings.first { $0.incident.title == "Fibre outage in western Norway" })
            let cost = try #require(outage.estimatedCost)

            let list = try await client.page("/incidents?\(Self.year)", as: viewer)
            #expect(list.status == .ok)
            let html = list.body.string
            #expect(html.contains("href=\"/incidents/\(outage.incident.id)\">Fibre outage in western Norway</a>"))
            #expect(html.contains(">\(format.integer(outage.affectedCustomers))</td>"))
            #expect(html.contains(">\(format.decimal(cost, fractionDigits: 0))</td>"))
            #expect(html.contains("App login errors after the new sign-in"))
            #expect(html.contains("Cost of poor experience by month"))
            #expect(html.contains("<a href=\"/incidents\" aria-current=\"page\">Signals</a>"))

            let detail = try await client.page("/incidents/\(outage.incident.id)", as: viewer)
            #expect(detail.status == .ok)
            let valued = try await server.store.incidentValuation(outage.incident.id, visibleUnits: nil)
            let page = detail.body.string
            #expect(page.contains("× 0.40 per customer-minute = \(format.decimal(cost, fractionDigits: 0))"))
            #expect(page.contains(">\(format.integer(valued.valuation.affected.n))</td>"))
            // The small demo of the tests has few answers after the outage; the page says what the store found.
            let verdict: String
            switch valued.valuation.verdict {
            case .dip: verdict = "the incident left a dip"
            case .higher: verdict = "Affected customers score higher than the others."
            case .noDetectableDifference: verdict = "No detectable difference"
            case .tooFewAnswers: verdict = "Too few answers to compare (at least 20 on each side are needed)."
            }
            #expect(page.contains(verdict))
            if let difference = valued.valuation.difference {
                #expect(page.contains("Difference: \(LocaleFormat(.en).signedDecimal(difference.difference)) points"))
            }
            let missing = try await client.page("/incidents/nope", as: viewer)
            #expect(missing.status == .notFound)
        }
    }

    @Test func aTeamLeadSeesOnlyTheIncidentsOfTheirUnits() async throws {
        try await TestServer.with { server, client in
            let lead = try await WebSurveyEditTests.signIn(.teamLead, server, client)
            let listings = try await server.store.incidents(visibleUnits: nil, page: PageRequest(limit: 10)).items
            let outage = try #require(listings.first { $0.incident.title == "Fibre outage in western Norway" })

            let list = try await client.page("/incidents?\(Self.year)", as: lead)
            #expect(list.status == .ok)
            #expect(!list.body.string.contains("Fibre outage in western Norway"))
            #expect(list.body.string.contains("App login errors after the new sign-in"))
            let detail = try await client.page("/incidents/\(outage.incident.id)", as: lead)
            #expect(detail.status == .notFound)
        }
    }

    @Test func theChurnReportSaysWhetherDetractorsLeaveMoreAndTheTicketPageShowsTheYear() async throws {
        try await TestServer.with { server, client in
            let viewer = try await WebSurveyEditTests.signIn(.viewer, server, client)
            let churn = try await client.page("/churn?from=2026-01-01&to=2026-05-28", as: viewer)
            #expect(churn.status == .ok)
            let html = churn.body.string
            let zone = try #require(TimeZone(identifier: "Europe/Stockholm"))
            let report = try await server.store.churnReport(
                from: LocalDay(year: 2026, month: 1, day: 1).start(in: zone),
                to: LocalDay(year: 2026, month: 5, day: 29).start(in: zone), visibleUnits: nil)
            let detractors = try #require(report.groups.first { $0.category == .detractor })
            #expect(detractors.customers > 0)
            #expect(html.contains(">\(LocaleFormat(.en).integer(detractors.customers))</td>"))
            // The small demo of the tests may show no difference; the words follow the store's test.
            #expect(
                html.contains(
                    report.detractorsLeaveMore ? "× as often as the other customers (p = " : "No detectable difference between"))
            #expect(html.contains("value=\"2026-05-28\""))
            #expect(html.contains(">Detractors</th>"))
            #expect(html.contains("Revenue at risk among detractors"))

            let tickets = try await client.page("/tickets?\(Self.year)", as: viewer)
            #expect(tickets.status == .ok)
            let metrics = try await server.store.ticketMetrics(
                from: try #require(ISO8601DateFormatter().date(from: "2025-05-31T22:00:00Z")),
                to: try #require(ISO8601DateFormatter().date(from: "2026-05-29T22:00:00Z")), visibleUnits: nil)
            #expect(tickets.body.string.contains(">\(LocaleFormat(.en).integer(metrics.tickets))</td>"))
            #expect(tickets.body.string.contains("n = 300)"))
            #expect(tickets.body.string.contains("First-contact resolution"))

            let bad = try await client.page("/churn?from=soon", as: viewer)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func thePoorExperienceCostComesMonthByMonthOverTheAPI() async throws {
        try await TestServer.with { server, client in
            let body = try SignalsAPITests.results(
                try await client.api(
                    .get, "/api/v1/poor-experience-cost?from=2025-06-01&to=2026-06-01", token: server.tokens[.analyst]))
            let months = try #require(body["months"] as? [[String: Any]])
            // June 2025 to May 2026.
            let expected: [String] = (0..<12).map { index -> String in
                let month: Int = (index + 5) % 12 + 1
                return String(format: "%04d-%02d-01", index < 7 ? 2025 : 2026, month)
            }
            #expect(months.compactMap { $0["month"] as? String } == expected)
            #expect(months.compactMap { $0["incidents"] as? Int }.reduce(0, +) == 4)
            #expect(months.compactMap { $0["churned"] as? Int }.reduce(0, +) > 0)
            #expect(body["valuePerCustomerMinute"] as? Double == 0.4)

            let lead = try SignalsAPITests.results(
                try await client.api(
                    .get, "/api/v1/poor-experience-cost?from=2025-06-01&to=2026-06-01", token: server.tokens[.teamLead]))
            let leadMonths = try #require(lead["months"] as? [[String: Any]])
            #expect(leadMonths.compactMap { $0["incidents"] as? Int }.reduce(0, +) == 3)

            let backwards = try await client.api(
                .get, "/api/v1/poor-experience-cost?from=2026-06-01&to=2025-06-01", token: server.tokens[.analyst])
            #expect(backwards.status == .badRequest)
            let tooLong = try await client.api(
                .get, "/api/v1/poor-experience-cost?from=2016-06-01&to=2026-06-01", token: server.tokens[.analyst])
            #expect(tooLong.status == .unprocessableContent)
            let anonymous = try await client.api(.get, "/api/v1/poor-experience-cost", token: nil)
            #expect(anonymous.status == .unauthorized)
        }
    }
}
