import CXMCore
import Testing

@testable import CXMViews

@Suite("Dashboard pages")
struct DashboardPageTests {
    static func pages(_ language: Language, text: String = "Sample") -> [RenderedPage] {
        Fixtures.pages(language, text: text).filter { $0.name.hasPrefix("dashboard-") }
    }

    static func count(_ needle: String, in html: String) -> Int { html.components(separatedBy: needle).count - 1 }

    @Test("every dashboard renders in every language, fully translated", arguments: Language.allCases)
    func rendersInEveryLanguage(language: Language) {
        let pages = Self.pages(language)
        #expect(pages.count == 4)
        let dashboards = Localizer(language)(CommonText.dashboards)
        for page in pages {
            #expect(page.html.hasPrefix("<!doctype html>\n<html lang=\"\(language.localeIdentifier)\">"), "\(page.name)")
            #expect(Markup.captures("(\\{[0-9]\\})", in: page.html).isEmpty, "\(page.name) has an unfilled placeholder")
            #expect(page.html.contains("<a href=\"/dashboards\" aria-current=\""), "\(page.name) does not mark its section")
            #expect(page.html.contains(">\(dashboards)</a>"), "\(page.name)")
            #expect(page.html.contains("<nav class=\"sub-nav\""), "\(page.name) has no dashboard navigation")
            #expect(page.html.contains("<form method=\"get\""), "\(page.name) has no filter form")
        }
    }

    @Test("the dashboards are the first item of the main navigation for every role", arguments: [true, false])
    func firstNavigationItem(canManage: Bool) {
        let html = SurveysPage(context: Fixtures.context(.en, canManageUsers: canManage), surveys: []).render()
        let links = Markup.captures("<nav class=\"main-nav\"[^>]*><ul><li><a href=\"([^\"]+)\"", in: html)
        #expect(links == ["/dashboards"])
    }

    @Test(
        "KPI tiles show value, interval, answers, change with its significance and the low-sample flag",
        arguments: [
            (
                Language.en,
                [
                    ">+42</p>", "+35 – +49", "▲ </span>+4.2 points, significant", "−1.0 percentage points, not significant",
                    "No comparison: too few answers", ">87%</p>", ">5.3</p>", "Low sample: fewer than 30 answers",
                    "No answers in this period.", "95% confidence interval",
                ]
            ),
            (
                .sv,
                [
                    ">+42</p>", "+4,2 poäng, signifikant", "−1,0 procentenheter, inte signifikant",
                    "Ingen jämförelse: för få svar",
                    ">87\u{00A0}%</p>", ">5,3</p>", "Litet underlag: färre än 30 svar", "Inga svar under den här perioden.",
                ]
            ),
            (.fi, ["+4,2 pistettä, tilastollisesti merkitsevä", ">5,3</p>", "Tällä jaksolla ei ole vastauksia."]),
        ])
    func overviewTiles(language: Language, expected: [String]) {
        let html = DashboardFixtures.overview(Fixtures.context(language)).render()
        for text in expected {
            #expect(html.contains(text), "missing \(text)")
        }
        #expect(Self.count("class=\"card kpi-tile\"", in: html) == 4)
        #expect(Self.count("class=\"chart sparkline-chart\"", in: html) == 3, "the tile without answers has no line")
        #expect(Self.count("class=\"kpi-value\"", in: html) == 3, "the tile without answers shows no value, not a zero")
    }

    @Test("the trend page shows the chart, a row per period, the gaps, and how significance was tested")
    func trendPage() {
        let html = DashboardFixtures.trend(Fixtures.context(.en)).render()
        #expect(html.contains("<h2 id=\"trend-title\">NPS per week, 05/01/2026 to 29/03/2026</h2>"))
        #expect(Self.count("<polygon class=\"band\"", in: html) == 3)
        #expect(Self.count("<polyline class=\"trend-line\"", in: html) == 3)
        #expect(Self.count("class=\"marker marker-up", in: html) == 1)
        #expect(Self.count("class=\"marker marker-down", in: html) == 1)
        #expect(Self.count("<tr class=\"gap\">", in: html) == 3)
        #expect(html.contains("<th scope=\"row\">W5 2026</th><td class=\"number\">+40</td>"))
        #expect(html.contains("<td class=\"number\">+8.0</td><td class=\"number\">0.004</td><td>Significant rise</td>"))
        #expect(html.contains("Significant fall"))
        #expect(html.contains("<td class=\"number\">12 (low sample)</td>"))
        #expect(html.contains("No figure: no answers, or fewer than 5"))
        #expect(html.contains("Holm&#39;s correction allows for all the tests made at once (9)"))
        #expect(html.contains("Periods hidden because they had fewer than 5 answers (to protect anonymity): 2."))
        #expect(!html.contains("<details class=\"chart-data\">"), "the trend table is shown, not folded away")
    }

    @Test(
        "the trend page names the correction it used",
        arguments: [
            (Correction.holm, "Holm&#39;s correction"), (.benjaminiHochberg, "at most about 5% are expected to be chance"),
            (.none, "without correcting for the tests made at once"),
        ])
    func correctionNote(correction: Correction, expected: String) {
        let result = DashboardFixtures.weekly(.nps, values: [10, 20, 30], correction: correction)
        let html = DashboardTrendPage(context: Fixtures.context(.en), filter: DashboardFixtures.filter(), result: result).render()
        #expect(html.contains(expected))
        #expect(html.contains("<option value=\"\(correction.rawValue)\" selected>") == (correction == .holm))
    }

    @Test("without a comparison the trend has no change columns and no significance legend")
    func trendWithoutComparison() {
        let result = DashboardFixtures.weekly(.nps, values: [10, 20], compare: .none)
        let html = DashboardTrendPage(context: Fixtures.context(.en), filter: DashboardFixtures.filter(), result: result).render()
        #expect(!html.contains("Adjusted p-value"))
        #expect(!html.contains("Triangle up"))
        #expect(!html.contains("Holm&#39;s correction"))
    }

    @Test(
        "every dashboard says when there were no answers at all, and draws nothing",
        arguments: [
            (
                "trend",
                DashboardTrendPage(
                    context: Fixtures.context(.en), filter: DashboardFixtures.filter(),
                    result: DashboardFixtures.empty(.nps, groupBy: [.week], compare: .previous)
                ).render()
            ),
            (
                "units",
                DashboardUnitsPage(
                    context: Fixtures.context(.en), filter: DashboardFixtures.filter(), parentID: nil, breadcrumb: [],
                    result: DashboardFixtures.empty(.nps, groupBy: [.unit], compare: .rest)
                ).render()
            ),
            (
                "journey",
                DashboardJourneyPage(
                    context: Fixtures.context(.en), filter: DashboardFixtures.filter(), journeyID: "j1", journeyName: "Buying",
                    stages: [.init(id: "s", name: "Before", touchpoints: [.init(id: "t", name: "Web", feeling: "Calm")])],
                    result: DashboardFixtures.empty(.nps, groupBy: [.touchpoint], compare: .rest)
                ).render()
            ),
        ])
    func emptyResults(name: String, html: String) {
        #expect(html.contains("<p class=\"no-data\">No answers in this period.</p>"), "\(name)")
        #expect(!html.contains("class=\"chart "), "\(name) draws a chart of nothing")
        #expect(!html.contains("kpi-value") && !html.contains("tp-value"), "\(name) shows a value")
    }

    @Test("the journey map keeps stages and touchpoints in order, colours by band and marks what cannot be ranked")
    func journeyPage() {
        let html = DashboardFixtures.journey(Fixtures.context(.en), text: "Acme").render()
        #expect(
            Markup.captures("<section class=\"journey-stage\"[^>]*><h2 id=\"[^\"]+\">([^<]+)</h2>", in: html) == [
                "Acme before", "Acme after",
            ])
        #expect(
            Markup.captures("<li class=\"tp-card [^\"]+\"><h3>([^<]+)</h3>", in: html) == [
                "Acme web", "Acme store", "Acme bill", "Acme app",
            ])
        #expect(
            Markup.captures("<li class=\"tp-card ([^\"]+)\">", in: html) == ["score-4", "score-low", "score-1", "score-none"])
        #expect(html.contains("Low sample, n = 12"))
        #expect(html.contains("<dd>Confident Acme</dd>"), "the desired feeling is beside the result")
        #expect(html.contains("▲ </span>Significantly higher than the rest of the journey"))
        #expect(html.contains("▼ </span>Significantly lower than the rest of the journey"))
        #expect(html.contains("<span class=\"tp-none\">No answers, or too few to show</span>"))
        #expect(html.contains("Band 4 of 5"))
        #expect(html.contains("Only differences marked significant (after Holm correction) are real; the others may be chance."))
        #expect(html.contains("Touchpoints hidden because they had fewer than 5 answers (to protect anonymity): 1."))
        #expect(html.contains("<strong>Whole journey:</strong> +34 (confidence interval +30 – +38; 900 answers)"))
        #expect(
            html.contains(
                "href=\"/dashboards/trend?metric=nps&amp;from=2026-01-05&amp;to=2026-03-29&amp;grain=week&amp;journey=j1&amp;touchpoint=t1"
            ))
        #expect(html.contains("<form method=\"get\" action=\"/dashboards/journeys/j1\""))
    }

    @Test("the unit comparison shows only the parent's children, against the parent's figure, with a way down and up")
    func unitsPage() {
        let html = DashboardFixtures.units(Fixtures.context(.en), text: "Acme").render()
        let rows = Markup.captures("<tr[^>]*><th scope=\"row\">(?:<a [^>]*>)?([^<]+)", in: html)
        #expect(rows == ["Acme Kista", "Acme Sollentuna", "Acme Täby", "Acme Solna"], "ranked by value, the low sample last")
        #expect(!html.contains(">South<") && !html.contains("Kista A"), "other levels are not rows")
        #expect(html.contains("<text class=\"reference-label\" x=\""))
        #expect(html.contains(">North Acme: +31</text>"))
        #expect(html.contains("Only differences marked significant (after Holm correction) are real; the others may be chance."))
        #expect(html.contains("<tr class=\"low-sample\"><th scope=\"row\">Acme Solna</th>"))
        #expect(html.contains("Low sample, n = 20: not ranked."))
        #expect(
            html.contains(
                "<a href=\"/dashboards/units?metric=nps&amp;from=2026-01-05&amp;to=2026-03-29&amp;grain=week&amp;unit=n1&amp;journey=j1&amp;compare=previous&amp;correction=holm\">Acme Kista</a>"
            ), "a unit with units below links down, keeping the filter")
        #expect(!html.contains("unit=n3"), "a unit with nothing below has no drill-down link")
        #expect(
            html.contains(
                "<li><a href=\"/dashboards/units?metric=nps&amp;from=2026-01-05&amp;to=2026-03-29&amp;grain=week&amp;journey=j1"))
        #expect(html.contains("unit=company&amp;"))
        #expect(html.contains("<li><span aria-current=\"page\">North Acme</span></li>"))
    }

    @Test("the filter form is a labelled GET form that keeps what it does not show")
    func filterForm() {
        let filter = DashboardFixtures.filter(unit: "u 1")
        let html = filter.form(action: "/dashboards/trend", fields: [.metric, .from, .to], t: Localizer(.sv)).rendered
        #expect(html.hasPrefix("<form method=\"get\" action=\"/dashboards/trend\""))
        #expect(html.contains("<input type=\"hidden\" name=\"unit\" value=\"u 1\">"))
        #expect(html.contains("<input type=\"hidden\" name=\"correction\" value=\"holm\">"))
        #expect(!html.contains("name=\"touchpoint\""), "an unset filter is left out")
        #expect(html.contains("<label for=\"filter-metric\">Nyckeltal</label>"))
        #expect(html.contains("<option value=\"nps\" selected>NPS – benägenhet att rekommendera</option>"))
        #expect(html.contains("<input type=\"date\" id=\"filter-from\" name=\"from\" value=\"2026-01-05\">"))
        #expect(!html.contains("name=\"csrf\""), "reading a dashboard changes nothing")
    }

    @Test(
        "dashboard links carry the filter; a change replaces one parameter and an empty one drops it",
        arguments: [
            (
                [DashboardFilter.Field: String](),
                "/dashboards/trend?metric=nps&from=2026-01-05&to=2026-03-29&grain=week&unit=a%26b&journey=j1&compare=previous&correction=holm"
            ),
            (
                [.metric: "csat", .unit: ""],
                "/dashboards/trend?metric=csat&from=2026-01-05&to=2026-03-29&grain=week&journey=j1&compare=previous&correction=holm"
            ),
        ])
    func links(changes: [DashboardFilter.Field: String], expected: String) {
        #expect(DashboardFixtures.filter(unit: "a&b").link("/dashboards/trend", changing: changes) == expected)
    }

    @Test("the sub-navigation marks the current dashboard and keeps the filter on every link")
    func subNavigation() {
        let html = DashboardFixtures.units(Fixtures.context(.da)).render()
        let nav = Markup.captures("(<nav class=\"sub-nav\"[\\s\\S]*?</nav>)", in: html).first ?? ""
        #expect(Self.count("<a href=\"/dashboards", in: nav) == 4)
        #expect(Self.count("from=2026-01-05", in: nav) == 4)
        #expect(nav.contains("<a href=\"/dashboards/journeys/j1?"))
        #expect(nav.contains("aria-current=\"page\">Sammenligning af enheder</a>"))
    }

    @Test("hostile names in touchpoints, stages, units and options stay text")
    func hostileNames() {
        for page in Self.pages(.en, text: Fixtures.hostile) {
            #expect(!page.html.contains("<script>"), "\(page.name)")
            #expect(page.html.contains("&lt;script&gt;"), "\(page.name)")
        }
    }

    @Test("the dashboard messages are in the catalogue, all five languages filled")
    func catalogue() {
        let keys = Set(Catalogue.entries.map(\.key))
        let expected =
            DashboardText.allCases.map { "DashboardText.\($0)" } + SignificanceText.allCases.map { "SignificanceText.\($0)" }
            + MetricText.allCases.map { "MetricText.\($0)" } + ChartText.allCases.map { "ChartText.\($0)" }
            + ["CommonText.dashboards"]
        for key in expected {
            #expect(keys.contains(key), "\(key) is not in the catalogue")
        }
    }
}
