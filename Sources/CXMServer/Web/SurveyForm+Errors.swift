import CXMCore
import CXMViews

extension SurveyForm {
    /// Points the survey's validation errors at the editor's inputs, in the user's language.
    ///
    /// `questions[2].text.sv` goes to `q2-text-sv`; a question past the listed ones is the one being added
    /// (`new-…`). Errors with a code are translated by `WebPages.formErrors`; the survey rules without a code
    /// get their own wording here, and anything unforeseen keeps the domain's message.
    static func formErrors(
        _ failure: ValidationFailure, listedQuestions: Int, languages: [Language], language: Language
    ) -> [FormError] {
        let t = Localizer(language)
        var ids: [String: String] = [:]
        var messages: [String: String] = [:]
        for error in failure.errors {
            let (id, message) = locate(error, listedQuestions: listedQuestions, languages: languages, t: t)
            ids[error.field] = id
            if let message { messages[error.field] = message }
        }
        var seen = Set<String>()
        return WebPages.formErrors(failure, ids: ids, language: language, messages: messages).filter {
            seen.insert("\($0.field ?? "")|\($0.message)").inserted
        }
    }

    private static func locate(
        _ error: FieldError, listedQuestions: Int, languages: [Language], t: Localizer
    ) -> (id: String?, message: String?) {
        let field = error.field
        let text = error.message
        switch field {
        case "name": return (SurveyFieldID.name, nil)
        case "languages": return (SurveyFieldID.language(Language.allCases[0]), t(SurveyEditText.chooseLanguage))
        case "questions":
            if text.contains("NKI") { return (nil, t(SurveyEditText.nkiItemTwice)) }
            if text.contains("at least one") { return (nil, t(SurveyEditText.needsQuestion)) }
            return (nil, nil)
        default: break
        }
        if field.hasPrefix("presentation.") {
            // presentation.thankYou.detractor.sv, presentation.title.en …
            let parts = field.split(separator: ".").map(String.init)
            let names: [String: SurveyFieldID.PresentationPart] = [
                "title": .title, "intro": .intro, "standard": .thanks, "promoter": .thanksPromoter, "passive": .thanksPassive,
                "detractor": .thanksDetractor,
            ]
            if parts.count >= 3, let language = Language(rawValue: parts[parts.count - 1]),
                let part = names[parts[parts.count - 2]]
            {
                return (SurveyFieldID.presentation(part, language), t(ValidationText.tooLong, "2000"))
            }
            return (SurveyFieldID.layout, nil)
        }
        if field.hasPrefix("touchpointIDs") {
            return (SurveyFieldID.touchpoints, field == "touchpointIDs" ? t(SurveyEditText.chooseTouchpoint) : nil)
        }
        guard field.hasPrefix("questions["), let close = field.firstIndex(of: "]"),
            let index = Int(field[field.index(field.startIndex, offsetBy: 10)..<close])
        else { return (nil, nil) }
        let prefix = index < listedQuestions ? SurveyFieldID.question(index) : SurveyFieldID.newQuestion
        let rest = String(field[close...].dropFirst(2))
        func name(_ language: Language) -> String { Labels.languageName(language, in: t.language) }
        switch rest {
        case "key":
            return (
                SurveyFieldID.field(prefix, .key),
                text.contains("used by another") ? t(SurveyEditText.keyTaken) : t(SurveyEditText.keyFormat)
            )
        case "scaleMin": return (SurveyFieldID.field(prefix, .min), nil)
        case "scaleMax": return (SurveyFieldID.field(prefix, .max), t(SurveyEditText.scaleInvalid))
        case "nkiItem": return (SurveyFieldID.field(prefix, .nki), t(ValidationText.invalidChoice))
        case "options":
            return (SurveyFieldID.field(prefix, .options), text.contains("at least two") ? t(SurveyEditText.tooFewOptions) : nil)
        default: break
        }
        if rest.hasPrefix("showIf") {
            return (SurveyFieldID.field(prefix, .showIf), t(SurveyLogicText.conditionInvalid))
        }
        if rest.hasPrefix("lowLabel") || rest.hasPrefix("highLabel") {
            return (SurveyFieldID.field(prefix, rest.hasPrefix("low") ? .low : .high, languages.first), nil)
        }
        if rest.hasPrefix("text."), let language = Language(rawValue: String(rest.dropFirst(5))) {
            let message =
                text.hasPrefix("is missing") ? t(SurveyEditText.textMissing, name(language)) : t(ValidationText.tooLong, "1000")
            return (SurveyFieldID.field(prefix, .text, language), message)
        }
        if rest.hasPrefix("options[") {
            if let dot = rest.range(of: ".label."), let language = Language(rawValue: String(rest[dot.upperBound...])) {
                let id =
                    language == languages.first
                    ? SurveyFieldID.field(prefix, .options) : SurveyFieldID.field(prefix, .options, language)
                return (id, t(SurveyEditText.optionLabelMissing, name(language)))
            }
            return (SurveyFieldID.field(prefix, .options), nil)
        }
        return (nil, nil)
    }
}
