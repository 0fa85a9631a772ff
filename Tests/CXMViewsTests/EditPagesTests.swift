import CXMCore
import Testing

@testable import CXMViews

@Suite("Edit pages")
struct EditPagesTests {
    static let option = SelectOption(value: "u1", label: "Stockholm")

    @Test("settings are in the navigation only for those who may manage the workspace", arguments: [true, false])
    func settingsNavigation(canManage: Bool) {
        var context = Fixtures.context(.sv)
        context.canManageWorkspace = canManage
        let html = SurveysPage(context: context, surveys: []).render()
        #expect(html.contains("<a href=\"/settings\">Inställningar</a>") == canManage)
    }

    @Test("the settings page marks the chosen values and labels every language box", arguments: Language.allCases)
    func settingsPage(language: Language) {
        let html = SettingsPage(
            context: Fixtures.context(language), name: "Acme", defaultLanguage: .nb, timeZone: "America/Chicago",
            enabledLanguages: [.nb, .fi], timeZones: ["Europe/Oslo", "America/Chicago"]
        ).render()
        #expect(html.contains("<option value=\"nb\" selected>Norsk bokmål</option>"))
        #expect(html.contains("<option value=\"America/Chicago\" selected>America/Chicago</option>"))
        #expect(html.contains("<input type=\"checkbox\" id=\"settings-language-fi\" name=\"languages\" value=\"fi\" checked>"))
        #expect(html.contains("<input type=\"checkbox\" id=\"settings-language-sv\" name=\"languages\" value=\"sv\">"))
        for code in Language.allCases.map(\.rawValue) {
            #expect(html.contains("<label for=\"settings-language-\(code)\">"))
        }
        #expect(html.contains("<legend>\(Localizer(language)(SettingsText.enabledLanguages))</legend>"))
    }

    @Test("an error about the languages in use links from the summary to the first box and is announced")
    func languagesError() {
        let error = FormError(field: SettingsPage.languagesFieldID, message: "Choose at least one language.")
        let html = SettingsPage(
            context: Fixtures.context(.en, errors: [error]), name: "Acme", defaultLanguage: .en,
            timeZone: "UTC", enabledLanguages: [], timeZones: ["UTC"]
        ).render()
        #expect(html.contains("<a href=\"#settings-language-en\">Choose at least one language.</a>"))
        #expect(html.contains("aria-describedby=\"settings-language-hint settings-language-error\""))
    }

    @Test("a refused parent is shown at the parent select and the unit cannot be offered as its own parent")
    func unitParentError() {
        let error = FormError(field: "unit-parent", message: "A unit cannot be placed under itself or one of its own units.")
        let html = UnitEditPage(
            context: Fixtures.context(.en, errors: [error]), unitID: "u9", name: "Malmö", kind: "store",
            parentID: nil, code: "", parents: [Self.option]
        ).render()
        #expect(html.contains("<a href=\"#unit-parent\">"))
        #expect(html.contains("<p id=\"unit-parent-error\" class=\"error-message\">"))
        #expect(
            html.contains(
                "<select id=\"unit-parent\" name=\"parent\" aria-describedby=\"unit-parent-error\" aria-invalid=\"true\">"))
        #expect(html.contains("<form method=\"post\" action=\"/units/u9/delete\""))
        #expect(html.contains("<option value=\"store\" selected>Store</option>"))
    }

    @Test("a kind outside the suggested ones stays selectable")
    func customKind() {
        let html = UnitEditPage(
            context: Fixtures.context(.fi), unitID: "u9", name: "Lab", kind: "laboratory", parentID: nil,
            code: "", parents: []
        ).render()
        #expect(html.contains("<option value=\"laboratory\" selected>laboratory</option>"))
    }

    @Test("the user page shows a reset password once and the disabled box ticked")
    func userEdit() {
        let html = UserEditPage(
            context: Fixtures.context(.da), userID: "u1", email: "ola@example.no", displayName: "Ola",
            role: "frontline", unitID: "u1", disabled: true, units: [Self.option], newPassword: "abcde-fghij"
        ).render()
        #expect(html.contains("<code>ola@example.no: abcde-fghij</code>"))
        #expect(html.contains("<input type=\"checkbox\" id=\"user-disabled\" name=\"disabled\" value=\"on\" checked>"))
        #expect(html.contains("<label for=\"user-disabled\">Kontoen er deaktiveret (kan ikke logge ind)</label>"))
        #expect(html.contains("<option value=\"frontline\" selected>Frontlinjemedarbejder</option>"))
        #expect(html.contains("action=\"/users/u1/password\""))
    }

    @Test(
        "the customer page lists identifiers as text, not inputs, and offers the erase form only when allowed",
        arguments: [true, false])
    func customerPages(canErase: Bool) {
        let edit = CustomerEditPage(
            context: Fixtures.context(.nb), customerID: "c1", displayName: "Kari", identifiers: ["crm:42"],
            maySurvey: false, mayContact: true, preferredLanguage: nil, unitID: nil, units: [Self.option]
        ).render()
        #expect(edit.contains("<li>crm:42</li>"))
        #expect(!edit.contains("value=\"crm:42\""))
        #expect(edit.contains("<input type=\"checkbox\" id=\"customer-may-survey\" name=\"may_survey\" value=\"on\">"))
        #expect(edit.contains("<input type=\"checkbox\" id=\"customer-may-contact\" name=\"may_contact\" value=\"on\" checked>"))
        #expect(edit.contains("<option value=\"\" selected>Arbeidsområdets standard</option>"))

        let detail = CustomerDetailPage(
            context: Fixtures.context(.nb), id: "c1", displayName: "Kari", identifiers: [], maySurvey: true,
            mayContact: true, segments: [], attributes: [], timeline: [], canEdit: true,
            canErase: canErase
        ).render()
        #expect(detail.contains("href=\"/customers/c1/edit\""))
        #expect(detail.contains("action=\"/customers/c1/erase\"") == canErase)
        #expect(detail.contains("<label for=\"erase-confirm\">Jeg forstår at kunden slettes permanent</label>") == canErase)
    }

    @Test("units link to their edit page and tokens get a revoke button naming them")
    func listLinks() {
        let units = UnitsPage(
            context: Fixtures.context(.en), roots: [.init(id: "u1", name: "Stockholm", kind: "store", peopleCount: 3)],
            canEdit: true
        ).render()
        #expect(
            units.contains(
                "<a href=\"/units/u1/edit\" class=\"edit-unit\">Edit<span class=\"visually-hidden\"> Stockholm</span></a>"))
        let readOnly = UnitsPage(
            context: Fixtures.context(.en), roots: [.init(id: "u1", name: "Stockholm", kind: "store", peopleCount: 3)],
            canEdit: false
        ).render()
        #expect(!readOnly.contains("/units/u1/edit"))

        let users = UsersPage(
            context: Fixtures.context(.sv),
            users: [
                .init(
                    id: "p1", email: "a@b.se", role: "viewer", unitName: nil,
                    lastLogin: nil)
            ],
            tokens: [.init(id: "t1", name: "CRM sync", role: "analyst", created: "1", lastUsed: nil)], units: []
        ).render()
        #expect(users.contains("<a href=\"/users/p1/edit\" class=\"edit-user\">a@b.se</a>"))
        #expect(users.contains("action=\"/tokens/t1/revoke\""))
        #expect(users.contains("Återkalla<span class=\"visually-hidden\"> CRM sync</span>"))
        #expect(users.contains("<td>Aktiv</td>"))
    }
}
