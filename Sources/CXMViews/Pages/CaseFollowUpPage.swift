import CXMCore

/// The follow-up survey after a closed case: which survey, and how many hours after closing.
public struct CaseFollowUpPage: Sendable {
    public var context: PageContext
    public var surveys: [SelectOption]
    public var surveyID: String
    public var delayHours: String

    public static let delayFieldID = "follow-up-delay"

    public init(context: PageContext, surveys: [SelectOption], surveyID: String, delayHours: String) {
        self.context = context
        self.surveys = surveys
        self.surveyID = surveyID
        self.delayHours = delayHours
    }

    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(title: t(CaseText.followUpTitle), context: context, section: .cases, isSectionIndex: false) {
            el("p") { t(CaseText.followUpIntro) }
            postForm(action: "/cases/follow-up", csrf: context.csrfToken) {
                selectField(
                    FieldSpec(id: "follow-up-survey", name: "survey", label: t(CaseText.followUpSurvey)),
                    options: [SelectOption(value: "", label: t(CaseText.followUpNone))] + surveys, selected: surveyID,
                    errors: context.errors)
                inputField(
                    FieldSpec(id: Self.delayFieldID, name: "delay_hours", label: t(CaseText.followUpDelay)), value: delayHours,
                    type: "number", errors: context.errors)
                el("div") { submitButton(t(CommonText.save)) }
            }
        }
    }
}
