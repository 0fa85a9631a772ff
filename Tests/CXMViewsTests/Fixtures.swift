import CXMCore
import CXMViews
import Testing

/// Sample view models for every page, with every free-text field set to `text` so tests can plant hostile input.
enum Fixtures {
    static let hostile = "<script>alert(1)</script> \"quoted\" & 'single'"

    static func context(
        _ language: Language, text: String = "Acme", canManageUsers: Bool = true,
        errors: [FormError] = []
    ) -> PageContext {
        PageContext(
            language: language, workspaceName: text, userEmail: "\(text)@example.com", csrfToken: "tok\(text)",
            canManageUsers: canManageUsers, currentPath: "/journeys?x=\(text)", flash: text, errors: errors)
    }

    static let blueprint = ServiceBlueprint(
        customerActions: ["Opens the app"], frontstage: ["Greeting"],
        backstage: ["Order picked"], supportProcesses: ["Stock system"])

    static func touchpoint(_ text: String) -> JourneyDetailPage.Touchpoint {
        JourneyDetailPage.Touchpoint(
            id: "tp\(text)", name: text, channelName: text, unitName: text, desiredFeeling: text, functionalNeeds: [text],
            emotionalNeeds: [text], hygieneFactors: [text],
            blueprint: ServiceBlueprint(customerActions: [text], frontstage: [text], backstage: [text], supportProcesses: [text]))
    }

    static func touchpointGroups(_ text: String) -> [TouchpointGroup] {
        [TouchpointGroup(journey: text, stages: [.init(name: text, touchpoints: [SelectOption(value: text, label: text)])])]
    }

    /// The survey editor with one question of every type, every text set to `text`.
    static func surveyEditPage(_ context: PageContext, text: String, responseCount: Int) -> SurveyEditPage {
        let languages: [Language] = [.en, .sv, .fi]
        let texts = Dictionary(uniqueKeysWithValues: languages.map { ($0, text) })
        let questions = QuestionType.allCases.map { type in
            SurveyQuestionDraft(
                originalKey: type.rawValue, key: type.rawValue, type: type.rawValue, texts: texts, required: true,
                nkiItem: type == .nki ? "overall" : "", scaleMin: type == .rating ? "1" : "",
                scaleMax: type == .rating ? "7" : "",
                options: type.isChoice ? "a = \(text)\nb = \(text)" : "",
                optionLabels: type.isChoice ? [.sv: "\(text)\n\(text)", .fi: "\(text)\n\(text)"] : [:])
        }
        return SurveyEditPage(
            context: context, surveyID: text, version: 4, responseCount: responseCount, name: text, languages: languages,
            touchpoints: touchpointGroups(text), checkedTouchpoints: [text], questions: questions,
            newQuestion: SurveyQuestionDraft(key: text, texts: texts, options: text))
    }

    /// Every page, rendered in `language` with `text` in every field a user can type.
    static func pages(_ language: Language, text: String = "Sample") -> [RenderedPage] {
        let ctx = context(language, text: text)
        let option = SelectOption(value: text, label: text)
        let pages: [(String, String)] = [
            ("login", LoginPage(language: language, csrfToken: text, email: text, errorMessage: text, flash: text).render()),
            (
                "journeys",
                JourneysPage(
                    context: ctx,
                    journeys: [
                        .init(
                            id: text, name: text, description: text, stageCount: 3,
                            touchpointCount: 12)
                    ],
                    canEdit: true, newName: text, newDescription: text
                ).render()
            ),
            (
                "journey",
                JourneyDetailPage(
                    context: ctx, id: text, name: text, description: text,
                    stages: [.init(id: "s1", name: text, phase: "before", touchpoints: [touchpoint(text)])],
                    canEdit: true, channels: [option], units: [option]
                ).render()
            ),
            (
                "touchpoint",
                TouchpointEditPage(
                    context: ctx, touchpointID: text, journeyID: text, journeyName: text, name: text,
                    channelID: text, unitID: text, desiredFeeling: text, functionalNeeds: [text],
                    emotionalNeeds: [text], hygieneFactors: [text], blueprint: blueprint,
                    channels: [option], units: [option]
                ).render()
            ),
            (
                "units",
                UnitsPage(
                    context: ctx,
                    roots: [
                        .init(
                            id: text, name: text, kind: "company", peopleCount: 1200,
                            children: [.init(id: "b", name: text, kind: "branch", peopleCount: 4)])
                    ],
                    canEdit: true, newName: text
                ).render()
            ),
            (
                "customers",
                CustomersPage(
                    context: ctx, query: text,
                    customers: [
                        .init(
                            id: text, displayName: text, identifiers: ["crm:\(text)"], maySurvey: true,
                            mayContact: false, segments: [text])
                    ],
                    paging: Paging(page: 2, pageSize: 50, totalCount: 20_000)
                ).render()
            ),
            (
                "customer",
                CustomerDetailPage(
                    context: ctx, id: text, displayName: text, identifiers: [text], maySurvey: true,
                    mayContact: true, segments: [text],
                    attributes: [.init(name: text, type: "number", value: text)],
                    timeline: [.init(date: text, kind: text, title: text, detail: text, href: "/x?" + text)],
                    olderTimeline: "/y?" + text,
                    canEdit: true, canErase: true
                ).render()
            ),
            (
                "identity-reviews",
                IdentityReviewsPage(
                    context: ctx,
                    rows: [
                        .init(
                            id: text, date: text, record: text, source: text, identifiers: [text],
                            candidates: [.init(id: text, name: text)])
                    ],
                    paging: Paging(page: 1, pageSize: 50, totalCount: 1)
                ).render()
            ),
            (
                "customer-merging",
                {
                    var page = CustomerDetailPage(
                        context: ctx, id: text, displayName: text, identifiers: [text], maySurvey: true, mayContact: true,
                        segments: [], attributes: [], timeline: [])
                    page.canMerge = true
                    page.merges = [.init(date: text, summary: text, undoAction: "/customer-merges/" + text + "/undo")]
                    return page.render()
                }()
            ),
            (
                "unit-edit",
                UnitEditPage(
                    context: ctx, unitID: text, name: text, kind: text, parentID: text, code: text,
                    parents: [option]
                ).render()
            ),
            (
                "user-edit",
                UserEditPage(
                    context: ctx, userID: text, email: text, displayName: text, role: "team_lead", unitID: text,
                    disabled: true, units: [option], newPassword: text
                ).render()
            ),
            (
                "customer-edit",
                CustomerEditPage(
                    context: ctx, customerID: text, displayName: text, identifiers: ["crm:\(text)"],
                    maySurvey: true, mayContact: false, preferredLanguage: .fi, unitID: text,
                    units: [option]
                ).render()
            ),
            (
                "settings",
                SettingsPage(
                    context: ctx, name: text, defaultLanguage: .sv, timeZone: text, enabledLanguages: [.sv, .fi],
                    timeZones: ["Europe/Stockholm", text]
                ).render()
            ),
            (
                "surveys",
                SurveysPage(
                    context: ctx,
                    surveys: [
                        .init(
                            id: text, name: text, version: 2, questionCount: 5,
                            touchpoints: [text], languages: [.sv, .fi])
                    ]
                ).render()
            ),
            (
                "survey",
                SurveyDetailPage(
                    context: ctx, id: text, name: text, version: 1, languages: [.en], touchpoints: [text],
                    questions: [
                        .init(
                            type: "nps", text: text,
                            scale: .init(minimum: 0, maximum: 10, minimumLabel: text, maximumLabel: text)),
                        .init(type: "single_choice", text: text, options: [text]),
                    ],
                    canEdit: true, versions: [(number: 1, savedAt: text)]
                ).render()
            ),
            (
                "survey-new",
                SurveyNewPage(
                    context: ctx, name: text, languages: [.en, .sv], touchpoints: touchpointGroups(text),
                    checkedTouchpoints: [text]
                ).render()
            ),
            ("survey-edit", surveyEditPage(ctx, text: text, responseCount: 3).render()),
            (
                "users",
                UsersPage(
                    context: ctx,
                    users: [
                        .init(
                            id: text, email: text, role: "admin", unitName: text, lastLogin: text,
                            disabled: true)
                    ],
                    tokens: [.init(id: text, name: text, role: "viewer", created: text, lastUsed: nil)],
                    units: [option], newSecret: text, newUserEmail: text, newTokenName: text
                ).render()
            ),
            (
                "audit",
                AuditLogPage(
                    context: ctx,
                    entries: [
                        .init(
                            time: text, actor: text, action: text, entityType: text,
                            entityID: text, summary: text)
                    ],
                    paging: Paging(page: 1, pageSize: 50, totalCount: 1)
                ).render()
            ),
            ("dashboard-overview", DashboardFixtures.overview(ctx, text: text).render()),
            ("dashboard-trend", DashboardFixtures.trend(ctx, text: text).render()),
            ("dashboard-journey", DashboardFixtures.journey(ctx, text: text).render()),
            (
                "funnel",
                FunnelPage(
                    context: ctx,
                    funnels: [Funnel(id: "f1", name: text, steps: []), Funnel(id: "f2", name: text, steps: [])],
                    report: FunnelFixtures.report(text: text), timeZone: "Europe/Stockholm"
                ).render()
            ),
            ("funnels-none", FunnelPage(context: ctx, funnels: [], report: nil, timeZone: "UTC").render()),
            ("dashboard-units", DashboardFixtures.units(ctx, text: text).render()),
            ("incidents", SignalFixtures.incidents(ctx, text: text).render()),
            ("incidents-no-value", SignalFixtures.incidents(ctx, text: text, valuePerCustomerMinute: nil).render()),
            ("incident", SignalFixtures.incidentPage(ctx, text: text).render()),
            ("churn", SignalFixtures.churn(ctx, text: text).render()),
            ("tickets", SignalFixtures.tickets(ctx, text: text).render()),
            ("error", ErrorPage(language: language, status: 404, detail: text).render()),
            ("error-signed-in", ErrorPage(language: language, status: 500, context: ctx, detail: text).render()),
        ]
        return pages.map { RenderedPage(name: $0.0, html: $0.1) }
    }
}

/// A rendered page that names itself in test output instead of printing its whole markup.
struct RenderedPage: Sendable, CustomTestStringConvertible {
    let name: String
    let html: String

    var testDescription: String { name }
}

/// Small regex helpers over rendered markup; good enough for markup this module writes itself.
enum Markup {
    /// Every match of `pattern`'s first capture group.
    static func captures(_ pattern: String, in html: String) -> [String] {
        guard let regex = try? Regex(pattern) else { return [] }
        return html.matches(of: regex).compactMap { match in
            match.output.count > 1 ? match.output[1].substring.map(String.init) : nil
        }
    }

    /// Opening tags with the given name, such as every `<input …>`.
    static func tags(_ name: String, in html: String) -> [String] {
        captures("(<\(name)\\b[^>]*>)", in: html)
    }
}
