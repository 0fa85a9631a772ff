import CXMCore

/// The form that creates a survey: its name, languages and touchpoints. The first question is added for the user.
///
/// Field ids for `FormError.field` are those of `SurveyFieldID`: `survey-name`, `survey-language-en` (the first
/// language box) and `survey-touchpoints`.
public struct SurveyNewPage: Sendable {
    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    /// Submitted values after a refused create, else empty.
    public var name: String
    public var languages: [Language]
    /// Every journey's touchpoints by stage, in journey order.
    public var touchpoints: [TouchpointGroup]
    public var checkedTouchpoints: Set<String>

    /// Creates the new-survey page model.
    public init(
        context: PageContext, name: String = "", languages: [Language], touchpoints: [TouchpointGroup],
        checkedTouchpoints: Set<String> = []
    ) {
        self.context = context
        self.name = name
        self.languages = languages
        self.touchpoints = touchpoints
        self.checkedTouchpoints = checkedTouchpoints
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(title: t(SurveyEditText.newSurvey), context: context, section: .surveys, isSectionIndex: false) {
            el("p") { el("a", .href("/surveys")) { t(SurveyText.backToSurveys) } }
            el("p", .class("hint")) { t(SurveyEditText.newSurveyIntro) }
            postForm(action: "/surveys", csrf: context.csrfToken) {
                SurveyFormParts.settings(
                    name: name, languages: languages, touchpoints: touchpoints, checkedTouchpoints: checkedTouchpoints,
                    errors: context.errors, t: t)
                el("div") { submitButton(t(SurveyEditText.createSurvey)) }
            }
        }
    }
}
