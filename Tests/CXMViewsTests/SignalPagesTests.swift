import CXMCore
import Testing

@testable import CXMViews

@Suite("Signals pages: incidents, their cost, churn and tickets")
struct SignalPagesTests {
    static func pages(_ language: Language, text: String = "Sample") -> [RenderedPage] {
        Fixtures.pages(language, text: text).filter { ["incidents", "incident", "churn", "tickets"].contains($0.name) }
    }

    @Test("every Signals page renders in every language, fully translated, in the Signals section", arguments: Language.allCases)
    func rendersInEveryLanguage(language: Language) {
        let pages = Self.pages(language)
        #expect(pages.count == 4)
        let signals = Localizer(language)(CommonText.signals)
        for page in pages {
            #expect(Markup.captures("(\\{[0-9]\\})", in: page.html).isEmpty, "\(page.name) has an unfilled placeholder")
            #expect(page.html.contains("<a href=\"/incidents\" aria-current=\""), "\(page.name) does not mark its section")
            #expect(page.html.contains(">\(signals)</a>"), "\(page.name)")
            #expect(page.html.contains("<nav class=\"sub-nav\""), "\(page.name) has no tabs to the other signals")
        }
    }

    @Test(
        "each page shows its figures with n, intervals and the verdict in words",
        arguments: [
            (
                "incidents",
                [
                    "href=\"/incidents/inc-1\">Sample outage</a>", ">510</td>", ">120</td>", ">24,480</td>", ">critical</td>",
                    ">Mar 2026</th>", ">May 2026</th>", ">61,200</td>", ">54,000</td>", ">33,000</td>", ">Total</th>",
                ]
            ),
            (
                "incident",
                [
                    "61,200 customer-minutes × 0.40 per customer-minute = 24,480", ">−30.0</td>", ">+10.0</td>",
                    ">1,000</td>", "Difference: −40.0 points", "p = &lt; 0.001", "the incident left a dip",
                    "Sample store", "Sample touchpoint", "Answers in the 4 weeks after the start.",
                ]
            ),
            (
                "churn",
                [
                    "Detractors leave 3.8× as often as the other customers (p = &lt; 0.001).", "20.0%", "n = 100",
                    ">20,000</td>", "Revenue at risk among detractors who have not left: 40,000 a year.", ">Sample price</th>",
                    "value=\"2026-03-10\"", "value=\"2026-06-07\"",
                ]
            ),
            (
                "tickets",
                [
                    "15.0%", "n = 20)", "25.0%", "33.3%", ">Sample help line</th>", ">no touchpoint</th>",
                    ">Sample billing</td>", "value=\"2026-04-08\"",
                ]
            ),
        ])
    func figures(name: String, expected: [String]) throws {
        let html = try #require(Self.pages(.en).first { $0.name == name }?.html)
        for text in expected { #expect(html.contains(text), "\(name): \(text)") }
    }

    @Test("the incident pages say plainly that no value is configured, and how to set one")
    func noValueConfigured() {
        let list = Fixtures.pages(.en).first { $0.name == "incidents-no-value" }?.html ?? ""
        let detail = SignalFixtures.incidentPage(Fixtures.context(.en), settings: IncidentValuationSettings()).render()
        for html in [list, detail] {
            #expect(html.contains("No value per customer-minute is configured, so no cost is estimated."))
            #expect(html.contains("PUT /api/v1/incident-valuation-settings"))
        }
        #expect(!detail.contains("per customer-minute ="))
        #expect(!list.contains(">24,480</td>"))
    }

    @Test("the verdicts read in the page's language")
    func swedish() throws {
        let pages = Self.pages(.sv)
        let churn = try #require(pages.first { $0.name == "churn" }?.html)
        #expect(churn.contains("Kritiker lämnar 3,8 gånger så ofta som övriga kunder"))
        let incident = try #require(pages.first { $0.name == "incident" }?.html)
        #expect(incident.contains("incidenten gav en dipp"))
    }

    @Test("names from other systems are escaped on every Signals page")
    func escaped() {
        for page in Self.pages(.en, text: "<b>x</b>") {
            #expect(!page.html.contains("<b>x</b>"), "\(page.name)")
            #expect(page.html.contains("&lt;b&gt;x&lt;/b&gt;"), "\(page.name)")
        }
    }
}
