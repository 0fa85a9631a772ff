import CXMCore
import Foundation

/// The response a draft makes: its answers to the questions still shown, checked against the survey
/// version it answers, counted for its entry's touchpoint, unit and customer. The entry vouches for
/// those (foreign keys hold them), so nothing else is read.
enum DraftResponse {
    static func make(
        _ draft: ResponseDraft, survey: Survey, touchpoint: Touchpoint, unitID: String?, customerID: String?, at now: Date
    ) throws(ValidationFailure) -> SurveyResponse {
        let submission = ResponseSubmission(
            surveyID: survey.id, surveyVersion: survey.version, touchpointID: touchpoint.id, unitID: unitID,
            customerID: customerID, language: draft.language, answers: SurveyFlow(survey).visibleAnswers(draft.answers),
            idempotencyKey: "draft:\(draft.id)")
        let catalog = ResponseCatalog(
            surveys: [survey.id: [survey.version: survey]], currentVersions: [survey.id: survey.version],
            touchpoints: [touchpoint.id: touchpoint], unitIDs: Set([unitID].compactMap { $0 }), channelIDs: [],
            customerIDs: Set([customerID].compactMap { $0 }))
        return try submission.resolve(in: catalog, receivedAt: now)
    }
}
