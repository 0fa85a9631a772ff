import CXMCore

/// A screen of a survey as the customer answers it: plain HTML forms that work without
/// JavaScript, large touch targets, every control labelled, errors beside their question and
/// summarised at the top.
public struct RespondentPage: Sendable {
    public var language: Language
    /// The languages the survey is offered in; the page links to each when there are several.
    public var languages: [Language]
    public var title: String
    /// Shown on the first screen only.
    public var intro: String?
    /// Where the form posts (the link's path).
    public var action: String
    /// The draft's token, carried in the form so that the page works without cookies.
    public var draftToken: String
    public var screen: Int
    /// One-based page number and the number of pages, for the progress indicator.
    public var pageNumber: Int
    public var pageCount: Int
    public var isLastScreen: Bool
    public var canGoBack: Bool
    public var questions: [RespondentQuestion]
    /// Kiosk pages use larger text and never link to other languages' resumed drafts.
    public var isKiosk: Bool
    /// The workspace's logo and colours.
    public var brand: RespondentBrand

    /// Creates the page model.
    public init(
        language: Language, languages: [Language], title: String, intro: String?, action: String, draftToken: String,
        screen: Int, pageNumber: Int, pageCount: Int, isLastScreen: Bool, canGoBack: Bool, questions: [RespondentQuestion],
        isKiosk: Bool, brand: RespondentBrand = .plain
    ) {
        self.language = language
        self.languages = languages
        self.title = title
        self.intro = intro
        self.action = action
        self.draftToken = draftToken
        self.screen = screen
        self.pageNumber = pageNumber
        self.pageCount = pageCount
        self.isLastScreen = isLastScreen
        self.canGoBack = canGoBack
        self.questions = questions
        self.isKiosk = isKiosk
        self.brand = brand
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(language)
        let errors = questions.compactMap { question in
            question.error.map { FormError(field: question.fieldID, message: "\(question.text): \($0)") }
        }
        let heading = errors.isEmpty ? title : "\(t(CommonText.errorSummaryTitle)) – \(title)"
        // A kiosk left mid-survey starts over for the next customer after three minutes.
        return RespondentLayout.document(
            language: language, title: heading, languages: languages, path: action, isKiosk: isKiosk, brand: brand,
            refresh: isKiosk ? (180, action) : nil
        ) {
            el("h1") { title }
            if let intro, screen == 0 {
                el("p", .class("intro")) { intro }
            }
            if pageCount > 1 {
                el("p", .class("progress-text"), .id("progress")) {
                    t(RespondentText.progress, String(pageNumber), String(pageCount))
                }
                el(
                    "progress", Attribute("max", String(pageCount)), Attribute("value", String(pageNumber)),
                    .aria("labelledby", "progress")
                ) { "" }
            }
            Layout.messages(flash: nil, errors: errors, t: t)
            el("form", Attribute("method", "post"), Attribute("action", action), .class("survey-form"), .flag("novalidate")) {
                void("input", .type("hidden"), .name("draft"), .value(draftToken))
                void("input", .type("hidden"), .name("screen"), .value(String(screen)))
                void("input", .type("hidden"), .name("lang"), .value(language.rawValue))
                questions.map { Self.render($0, t: t) }
                el("div", .class("survey-actions")) {
                    el("button", .type("submit"), .name("action"), .value("next"), .class("button-primary")) {
                        t(isLastScreen ? RespondentText.send : RespondentText.next)
                    }
                    if canGoBack {
                        el("button", .type("submit"), .name("action"), .value("back"), .class("button-secondary")) {
                            t(RespondentText.back)
                        }
                    }
                }
            }
        }
    }

    private static func render(_ question: RespondentQuestion, t: Localizer) -> HTML {
        let errorID = "\(question.fieldID)-error"
        let hintID = "\(question.fieldID)-hint"
        let described = [question.description == nil ? nil : hintID, question.error == nil ? nil : errorID].compactMap { $0 }
        let describedBy: Attribute? = described.isEmpty ? nil : .aria("describedby", described.joined(separator: " "))
        let mark = t(question.required ? RespondentText.requiredMark : RespondentText.optional)
        func caption() -> HTML {
            HTML.build {
                HTML(text: question.text)
                HTML(text: " ")
                el("span", .class("mark")) { mark }
            }
        }
        func notes() -> HTML {
            HTML.build {
                if let description = question.description { el("p", .id(hintID), .class("hint")) { description } }
                if let error = question.error { el("p", .id(errorID), .class("error-message")) { error } }
            }
        }
        let classes = question.error == nil ? "question" : "question question-error"
        if case .text(let maxLength) = question.control {
            return el("div", .class(classes)) {
                el("label", .for(question.fieldID), .class("question-text")) { caption() }
                notes()
                el(
                    "textarea", .id(question.fieldID), .name(question.fieldName), Attribute("rows", "5"),
                    Attribute("maxlength", String(maxLength)), describedBy,
                    question.error == nil ? nil : .aria("invalid", "true")
                ) { question.values.first ?? "" }
            }
        }
        return el(
            "fieldset", .id(question.fieldID), .class(classes), describedBy,
            question.required ? .aria("required", "true") : nil, question.error == nil ? nil : .aria("invalid", "true")
        ) {
            el("legend", .class("question-text")) { caption() }
            notes()
            switch question.control {
            case .numbers(let points, let low, let high):
                el("div", .class(points.count > 7 ? "scale scale-wide" : "scale")) {
                    points.map { choice(question, $0, type: "radio") }
                }
                el("div", .class("scale-ends"), .aria("hidden", "true")) {
                    el("span") { low }
                    el("span") { high }
                }
            case .labelled(let points):
                el("div", .class("scale-labelled")) { points.map { choice(question, $0, type: "radio") } }
            case .single(let options):
                el("div", .class("options")) { options.map { choice(question, $0, type: "radio") } }
            case .multiple(let options):
                el("div", .class("options")) { options.map { choice(question, $0, type: "checkbox") } }
            case .text:
                HTML.empty
            }
        }
    }

    private static func choice(_ question: RespondentQuestion, _ choice: RespondentQuestion.Choice, type: String) -> HTML {
        let id = "\(question.fieldID)-\(choice.value)"
        return el("div", .class("choice")) {
            void(
                "input", .type(type), .id(id), .name(question.fieldName), .value(choice.value),
                question.values.contains(choice.value) ? .flag("checked") : nil)
            el("label", .for(id)) {
                if let symbol = choice.symbol {
                    el("span", .class("symbol"), .aria("hidden", "true")) { symbol }
                }
                el("span", .class("choice-label")) { choice.label }
                if let suffix = choice.spokenSuffix {
                    el("span", .class("visually-hidden")) { ", \(suffix)" }
                }
            }
        }
    }
}
