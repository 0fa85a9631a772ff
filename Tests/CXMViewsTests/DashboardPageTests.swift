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
                    ">+42.3</p>", "<dd>+35.3 – +49.3</dd>", "▲ </span>+4.2 points, significant",
                    "−1.0 percentage points, not significant", "<dd class=\"kpi-change\">No answers in the previous period</dd>",
                    ">87.2%</p>", "<dd>80.2% – 94.2%</dd>", ">5.3</p>", "Low sample: fewer than 30 answers",
                    "No answers in this period.", "95% confidence interval",
                ]
            ),
            (
                .sv,
                [
                    ">+42,3</p>", "+4,2 poäng, signifikant", "−1,0 procentenheter, inte signifikant",
                    "Inga svar under föregående period", ">87,2\u{00A0}%</p>", "<dd>80,2\u{00A0}% – 94,2\u{00A0}%</dd>",
                    ">5,3</p>", "Litet underlag: färre än 30 svar", "Inga svar under den här perioden.",
                ]
            ),
            (
                .fi,
                [
                    "+4,2 pistettä, tilastollisesti merkitsevä", ">5,3</p>", "Tällä jaksolla ei ole vastauksia.",
                    "Edelliseltä jaksolta ei ole vastauksia",
                ]
            ),
        ])
    func overviewTiles(language: Language, expected: [String]) {
        let html = DashboardFixtures.overview(Fixtures.context(language)).render()
        for text in expected {
            #expect(html.contains(text), "missing \(text)")
        }
        #expect(!html.contains(Localizer(language)(SignificanceText.noComparisonTooFew)), "an empty period is not too few")
        #expect(Self.count("class=\"card kpi-tile\"", in: html) == 4)
        #expect(Self.count("class=\"chart sparkline-chart\"", in: html) == 3, "the tile without answers has no line")
        #expect(Self.count("class=\"kpi-value\"", in: html) == 3, "the tile without answers shows no value, not a zero")
    }

    @Test("the trend page shows the chart, a row per period, the gaps, and how significance was tested")
    func trendPage() {
        let html = DashboardFixtures.trend(Fixtures.context(.en)).render()
        #expect(html.contains("<h2 id=\"trend-heading\">NPS per week, 05/01/2026 to 29/03/2026</h2>"))
        #expect(Self.count("<polygon class=\"band\"", in: html) == 3)
        #expect(Self.count("<polyline class=\"trend-line\"", in: html) == 3)
        #expect(Self.count("class=\"marker marker-up", in: html) == 1)
        #expect(Self.count("class=\"marker marker-down", in: html) == 1)
        #expect(Self.count("<tr class=\"gap\">", in: html) == 3)
        #expect(
            html.contains("<th scope=\"row\">W5 2026</th><td class=\"number\">+40.0</td><td class=\"number\">+34.0 – +46.0</td>"))
        #expect(html.contains("<td class=\"number\">+8.0</td><td class=\"number\">0.004</td><td>Significant rise</td>"))
        #expect(html.contains("Significant fall"))
        #expect(html.contains("<td class=\"number\">12 (low sample)</td>"))
        #expect(html.contains("No figure: no answers, or fewer than 5"))
        #expect(html.contains("<th scope=\"row\">W2 2026</th>"))
        #expect(
            Markup.captures("<th scope=\"row\">W2 2026</th>.*?<td>([^<]*)</td></tr>", in: html) == [
                "No answers in the previous period"
            ])
        #expect(
            Markup.captures("<th scope=\"row\">W12 2026</th>.*?<td>([^<]*)</td></tr>", in: html) == [
                "No comparison: too few answers in the previous period"
            ])
        #expect(html.contains("Holm&#39;s correction allows for all the tests made at once (7)"))
        #expect(html.contains("Periods hidden because they had fewer than 5 answers (to protect anonymity): 2."))
        // Twelve periods: the table is folded only in name, open from the start, and the chart points to it.
        #expect(
            html.contains(
                "<details class=\"chart-data\" id=\"trend-data\" open><summary>Numbers behind the chart (12 periods)</summary>"))
        #expect(html.contains("aria-details=\"trend-data\""))
    }

    @Test(
        "a long trend table starts folded, a short one open, and the chart points to it either way",
        arguments: [(20, true), (21, false), (53, false)])
    func foldedTable(periods: Int, open: Bool) {
        let values = (0..<periods).map { Double($0 % 7) * 3 } as [Double?]
        var result = DashboardFixtures.weekly(.nps, values: values)
        result.to = DashboardFixtures.from.adding(days: 7 * periods - 1)
        let html = DashboardTrendPage(context: Fixtures.context(.en), filter: DashboardFixtures.filter(), result: result).render()
        let details = Markup.captures("(<details[^>]*><summary>[^<]*</summary>)", in: html)
        let attributes = open ? " open" : ""
        #expect(
            details == [
                "<details class=\"chart-data\" id=\"trend-data\"\(attributes)><summary>Numbers behind the chart (\(periods) periods)</summary>"
            ])
        #expect(html.contains("role=\"img\" aria-labelledby=\"trend-title trend-desc\" aria-details=\"trend-data\""))
        #expect(Self.count("<tr><th scope=\"row\">", in: html) + Self.count("<tr class=", in: html) == periods)
    }

    @Test(
        "the trend's value axis fits the bands with round ticks, or spans the whole range when the data nearly does",
        arguments: [
            (Metric.ces, [5.5, 5.6, 5.4, 4.6, 4.4] as [Double?], 0.2, ["4.0", "4.5", "5.0", "5.5", "6.0"]),
            (.nps, [30, 32, nil, 40, 28], 6, ["+10", "+20", "+30", "+40", "+50"]),
            (.nps, [-60, 20, 75], 6, ["−100", "−50", "0", "+50", "+100"]),
            (.ces, [5.5, 5.52], 0.05, ["5.40", "5.45", "5.50", "5.55", "5.60"]),
        ])
    func trendAxis(metric: Metric, values: [Double?], margin: Double, labels: [String]) throws {
        let result = DashboardFixtures.weekly(metric, values: values, margin: margin)
        let t = Localizer(.en)
        let page = DashboardTrendPage(context: Fixtures.context(.en), filter: DashboardFixtures.filter(), result: result)
        let format = MetricFormat(result, t: t)
        let chart = page.chart(try #require(PeriodSeries(result)), title: "Trend", format: format, t: t)
        #expect(chart.ticks.map(\.label) == labels)
        for point in chart.points {
            guard let interval = point.interval else { continue }
            #expect(chart.valueRange.contains(max(interval.low, format.range.lowerBound)))
            #expect(chart.valueRange.contains(min(interval.high, format.range.upperBound)))
        }
        #expect(format.range.contains(chart.valueRange.lowerBound) && format.range.contains(chart.valueRange.upperBound))
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

    @Test("below the anonymity threshold every dashboard says why it shows no figure", arguments: Language.allCases)
    func suppressedTotals(language: Language) {
        var result = DashboardFixtures.empty(.nps, groupBy: [.week], compare: .previous)
        result.totalSuppressed = true
        var units = DashboardFixtures.empty(.nps, groupBy: [.unit], compare: .rest)
        units.totalSuppressed = true
        let context = Fixtures.context(language)
        let pages = [
            DashboardTrendPage(context: context, filter: DashboardFixtures.filter(), result: result).render(),
            DashboardUnitsPage(
                context: context, filter: DashboardFixtures.filter(), parentID: nil, breadcrumb: [], result: units
            ).render(),
        ]
        let message = Localizer(language)(DashboardText.tooFewToShow, "5")
        for html in pages {
            #expect(html.contains("<p class=\"no-data\">\(HTML.escape(message))</p>"), "\(language)")
            #expect(!html.contains("kpi-value") && !html.contains("class=\"chart "))
        }
    }

    @Test func theJourneyMapShowsAFunnelStepsDropOffBesideItsTouchpoint() {
        let html = DashboardFixtures.journey(Fixtures.context(.en), text: "Acme").render()
        // Paid is reached by 350 of the 700 who started checkout: 50 %, and it loses the most visitors.
        #expect(html.contains("Acme checkout, Paid: 50% of 700 continued from “Acme checkout step”"))
        #expect(html.contains("350 left"))
        #expect(html.contains("largest drop-off"))
        #expect(html.contains("href=\"/funnels/f1\""))
    }

    @Test func theFunnelPageShowsEveryStepAndComparesTheChannels() {
        let html = FunnelPage(
            context: Fixtures.context(.sv), funnels: [Funnel(id: "f1", name: "Kassa", steps: [])],
            report: FunnelFixtures.report(text: "Acme"), timeZone: "Europe/Stockholm"
        ).render()
        #expect(html.contains("350 av 1 000 besökare fullföljde") || html.contains("350 av 1\u{A0}000 besökare fullföljde"))
        #expect(html.contains("Lämnade här"))
        #expect(html.contains("största avhoppet"))
        // The web converts 200 of 700 (29 %), the rest 150 of 300 (50 %): the web is worse.
        #expect(html.contains("konverterar sämre"))
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
        #expect(html.contains("<strong>Whole journey:</strong> +34.0 (confidence interval +30.0 – +38.0; 900 answers)"))
        #expect(html.contains("Band 1 of 5: below 0</li>") && html.contains("Band 2 of 5: 0 to under +20</li>"))
        #expect(html.contains("<span class=\"tp-detail tp-no-comparison\">No comparison: too few answers</span>"))
        #expect(html.contains("<span class=\"tp-detail\">200 answers · <span class=\"tp-interval\">+49.0 – +61.0</span></span>"))
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
        #expect(html.contains(">North Acme: +31.0</text>"))
        #expect(html.contains("<td class=\"number\">+48.0</td><td class=\"number\">+42.0 – +54.0</td>"))
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

    @Test("the unit comparison's axis spans every interval and the reference line, with round ticks inside the range")
    func unitsAxis() {
        let page = DashboardFixtures.units(Fixtures.context(.en))
        let t = Localizer(.en)
        let plot = page.plot(format: MetricFormat(page.result, t: t), t: t)
        // Intervals from +4 to +54 and the reference at +31: not the whole −100…+100.
        #expect(plot.valueRange == -20...60)
        #expect(plot.ticks.map(\.label) == ["−20", "0", "+20", "+40", "+60"])
        for row in plot.rows {
            let interval = row.interval ?? Interval(low: row.value, high: row.value)
            #expect(plot.valueRange.contains(interval.low) && plot.valueRange.contains(interval.high), "\(row.label)")
        }
        #expect(plot.reference.map { plot.valueRange.contains($0.value) } == true)
    }

    @Test(
        "why a figure was not compared: no answers, too few, or untestable, in the words of its comparison",
        arguments: [
            (ComparisonMode.previous, 0 as Int?, Language.en, "No answers in the previous period"),
            (.previous, 3, .en, "No comparison: too few answers in the previous period"),
            (.previous, 400, .en, "No comparison: the answers vary too little for a test"),
            (.previous, nil, .en, "No comparison: too few answers"),
            (.year, 0, .en, "No answers in the same period a year earlier"),
            (.year, 4, .en, "No comparison: too few answers in the same period a year earlier"),
            (.rest, 0, .en, "No comparison: there are no other answers to compare with"),
            (.rest, 2, .en, "No comparison: too few other answers to compare with"),
            (.previous, 0, .sv, "Inga svar under föregående period"),
            (.previous, 0, .da, "Ingen svar i den forrige periode"),
            (.previous, 0, .nb, "Ingen svar i forrige periode"),
            (.previous, 0, .fi, "Edelliseltä jaksolta ei ole vastauksia"),
        ])
    func noComparison(compare: ComparisonMode, baselineAnswers: Int?, language: Language, expected: String) {
        let group = MetricGroup(key: [], figure: DashboardFixtures.figure(40, n: 200), baselineAnswers: baselineAnswers)
        let format = MetricFormat(.nps, t: Localizer(language))
        #expect(format.noComparison(group, compare: compare) == expected)
        let verdict = compare == .rest ? format.restVerdict(group) : format.timeVerdict(group, compare: compare)
        #expect(verdict == expected, "tables give the same reason")
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

@Test(arguments: ["overview", "trend", "journey", "units"])
func everyIdOnADashboardIsUnique(page: String) {
    let context = Fixtures.context(.en)
    let html =
        switch page {
        case "overview": DashboardFixtures.overview(context).render()
        case "trend": DashboardFixtures.trend(context).render()
        case "journey": DashboardFixtures.journey(context).render()
        default: DashboardFixtures.units(context).render()
        }
    let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
    #expect(!ids.isEmpty)
    #expect(ids.count == Set(ids).count, "\(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
}
