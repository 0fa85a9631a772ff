import CXMCore

/// One survey version: its questions in order, with type, text in the viewer's language and scale.
public struct SurveyDetailPage: Sendable {
    /// A question as the viewer should read it.
    public struct Question: Sendable {
        /// Raw type such as `nps` or `single_choice`.
        public var type: String
        /// The question text in the viewer's language (or the survey's default when missing).
        public var text: String
        /// The scale for numeric types, nil otherwise.
        public var scale: Scale?
        /// Answer options for choice questions, in the viewer's language.
        public var options: [String]
        public var isRequired: Bool

        /// Creates a question.
        public init(type: String, text: String, scale: Scale? = nil, options: [String] = [], isRequired: Bool = false) {
            self.type = type
            self.text = text
            self.scale = scale
            self.options = options
            self.isRequired = isRequired
        }
    }

    /// A numeric answer scale with optional end labels ("Not at all likely" … "Extremely likely").
    public struct Scale: Sendable {
        public var minimum: Int
        public var maximum: Int
        public var minimumLabel: String?
        public var maximumLabel: String?

        /// Creates a scale.
        public init(minimum: Int, maximum: Int, minimumLabel: String? = nil, maximumLabel: String? = nil) {
            self.minimum = minimum
            self.maximum = maximum
            self.minimumLabel = minimumLabel
            self.maximumLabel = maximumLabel
        }
    }

    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var id: String
    public var name: String
    public var version: Int
    public var languages: [Language]
    /// Names of the touchpoints the survey is attached to.
    public var touchpoints: [String]
    /// Questions in survey order.
    public var questions: [Question]
    /// Whether the viewer may edit and delete the survey.
    public var canEdit: Bool
    /// The survey's versions, oldest first: number and when it was saved, already formatted.
    public var versions: [(number: Int, savedAt: String)]
    /// The survey's public and kiosk links.
    public var links: [SurveyLinkRow]
    /// The form that creates a link, for those who may edit surveys.
    public var linkForm: SurveyLinkForm?
    /// The survey's invitations by e-mail.
    public var invitations: SurveyInvitationSummary?

    /// Creates the survey detail page model.
    public init(
        context: PageContext, id: String, name: String, version: Int, languages: [Language], touchpoints: [String],
        questions: [Question], canEdit: Bool = false, versions: [(number: Int, savedAt: String)] = [],
        links: [SurveyLinkRow] = [], linkForm: SurveyLinkForm? = nil, invitations: SurveyInvitationSummary? = nil
    ) {
        self.context = context
        self.id = id
        self.name = name
        self.version = version
        self.languages = languages
        self.touchpoints = touchpoints
        self.questions = questions
        self.canEdit = canEdit
        self.versions = versions
        self.links = links
        self.linkForm = linkForm
        self.invitations = invitations
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(context.language)
        return Layout.page(title: name, context: context, section: .surveys, isSectionIndex: false) {
            el("p") { el("a", .href("/surveys")) { t(SurveyText.backToSurveys) } }
            if canEdit {
                el("p") {
                    el("a", .href(URLPath.make("/surveys", id, "/edit")), .class("button")) { t(SurveyEditText.editSurvey) }
                }
            }
            el("p", .class("meta")) {
                el("span") { "\(t(SurveyText.version)): \(format.integer(version))" }
                el("span") {
                    "\(t(SurveyText.languages)): "
                    languageList(languages)
                }
                el("span") {
                    "\(t(JourneyText.touchpoints)): \(touchpoints.isEmpty ? t(CommonText.noneListed) : touchpoints.joined(separator: ", "))"
                }
            }
            el("h2") { t(SurveyText.questions) }
            if questions.isEmpty {
                el("p", .class("muted")) { t(SurveyText.noQuestions) }
            } else {
                el("ol", .class("cards")) {
                    questions.map { question in el("li", .class("card")) { card(question, t: t, format: format) } }
                }
            }
            SurveyLinksSection.render(surveyID: id, links: links, form: linkForm, context: context, t: t)
            if let invitations { invitations.render(t: t) }
            if !versions.isEmpty {
                el("h2") { t(SurveyEditText.versionHistory) }
                el("ol", .class("plain-list")) {
                    versions.reversed().map { entry in
                        el("li") {
                            t(SurveyEditText.versionSaved, format.integer(entry.number), entry.savedAt)
                            if entry.number == version {
                                " (\(t(SurveyEditText.currentVersion)))"
                            }
                        }
                    }
                }
            }
            if canEdit {
                el("section", .class("panel danger-zone"), .aria("labelledby", "delete-survey-title")) {
                    el("h2", .id("delete-survey-title")) { t(SurveyEditText.deleteSurvey) }
                    el("p", .class("hint")) { t(SurveyEditText.deleteSurveyHint) }
                    postForm(action: URLPath.make("/surveys", id, "/delete"), csrf: context.csrfToken) {
                        el("div") { dangerButton(t(SurveyEditText.deleteSurvey)) }
                    }
                }
            }
        }
    }

    private func card(_ question: Question, t: Localizer, format: LocaleFormat) -> HTML {
        HTML.build {
            el("p") { el("strong") { question.text } }
            el("p", .class("meta")) {
                el("span") { "\(t(SurveyText.questionType)): \(Labels.questionType(question.type, in: t.language))" }
                if question.isRequired {
                    el("span") { t(SurveyText.required) }
                }
            }
            if let scale = question.scale {
                el("p") {
                    t(SurveyText.scaleRange, format.integer(scale.minimum), format.integer(scale.maximum))
                    if let low = scale.minimumLabel, let high = scale.maximumLabel {
                        " (\(format.integer(scale.minimum)) = \(low), \(format.integer(scale.maximum)) = \(high))"
                    }
                }
            }
            if !question.options.isEmpty {
                el("p", .class("hint")) { t(SurveyText.options) }
                textList(question.options, emptyText: "")
            }
        }
    }
}
