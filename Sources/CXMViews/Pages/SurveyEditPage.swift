import CXMCore

/// The survey editor: name, languages, touchpoints and every question, saved together as the next version.
///
/// One form holds it all, so moving, removing or adding a question never loses what was typed elsewhere. The
/// first submit button is the save button, which is what pressing Enter in a field does. Field ids (which are
/// also the form names) come from `SurveyFieldID`.
public struct SurveyEditPage: Sendable {
    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var surveyID: String
    /// The stored version the form edits and the number of responses the survey has.
    public var version: Int
    public var responseCount: Int
    /// Current values, or the submitted ones after a refused save.
    public var name: String
    /// The survey's languages in order; the first one is where option keys are written.
    public var languages: [Language]
    public var touchpoints: [TouchpointGroup]
    public var checkedTouchpoints: Set<String>
    public var questions: [SurveyQuestionDraft]
    /// The question being added, as typed so far.
    public var newQuestion: SurveyQuestionDraft
    /// Layout and texts for respondents, as stored or typed.
    public var presentation: SurveyPresentationDraft

    /// Creates the survey edit page model.
    public init(
        context: PageContext, surveyID: String, version: Int, responseCount: Int, name: String, languages: [Language],
        touchpoints: [TouchpointGroup], checkedTouchpoints: Set<String>, questions: [SurveyQuestionDraft],
        newQuestion: SurveyQuestionDraft = SurveyQuestionDraft(),
        presentation: SurveyPresentationDraft = SurveyPresentationDraft()
    ) {
        self.context = context
        self.surveyID = surveyID
        self.version = version
        self.responseCount = responseCount
        self.name = name
        self.languages = languages
        self.touchpoints = touchpoints
        self.checkedTouchpoints = checkedTouchpoints
        self.questions = questions
        self.newQuestion = newQuestion
        self.presentation = presentation
    }

    /// Keys are fixed once answers are stored under them.
    public var keysLocked: Bool { responseCount > 0 }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        let status =
            responseCount == 1
            ? t(SurveyEditText.versionOneResponse, format.integer(version))
            : t(SurveyEditText.versionResponses, format.integer(version), format.integer(responseCount))
        return Layout.page(
            title: "\(t(SurveyEditText.editSurvey)): \(name)", context: context, section: .surveys, isSectionIndex: false
        ) {
            el("p") { el("a", .href(URLPath.make("/surveys", surveyID))) { t(SurveyText.backToSurveys) } }
            el("p", .class("meta")) { el("span") { status } }
            postForm(action: URLPath.make("/surveys", surveyID), csrf: context.csrfToken) {
                void("input", .type("hidden"), .name(SurveyFieldID.baseVersion), .value(String(version)))
                void("input", .type("hidden"), .name(SurveyFieldID.questionCount), .value(String(questions.count)))
                SurveyFormParts.settings(
                    name: name, languages: languages, touchpoints: touchpoints, checkedTouchpoints: checkedTouchpoints,
                    errors: context.errors, t: t)
                el("p", .id("save-hint"), .class("hint")) { t(SurveyEditText.saveHint) }
                el("div") { submitButton(t(SurveyEditText.saveNewVersion)) }
                presentationEditor(t: t)
                el("h2") { t(SurveyText.questions) }
                el("ol", .class("cards")) {
                    questions.enumerated().map { index, question in
                        el("li", .class("card")) { questionEditor(question, index: index, t: t) }
                    }
                }
                el("section", .class("panel"), .aria("labelledby", "add-question-title")) {
                    el("h2", .id("add-question-title")) { t(SurveyEditText.addQuestion) }
                    el("p", .class("hint")) { t(SurveyEditText.addQuestionHint) }
                    newQuestionEditor(t: t)
                    el("div") {
                        el("button", .type("submit"), .class("button"), .name(SurveyFieldID.action), .value("add")) {
                            t(SurveyEditText.addQuestion)
                        }
                    }
                }
                el("div") { submitButton(t(SurveyEditText.saveNewVersion)) }
            }
        }
    }
}
