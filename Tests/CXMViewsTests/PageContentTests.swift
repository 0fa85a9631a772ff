import CXMCore
import Testing

@testable import CXMViews

@Suite("Page content")
struct PageContentTests {
    @Test("field errors are tied to their input and summarised with links at the top")
    func touchpointFieldErrors() {
        let context = Fixtures.context(
            .en,
            errors: [
                FormError(field: "touchpoint-name", message: "Fill in this field."),
                FormError(field: "touchpoint-backstage", message: "Too many lines."),
                FormError(field: nil, message: "Could not save."),
            ])
        let html = TouchpointEditPage(
            context: context, touchpointID: "t1", journeyID: "j1", journeyName: "Buying", name: "", channelID: "c2", unitID: nil,
            desiredFeeling: "Safe", functionalNeeds: ["Fast", "Clear"], emotionalNeeds: [], hygieneFactors: [],
            blueprint: Fixtures.blueprint, channels: [.init(value: "c1", label: "Web"), .init(value: "c2", label: "Phone")],
            units: []
        ).render()

        #expect(html.contains("<li><a href=\"#touchpoint-name\">Fill in this field.</a></li>"))
        #expect(html.contains("<li>Could not save.</li>"))
        #expect(
            html.contains(
                "<input type=\"text\" id=\"touchpoint-name\" name=\"name\" value=\"\" aria-describedby=\"touchpoint-name-error\" aria-invalid=\"true\" required>"
            ))
        #expect(html.contains("<p id=\"touchpoint-name-error\" class=\"error-message\">Fill in this field.</p>"))
        #expect(html.contains("aria-describedby=\"touchpoint-backstage-hint touchpoint-backstage-error\" aria-invalid=\"true\""))
        #expect(!html.contains("id=\"touchpoint-desired-feeling\" name=\"desired_feeling\" value=\"Safe\" aria-invalid"))
        #expect(
            html.contains(
                "name=\"functional_needs\" rows=\"4\" aria-describedby=\"touchpoint-functional-needs-hint\">Fast\nClear</textarea>"
            ))
        #expect(html.contains("<option value=\"c2\" selected>Phone</option>"))
        #expect(html.contains("<form method=\"post\" action=\"/touchpoints/t1\""))
    }

    @Test("a new secret is shown once, in a marked box, only when there is one", arguments: [nil, "cxm_tok_abc123"])
    func newSecret(secret: String?) {
        let html = UsersPage(context: Fixtures.context(.sv), users: [], tokens: [], units: [], newSecret: secret).render()
        #expect(html.contains("class=\"secret\"") == (secret != nil))
        if let secret {
            #expect(html.contains("<code>\(secret)</code>"))
            #expect(html.contains("Kopiera hemligheten nu"))
        }
    }

    @Test(
        "empty lists say so in the page language",
        arguments: [
            (Language.en, "No journeys yet."), (.sv, "Inga kundresor ännu."), (.da, "Ingen kunderejser endnu."),
            (.nb, "Ingen kundereiser ennå."), (.fi, "Asiakaspolkuja ei ole vielä."),
        ])
    func emptyJourneys(language: Language, expected: String) {
        let html = JourneysPage(context: Fixtures.context(language), journeys: [], canEdit: false).render()
        #expect(html.contains(expected))
        #expect(!html.contains("<table>"))
    }

    @Test("editing controls appear only for those who may edit", arguments: [true, false])
    func editRights(canEdit: Bool) {
        let journeys = JourneysPage(context: Fixtures.context(.en), journeys: [], canEdit: canEdit).render()
        #expect(journeys.contains("action=\"/journeys\"") == canEdit)

        let detail = JourneyDetailPage(
            context: Fixtures.context(.en), id: "j1", name: "Buying", description: "",
            stages: [.init(id: "s1", name: "Search", phase: "before", touchpoints: [Fixtures.touchpoint("Web shop")])],
            canEdit: canEdit, channels: [], units: []
        ).render()
        #expect(detail.contains("href=\"/touchpoints/tpWeb%20shop/edit\"") == canEdit)
        #expect(detail.contains("action=\"/stages/s1/touchpoints\"") == canEdit)
        #expect(detail.contains("action=\"/journeys/j1/stages\"") == canEdit)
        #expect(detail.contains("action=\"/journeys/j1\"") == canEdit)
    }

    @Test("stages and touchpoints keep their order and show phase and blueprint lanes")
    func journeyOrder() {
        let html = JourneyDetailPage(
            context: Fixtures.context(.sv), id: "j1", name: "Köpresan", description: "",
            stages: [
                .init(
                    id: "s1", name: "Upptäcka", phase: "before",
                    touchpoints: [Fixtures.touchpoint("Annons"), Fixtures.touchpoint("Sök")]),
                .init(id: "s2", name: "Köpa", phase: "during", touchpoints: []),
            ],
            canEdit: false, channels: [], units: []
        ).render()
        let order = [
            "Upptäcka", "Fas: Före köp", "Annons", "Sök", "Köpa", "Fas: Under köp", "Inga kontaktpunkter i det här steget ännu.",
        ]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        for lane in ["Kundens aktiviteter", "Synligt för kunden", "Bakom kulisserna", "Stödprocesser"] {
            #expect(html.contains("<h5>\(lane)</h5>"))
        }
    }

    @Test("the unit tree nests and the parent select shows the hierarchy")
    func unitTree() {
        let page = UnitsPage(
            context: Fixtures.context(.fi),
            roots: [
                .init(
                    id: "c", name: "Acme", kind: "company", peopleCount: 1200,
                    children: [
                        .init(
                            id: "r", name: "Pohjoinen", kind: "region", peopleCount: 40,
                            children: [
                                .init(id: "s", name: "Oulu", kind: "store", peopleCount: 7)
                            ])
                    ])
            ], canEdit: true, newParentID: "r")
        let html = page.render()
        #expect(html.contains("<strong>Oulu</strong><span class=\"muted\"> · Myymälä · Henkilöitä: 7</span>"))
        #expect(html.contains("Yritys · Henkilöitä: 1\u{00A0}200"))
        #expect(html.contains("<ul><li><strong>Pohjoinen</strong>"))
        #expect(page.parentOptions().map(\.label) == ["Acme", "— Pohjoinen", "— — Oulu"])
        #expect(html.contains("<option value=\"r\" selected>— Pohjoinen</option>"))
    }

    @Test("survey questions show their type, scale and options in the viewer's language")
    func surveyDetail() {
        let html = SurveyDetailPage(
            context: Fixtures.context(.da), id: "s", name: "Efter besøg", version: 3, languages: [.da, .sv],
            touchpoints: ["Butik"],
            questions: [
                .init(
                    type: "nps", text: "Hvor sandsynligt er det…",
                    scale: .init(
                        minimum: 0, maximum: 10, minimumLabel: "Slet ikke",
                        maximumLabel: "Meget sandsynligt"), isRequired: true),
                .init(type: "multiple_choice", text: "Hvad købte du?", options: ["Sko", "Tasker"]),
            ]
        ).render()
        #expect(html.contains("Spørgsmålstype: Anbefaling (NPS)"))
        #expect(html.contains("Skala 0–10 (0 = Slet ikke, 10 = Meget sandsynligt)"))
        #expect(html.contains("<span>Obligatorisk</span>"))
        #expect(html.contains("<li>Tasker</li>"))
        #expect(html.contains("<span lang=\"sv-SE\">Svenska</span>"))
    }

    @Test(
        "error pages explain the status in the page language",
        arguments: [
            (404, Language.nb, "Fant ikke siden"), (403, .sv, "Åtkomst nekad"), (500, .fi, "Jokin meni vikaan"),
            (422, .da, "Forespørgslen kunne ikke behandles"), (503, .en, "Something went wrong"),
        ])
    func errorPage(status: Int, language: Language, title: String) {
        let html = ErrorPage(language: language, status: status).render()
        #expect(html.contains("<h1>\(title)</h1>"))
        #expect(html.contains("<a href=\"/\" class=\"button\">"))
    }

    @Test("the stylesheet is self-contained and keeps focus visible")
    func stylesheet() {
        #expect(Stylesheet.css.contains(":focus-visible"))
        #expect(Stylesheet.css.contains("@media (min-width"))
        #expect(!Stylesheet.css.contains("@import"))
        #expect(!Stylesheet.css.contains("url("))
        #expect(!Stylesheet.css.contains("outline: none"))
    }
}
