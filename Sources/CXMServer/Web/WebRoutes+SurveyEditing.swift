import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// Creating, editing and deleting surveys; every save stores the next version, old ones stay for their responses.
extension WebRoutes {
    static let newSurveyFieldIDs = [
        "name": SurveyFieldID.name, "languages": SurveyFieldID.language(Language.allCases[0]),
        "touchpointIDs": SurveyFieldID.touchpoints,
    ]

    func registerSurveyEditing(in routes: inout RouteTable) {
        routes.get("/surveys/new", .requires(.editSurveys)) { request, context in
            let settings = try await store.workspaceSettings()
            let page = SurveyNewPage(
                context: try await web.page(request, context), languages: [settings.defaultLanguage],
                touchpoints: try await touchpointGroups())
            return HTMLOutput.page(page.render())
        }
        routes.post("/surveys", .requires(.editSurveys)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let ticked = Set(form.all(SurveyFieldID.languageName))
            let languages = Language.allCases.filter { ticked.contains($0.rawValue) }
            let survey = Survey(
                name: form.text(SurveyFieldID.name), touchpointIDs: form.all(SurveyFieldID.touchpointName), languages: languages,
                questions: [Self.firstQuestion(languages)])
            do {
                let created = try await store.saveSurvey(survey, by: context.actor.auditActor)
                return Response.seeOther(Self.editPath(created.id, saved: created.version))
            } catch let error where WebPages.validationFailure(error) != nil {
                let errors = SurveyForm.formErrors(
                    WebPages.validationFailure(error)!, listedQuestions: 1, languages: languages, language: context.language)
                let page = SurveyNewPage(
                    context: try await web.page(request, context, errors: errors), name: survey.name, languages: languages,
                    touchpoints: try await touchpointGroups(), checkedTouchpoints: Set(survey.touchpointIDs))
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
        }
        routes.get("/surveys/{id}/edit", .requires(.editSurveys)) { request, context in
            let survey = try await store.survey(try context.id())
            let t = Localizer(context.language)
            var page = try await surveyEditPage(request, context, survey: survey, form: SurveyForm(survey: survey))
            if let saved = request.query("saved").flatMap(Int.init) {
                page.context.flash = t(SurveyEditText.savedAsVersion, LocaleFormat(context.language).integer(saved))
            }
            return HTMLOutput.page(page.render())
        }
        routes.post("/surveys/{id}", .requires(.editSurveys)) { request, context in
            let body = try await FormBody.read(request)
            try WebSession.requireCSRF(body, context: context)
            let stored = try await store.survey(try context.id())
            let keysLocked = (try await store.responseCountsBySurvey()[stored.id] ?? 0) > 0
            let form = SurveyForm(body, previousLanguages: stored.languages)
            let (survey, problems) = form.survey(updating: stored, keysLocked: keysLocked, language: context.language)
            func refused(_ errors: [FormError]) async throws -> Response {
                let page = try await surveyEditPage(request, context, survey: stored, form: form, errors: errors)
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            var errors = problems
            // A form built from an older version would silently undo the newer one; show it again instead.
            if let base = Int(body.text(SurveyFieldID.baseVersion)), base != stored.version {
                let message = Localizer(context.language)(
                    SurveyEditText.savedMeanwhile, LocaleFormat(context.language).integer(stored.version))
                errors.append(FormError(field: nil, message: message))
            }
            do throws(ValidationFailure) {
                _ = try survey.validated()
            } catch {
                errors += SurveyForm.formErrors(
                    error, listedQuestions: form.questions.count, languages: form.languages, language: context.language)
            }
            guard errors.isEmpty else { return try await refused(errors) }
            do {
                let saved = try await store.saveSurvey(survey, by: context.actor.auditActor)
                return Response.seeOther(Self.editPath(saved.id, saved: saved.version))
            } catch let error where WebPages.validationFailure(error) != nil {
                return try await refused(
                    SurveyForm.formErrors(
                        WebPages.validationFailure(error)!, listedQuestions: form.questions.count, languages: form.languages,
                        language: context.language))
            }
        }
        routes.post("/surveys/{id}/delete", .requires(.editSurveys)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let survey = try await store.survey(try context.id())
            do {
                try await store.deleteSurvey(survey.id, by: context.actor.auditActor)
                return Response.seeOther("/surveys?notice=surveyDeleted")
            } catch StoreError.conflict {
                let error = FormError(field: nil, message: Localizer(context.language)(SurveyEditText.surveyHasResponses))
                let page = try await surveyDetailPage(request, context, survey, errors: [error])
                return HTMLOutput.page(page.render(), status: .conflict)
            }
        }
    }

    /// The survey editor after a save, which then says which version was stored.
    static func editPath(_ surveyID: String, saved version: Int) -> String {
        let id = surveyID.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_"])) ?? surveyID
        return "/surveys/\(id)/edit?saved=\(version)"
    }

    /// The question every new survey starts with, so that it is valid and answerable at once.
    static func firstQuestion(_ languages: [Language]) -> Question {
        Question(
            key: "nps", type: .nps,
            text: LocalizedText(
                Dictionary(uniqueKeysWithValues: languages.map { ($0, SurveyDefaultText.npsQuestion.translations[$0]) })),
            required: true)
    }

    /// One survey version with its history; edit and delete controls for those who may edit surveys.
    func surveyDetailPage(
        _ request: Request, _ context: AppContext, _ survey: Survey, errors: [FormError] = [],
        linkForm typed: SurveyLinkForm? = nil
    ) async throws -> SurveyDetailPage {
        let touchpoints = Dictionary(uniqueKeysWithValues: try await store.touchpoints().map { ($0.id, $0.name) })
        let units = try await store.units()
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) })
        let canEdit = context.principal?.may(.editSurveys) ?? false
        let links = try await store.surveyLinks(survey: survey.id).map { link in
            SurveyLinkRow(
                id: link.id, label: link.label, kind: link.kind, touchpoint: touchpoints[link.touchpointID] ?? link.touchpointID,
                unit: link.unitID.map { unitNames[$0] ?? $0 }, url: configuration.linkBase + link.path,
                qrPath: "/api/v1/surveys/\(survey.id)/links/\(link.id)/qr.svg", disabled: link.disabled)
        }
        var linkForm = typed
        if canEdit, linkForm == nil {
            linkForm = SurveyLinkForm(touchpoints: [], units: [])
        }
        linkForm?.touchpoints = survey.touchpointIDs.map { SelectOption(value: $0, label: touchpoints[$0] ?? $0) }
        linkForm?.units = units.map { SelectOption(value: $0.id, label: $0.name) }
        let language = context.language
        let zone = try await store.workspaceSettings().timeZone
        let format = LocaleFormat(language)
        return SurveyDetailPage(
            context: try await web.page(request, context, errors: errors), id: survey.id, name: survey.name,
            version: survey.version, languages: survey.languages,
            touchpoints: survey.touchpointIDs.compactMap { touchpoints[$0] },
            questions: survey.questions.map { q in
                SurveyDetailPage.Question(
                    type: q.type.rawValue, text: q.text.text(in: language),
                    scale: q.scale.map { SurveyDetailPage.Scale(minimum: $0.lowerBound, maximum: $0.upperBound) },
                    options: q.options.map { $0.label.text(in: language) }, isRequired: q.required)
            },
            canEdit: canEdit,
            versions: try await store.surveyVersions(survey.id).map {
                (number: $0.version, savedAt: format.dateTime($0.createdAt, timeZone: zone))
            }, links: links, linkForm: linkForm,
            invitations: try await invitationSummary(survey, context, touchpoints: touchpoints, timeZone: zone))
    }

    /// The editor for the stored survey, showing the form's values (the stored ones, or what was just submitted).
    private func surveyEditPage(
        _ request: Request, _ context: AppContext, survey: Survey, form: SurveyForm, errors: [FormError] = []
    ) async throws -> SurveyEditPage {
        SurveyEditPage(
            context: try await web.page(request, context, errors: errors), surveyID: survey.id, version: survey.version,
            responseCount: try await store.responseCountsBySurvey()[survey.id] ?? 0, name: form.name,
            languages: form.languages, touchpoints: try await touchpointGroups(), checkedTouchpoints: Set(form.touchpointIDs),
            questions: form.questions, newQuestion: form.newQuestion, presentation: form.presentation)
    }

    /// Every touchpoint by journey and stage, in the order the journey map shows them.
    private func touchpointGroups() async throws -> [TouchpointGroup] {
        var groups: [TouchpointGroup] = []
        for summary in try await store.journeySummaries() {
            let map = try await store.journeyMap(summary.journey.id)
            groups.append(
                TouchpointGroup(
                    journey: map.journey.name,
                    stages: map.stages.map { stage in
                        TouchpointGroup.Stage(
                            name: stage.stage.name,
                            touchpoints: stage.touchpoints.map { SelectOption(value: $0.id, label: $0.name) })
                    }))
        }
        return groups
    }

    /// The survey's invitation funnels and, for those who may see customers, its latest invitations.
    private func invitationSummary(
        _ survey: Survey, _ context: AppContext, touchpoints: [String: String], timeZone: String
    ) async throws -> SurveyInvitationSummary {
        let language = context.language
        let format = LocaleFormat(language)
        let funnels = try await store.invitationFunnels(survey: survey.id)
        var reasons: [String: Int] = [:]
        for funnel in funnels { reasons.merge(funnel.suppressed, uniquingKeysWith: +) }
        let rows = funnels.map { funnel in
            SurveyInvitationSummary.Row(
                touchpoint: touchpoints[funnel.touchpointID] ?? funnel.touchpointID,
                counts: [
                    funnel.requested, funnel.suppressedTotal, funnel.sent, funnel.opened, funnel.responded, funnel.bounced,
                    funnel.expired,
                ],
                responseRate: funnel.responseRate.map { rate in
                    "\(format.percent(rate.share)) (\(format.percent(rate.interval.low))–\(format.percent(rate.interval.high)), n = \(format.integer(funnel.delivered)))"
                })
        }
        var recent: [SurveyInvitationSummary.Recent]?
        if context.principal?.may(.editCustomers) == true {
            let invitations = try await store.invitations(survey: survey.id, limit: 20)
            var names: [String: String] = [:]
            for id in Set(invitations.map(\.customerID)) { names[id] = try? await store.customer(id).displayName }
            recent = invitations.map { invitation in
                SurveyInvitationSummary.Recent(
                    when: format.dateTime(invitation.sendAt, timeZone: timeZone),
                    customer: names[invitation.customerID] ?? invitation.customerID,
                    customerPath: "/customers/\(invitation.customerID)",
                    status: InvitationStatusText.status(invitation.status, in: language),
                    reason: invitation.reason.map { InvitationStatusText.reason($0, in: language, timeZone: timeZone) })
            }
        }
        return SurveyInvitationSummary(
            rows: rows,
            reasons: reasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
                (InvitationStatusText.reasonName($0.key, in: language), $0.value)
            }, recent: recent)
    }
}
