import CXMCore
import Testing

@testable import CXMViews

@Suite("Page structure and accessibility")
struct PageStructureTests {
    @Test("every page declares its language", arguments: Language.allCases)
    func langAttribute(language: Language) {
        for page in Fixtures.pages(language) {
            #expect(page.html.hasPrefix("<!doctype html>\n<html lang=\"\(language.localeIdentifier)\">"), "\(page.name)")
            #expect(page.html.contains("<meta name=\"viewport\""), "\(page.name)")
            #expect(page.html.contains("href=\"#main\""), "\(page.name) has no skip link")
            #expect(page.html.contains("<main id=\"main\""), "\(page.name) has no main landmark")
        }
    }

    @Test("every visible form control has a label", arguments: Fixtures.pages(.sv))
    func controlsHaveLabels(page: RenderedPage) {
        let controls =
            (Markup.tags("input", in: page.html) + Markup.tags("select", in: page.html) + Markup.tags("textarea", in: page.html))
            .filter { !$0.contains("type=\"hidden\"") }
        #expect(controls.isEmpty == (page.name == "error"), "\(page.name): only the bare error page has no controls")
        for control in controls {
            let id = Markup.captures("id=\"([^\"]+)\"", in: control).first
            #expect(id != nil, "\(page.name): \(control) has no id")
            if let id {
                #expect(page.html.contains("<label for=\"\(id)\""), "\(page.name): no label for \(id)")
            }
        }
    }

    @Test("every state-changing form carries the csrf token", arguments: Fixtures.pages(.da))
    func postFormsCarryCSRF(page: RenderedPage) {
        let forms = Markup.captures("(<form method=\"post\"[\\s\\S]*?</form>)", in: page.html)
        for form in forms {
            #expect(
                form.contains("<input type=\"hidden\" name=\"csrf\" value=\"tokSample\">")
                    || form.contains("name=\"csrf\" value=\"Sample\""), "\(page.name): \(form.prefix(80))")
        }
        #expect(forms.isEmpty == (page.name == "error"), "\(page.name): only the bare error page has no forms")
    }

    @Test("every table has a caption and scoped header cells", arguments: Fixtures.pages(.fi))
    func tablesAreLabelled(page: RenderedPage) {
        let tables = Markup.captures("(<table>[\\s\\S]*?</table>)", in: page.html)
        for table in tables {
            #expect(table.hasPrefix("<table><caption>"), "\(page.name)")
            #expect(!table.contains("<th>"), "\(page.name) has a header cell without scope")
        }
    }

    @Test("user administration is only in the navigation for those who may manage users", arguments: [true, false])
    func adminNavigation(canManage: Bool) {
        let html = SurveysPage(context: Fixtures.context(.en, canManageUsers: canManage), surveys: []).render()
        #expect(html.contains("href=\"/users\"") == canManage)
        #expect(html.contains("href=\"/audit\"") == canManage)
        #expect(html.contains("href=\"/journeys\""))
    }

    @Test("the current section is marked, as the page itself on lists and as current on details")
    func currentNavigationItem() {
        let list = JourneysPage(context: Fixtures.context(.en), journeys: [], canEdit: false).render()
        #expect(list.contains("<a href=\"/journeys\" aria-current=\"page\">"))
        #expect(!list.contains("<a href=\"/units\" aria-current"))

        let detail = Fixtures.pages(.en).first { $0.name == "customer" }?.html ?? ""
        #expect(detail.contains("<a href=\"/customers\" aria-current=\"true\">"))
    }

    @Test("the language switcher works without JavaScript")
    func languageSwitcher() {
        let html = UnitsPage(context: Fixtures.context(.nb), roots: [], canEdit: false).render()
        let form = Markup.captures("(<form method=\"post\" action=\"/language\"[\\s\\S]*?</form>)", in: html).first ?? ""
        #expect(form.contains("name=\"csrf\" value=\"tokAcme\""))
        #expect(form.contains("<select id=\"language-select\" name=\"language\">"))
        #expect(form.contains("<option value=\"nb\" lang=\"nb-NO\" selected>Norsk bokmål</option>"))
        #expect(form.contains("<option value=\"fi\" lang=\"fi-FI\">Suomi</option>"))
        #expect(form.contains("type=\"submit\""))
        #expect(html.contains("<form method=\"post\" action=\"/logout\""))
    }

    @Test("the sign-in page switches language with links, since there is no session yet")
    func loginLanguageLinks() {
        let html = LoginPage(language: .sv, csrfToken: "t").render()
        #expect(html.contains("<a href=\"/login?lang=fi\" hreflang=\"fi-FI\" lang=\"fi-FI\">Suomi</a>"))
        #expect(html.contains("<a href=\"/login?lang=sv\" hreflang=\"sv-SE\" lang=\"sv-SE\" aria-current=\"page\">Svenska</a>"))
        #expect(html.contains("<label for=\"login-password\">Lösenord</label>"))
        #expect(!html.contains("action=\"/logout\""))
    }
}
