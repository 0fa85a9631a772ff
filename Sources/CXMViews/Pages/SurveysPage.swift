import CXMCore

/// The list of surveys with their version, size, touchpoints and languages.
public struct SurveysPage: Sendable {
    /// One row of the list.
    public struct Survey: Sendable {
        public var id: String
        public var name: String
        public var version: Int
        public var questionCount: Int
        /// Names of the touchpoints the survey is attached to.
        public var touchpoints: [String]
        public var languages: [Language]

        /// Creates a row.
        public init(id: String, name: String, version: Int, questionCount: Int, touchpoints: [String], languages: [Language]) {
            self.id = id
            self.name = name
            self.version = version
            self.questionCount = questionCount
            self.touchpoints = touchpoints
            self.languages = languages
        }
    }

    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var surveys: [Survey]
    /// Whether the viewer may create surveys.
    public var canCreate: Bool

    /// Creates the surveys page model.
    public init(context: PageContext, surveys: [Survey], canCreate: Bool = false) {
        self.context = context
        self.surveys = surveys
        self.canCreate = canCreate
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(title: t(CommonText.surveys), context: context, section: .surveys) {
            if canCreate {
                el("p") { el("a", .href("/surveys/new"), .class("button")) { t(SurveyEditText.newSurvey) } }
            }
            if surveys.isEmpty {
                el("p", .class("muted")) { t(SurveyText.noSurveys) }
            } else {
                dataTable(
                    caption: t(CommonText.surveys),
                    headers: [
                        t(CommonText.name), t(SurveyText.version), t(SurveyText.questions),
                        t(JourneyText.touchpoints), t(SurveyText.languages),
                    ]
                ) {
                    surveys.map { survey in
                        el("tr") {
                            el("th", .scope("row")) { el("a", .href(URLPath.make("/surveys", survey.id))) { survey.name } }
                            el("td", .class("number")) { format.integer(survey.version) }
                            el("td", .class("number")) { format.integer(survey.questionCount) }
                            el("td") { survey.touchpoints.joined(separator: ", ") }
                            el("td") { languageList(survey.languages) }
                        }
                    }
                }
            }
        }
    }
}

/// Language names in their own language, each marked with its `lang` so screen readers pronounce it right.
func languageList(_ languages: [Language]) -> HTML {
    HTML.build {
        languages.enumerated().map { index, language in
            HTML.build {
                if index > 0 { ", " }
                el("span", .lang(language.localeIdentifier)) { language.endonym }
            }
        }
    }
}
