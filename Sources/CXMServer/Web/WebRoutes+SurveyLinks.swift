import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

extension WebRoutes {
    /// The links section of a survey's page.
    static func linksPath(_ surveyID: String) -> String {
        let id = surveyID.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_"])) ?? surveyID
        return "/surveys/\(id)#links-title"
    }

    /// Creating, closing and reopening a survey's public and kiosk links on its page.
    func registerSurveyLinks(in routes: inout RouteTable) {
        routes.post("/surveys/{id}/links", .requires(.editSurveys)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let survey = try await store.survey(try context.id())
            let typed = SurveyLinkForm(
                touchpoints: [], units: [], label: form.text("label"), kind: form.text("kind"),
                touchpointID: form.text("touchpoint"), unitID: form.text("unit"))
            func refused(_ errors: [FormError]) async throws -> Response {
                let page = try await surveyDetailPage(request, context, survey, errors: errors, linkForm: typed)
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            let t = Localizer(context.language)
            guard let kind = SurveyLink.Kind(rawValue: typed.kind) else {
                return try await refused([FormError(field: "link-kind", message: t(ValidationText.invalidChoice))])
            }
            do {
                try await store.createSurveyLink(
                    SurveyLink(
                        surveyID: survey.id, kind: kind, touchpointID: typed.touchpointID,
                        unitID: typed.unitID.isEmpty ? nil : typed.unitID, label: typed.label), by: context.actor.auditActor)
            } catch let error where WebPages.validationFailure(error) != nil {
                let fields = ["label": "link-label", "touchpointID": "link-touchpoint", "unitID": "link-unit"]
                return try await refused(
                    WebPages.validationFailure(error)!.errors.map { problem in
                        FormError(field: fields[problem.field] ?? "link-label", message: problem.message)
                    })
            }
            return Response.seeOther(Self.linksPath(survey.id))
        }
        for (action, disabled) in [("close", true), ("open", false)] {
            routes.post("/surveys/{id}/links/{link}/\(action)", .requires(.editSurveys)) { request, context in
                let form = try await FormBody.read(request)
                try WebSession.requireCSRF(form, context: context)
                let link = try await store.surveyLink(context.parameters.get("link") ?? "", survey: try context.id())
                try await store.setSurveyLinkDisabled(link.id, disabled, by: context.actor.auditActor)
                return Response.seeOther(Self.linksPath(link.surveyID))
            }
        }
    }
}
