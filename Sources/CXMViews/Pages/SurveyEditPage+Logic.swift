import CXMCore

/// The survey's texts for respondents as the editor shows them: layout and texts as typed.
public struct SurveyPresentationDraft: Sendable, Equatable {
    /// Raw layout (`all_on_one_page`, `one_question_per_screen`).
    public var layout: String
    /// Texts by part and language.
    public var texts: [SurveyFieldID.PresentationPart: [Language: String]]

    /// Creates the draft; the defaults are the defaults of a new survey.
    public init(
        layout: String = SurveyPresentation.Layout.allOnOnePage.rawValue,
        texts: [SurveyFieldID.PresentationPart: [Language: String]] = [:]
    ) {
        self.layout = layout
        self.texts = texts
    }
}

/// Display logic, end labels and the respondent texts in the survey editor.
extension SurveyEditPage {
    /// Layout, title, introduction and thank-you texts in every survey language.
    func presentationEditor(t: Localizer) -> HTML {
        let errors = context.errors
        let parts: [(SurveyFieldID.PresentationPart, SurveyLogicText, Bool)] = [
            (.title, .titleIn, false), (.intro, .introIn, true), (.thanks, .thanksIn, true),
            (.thanksPromoter, .thanksPromoterIn, true), (.thanksPassive, .thanksPassiveIn, true),
            (.thanksDetractor, .thanksDetractorIn, true),
        ]
        return el("section", .class("panel"), .aria("labelledby", "respondent-texts-title")) {
            el("h2", .id("respondent-texts-title")) { t(SurveyLogicText.respondentTexts) }
            el("p", .class("hint")) { t(SurveyLogicText.respondentTextsHint) }
            selectField(
                FieldSpec(id: SurveyFieldID.layout, name: SurveyFieldID.layout, label: t(SurveyLogicText.layout)),
                options: [
                    SelectOption(value: SurveyPresentation.Layout.allOnOnePage.rawValue, label: t(SurveyLogicText.layoutAll)),
                    SelectOption(
                        value: SurveyPresentation.Layout.oneQuestionPerScreen.rawValue, label: t(SurveyLogicText.layoutOne)),
                ], selected: presentation.layout, errors: errors)
            parts.map { part, label, long in
                HTML.build {
                    languages.map { language in
                        let id = SurveyFieldID.presentation(part, language)
                        let spec = FieldSpec(id: id, name: id, label: t(label, SurveyFormParts.languageName(language, t)))
                        let value = presentation.texts[part]?[language] ?? ""
                        return long
                            ? textAreaField(
                                spec, lines: value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                rows: 2, errors: errors)
                            : inputField(spec, value: value, autocomplete: "off", lang: language.localeIdentifier, errors: errors)
                    }
                }
            }
        }
    }

    /// The end labels of a scale question in every survey language.
    func labelFields(_ question: SurveyQuestionDraft, prefix: String, t: Localizer) -> HTML {
        HTML.build {
            languages.map { language in
                HTML.build {
                    inputField(
                        FieldSpec(
                            id: SurveyFieldID.field(prefix, .low, language), name: SurveyFieldID.field(prefix, .low, language),
                            label: t(SurveyLogicText.lowLabelIn, SurveyFormParts.languageName(language, t))),
                        value: question.lowLabels[language] ?? "", autocomplete: "off", lang: language.localeIdentifier,
                        errors: context.errors)
                    inputField(
                        FieldSpec(
                            id: SurveyFieldID.field(prefix, .high, language), name: SurveyFieldID.field(prefix, .high, language),
                            label: t(SurveyLogicText.highLabelIn, SurveyFormParts.languageName(language, t))),
                        value: question.highLabels[language] ?? "", autocomplete: "off", lang: language.localeIdentifier,
                        errors: context.errors)
                }
            }
        }
    }

    /// When the question is shown: an earlier question and the scores or options that show it.
    func conditionFields(_ question: SurveyQuestionDraft, prefix: String, earlier: [SurveyQuestionDraft], t: Localizer) -> HTML {
        let errors = context.errors
        let first = languages.first ?? .en
        return el("fieldset", .class("condition")) {
            el("legend") { t(SurveyLogicText.showIf) }
            el("p", .class("hint")) { t(SurveyLogicText.showIfHint) }
            selectField(
                FieldSpec(
                    id: SurveyFieldID.field(prefix, .showIf), name: SurveyFieldID.field(prefix, .showIf),
                    label: t(SurveyLogicText.showIf)),
                options: [SelectOption(value: "", label: t(SurveyLogicText.always))]
                    + earlier.filter { !$0.key.isEmpty }.map {
                        SelectOption(value: $0.key, label: "\($0.key): \($0.texts[first] ?? "")")
                    },
                selected: question.showIf, errors: errors)
            inputField(
                FieldSpec(
                    id: SurveyFieldID.field(prefix, .showFrom), name: SurveyFieldID.field(prefix, .showFrom),
                    label: t(SurveyLogicText.showFrom)),
                value: question.showFrom, type: "number", errors: errors)
            inputField(
                FieldSpec(
                    id: SurveyFieldID.field(prefix, .showTo), name: SurveyFieldID.field(prefix, .showTo),
                    label: t(SurveyLogicText.showTo)),
                value: question.showTo, type: "number", errors: errors)
            inputField(
                FieldSpec(
                    id: SurveyFieldID.field(prefix, .showOptions), name: SurveyFieldID.field(prefix, .showOptions),
                    label: t(SurveyLogicText.showOptions)),
                value: question.showOptions, autocomplete: "off", errors: errors)
        }
    }
}
