import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The follow-up survey after a closed case (/cases/follow-up), for those who set the case rules.
extension WebRoutes {
    func registerCaseFollowUp(in routes: inout RouteTable) {
        routes.get("/cases/follow-up", .requires(.manageCaseRules)) { request, context in
            let followUp = try await store.caseFollowUp()
            return HTMLOutput.page(
                try await followUpPage(
                    request, context, surveyID: followUp.surveyID ?? "", delayHours: String(followUp.delayHours)
                ).render())
        }
        routes.post("/cases/follow-up", .requires(.manageCaseRules)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let surveyID = form.text("survey")
            let delayText = form.text("delay_hours")
            guard let delay = Int(delayText), (0...CaseFollowUp.maxDelayHours).contains(delay) else {
                let t = Localizer(context.language)
                let page = try await followUpPage(
                    request, context, surveyID: surveyID, delayHours: delayText,
                    errors: [FormError(field: CaseFollowUpPage.delayFieldID, message: t(CaseText.followUpDelayInvalid))])
                return HTMLOutput.page(page.render(), status: .unprocessableContent)
            }
            try await store.saveCaseFollowUp(
                CaseFollowUp(surveyID: surveyID.isEmpty ? nil : surveyID, delayHours: delay), by: try context.actor.auditActor)
            return Response.seeOther("/cases/follow-up?notice=saved")
        }
    }

    private func followUpPage(
        _ request: Request, _ context: AppContext, surveyID: String, delayHours: String, errors: [FormError] = []
    ) async throws -> CaseFollowUpPage {
        CaseFollowUpPage(
            context: try await web.page(request, context, errors: errors),
            surveys: try await store.surveys().map { SelectOption(value: $0.id, label: $0.name) }.sorted { $0.label < $1.label },
            surveyID: surveyID, delayHours: delayHours)
    }
}
