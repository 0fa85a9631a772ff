import CXMCore

/// The controls of one question: those every question has, then those of its type.
extension SurveyEditPage {
    func questionEditor(_ question: SurveyQuestionDraft, index: Int, t: Localizer) -> HTML {
        let prefix = SurveyFieldID.question(index)
        let errors = context.errors
        let locked = keysLocked && !question.originalKey.isEmpty
        return el("fieldset", .class("question-editor")) {
            el("legend") { t(SurveyEditText.question, String(index + 1)) }
            hidden(SurveyFieldID.field(prefix, .original), question.originalKey)
            hidden(SurveyFieldID.field(prefix, .type), question.type)
            el("p", .class("meta")) {
                el("span") { "\(t(SurveyEditText.type)): \(Labels.questionType(question.type, in: t.language))" }
                el("span", .class("hint")) { t(SurveyEditText.typeLocked) }
            }
            inputField(
                FieldSpec(
                    id: SurveyFieldID.field(prefix, .key), name: SurveyFieldID.field(prefix, .key), label: t(SurveyEditText.key),
                    hint: locked ? t(SurveyEditText.keyLocked) : t(SurveyEditText.keyHint), required: true),
                value: question.key, autocomplete: "off", readOnly: locked, errors: errors)
            commonFields(question, prefix: prefix, t: t)
            typeFields(question, prefix: prefix, type: QuestionType(rawValue: question.type), t: t)
            if QuestionType(rawValue: question.type)?.isScale == true {
                labelFields(question, prefix: prefix, t: t)
            }
            if index > 0 {
                conditionFields(question, prefix: prefix, earlier: Array(questions[..<index]), t: t)
            }
            el("div", .class("button-row")) {
                if index > 0 {
                    actionButton("up-\(index)", t(SurveyEditText.moveUp), danger: false)
                }
                if index < questions.count - 1 {
                    actionButton("down-\(index)", t(SurveyEditText.moveDown), danger: false)
                }
                actionButton("remove-\(index)", t(SurveyEditText.removeQuestion), danger: true)
            }
        }
    }

    /// The question being added: type and key, then every field any type may need, each saying when it applies.
    func newQuestionEditor(t: Localizer) -> HTML {
        let prefix = SurveyFieldID.newQuestion
        let question = newQuestion
        return HTML.build {
            selectField(
                FieldSpec(
                    id: SurveyFieldID.field(prefix, .type), name: SurveyFieldID.field(prefix, .type),
                    label: t(SurveyText.questionType)),
                options: Labels.options(QuestionTypeText.self, in: t.language), selected: question.type,
                errors: context.errors)
            inputField(
                FieldSpec(
                    id: SurveyFieldID.field(prefix, .key), name: SurveyFieldID.field(prefix, .key), label: t(SurveyEditText.key),
                    hint: t(SurveyEditText.keyHint)),
                value: question.key, autocomplete: "off", errors: context.errors)
            commonFields(question, prefix: prefix, t: t)
            typeFields(question, prefix: prefix, type: nil, t: t)
        }
    }

    /// Texts in every survey language and the required box.
    private func commonFields(_ question: SurveyQuestionDraft, prefix: String, t: Localizer) -> HTML {
        HTML.build {
            languages.map { language in
                inputField(
                    FieldSpec(
                        id: SurveyFieldID.field(prefix, .text, language), name: SurveyFieldID.field(prefix, .text, language),
                        label: t(SurveyEditText.textIn, SurveyFormParts.languageName(language, t))),
                    value: question.texts[language] ?? "", autocomplete: "off", lang: language.localeIdentifier,
                    errors: context.errors)
            }
            checkboxField(
                FieldSpec(
                    id: SurveyFieldID.field(prefix, .required), name: SurveyFieldID.field(prefix, .required),
                    label: t(SurveyText.required)),
                checked: question.required, errors: context.errors)
        }
    }

    /// The fields of the question's type; with no type (a question being added) all of them, with a hint each.
    private func typeFields(_ question: SurveyQuestionDraft, prefix: String, type: QuestionType?, t: Localizer) -> HTML {
        let errors = context.errors
        let first = languages.first ?? .en
        return HTML.build {
            if type == nil || type == .nki {
                selectField(
                    FieldSpec(
                        id: SurveyFieldID.field(prefix, .nki), name: SurveyFieldID.field(prefix, .nki),
                        label: t(SurveyEditText.nkiItem), hint: type == nil ? t(SurveyEditText.onlyForNKI) : nil),
                    options: (type == nil ? [SelectOption(value: "", label: t(CommonText.notSet))] : [])
                        + Labels.options(NKIItemText.self, in: t.language),
                    selected: question.nkiItem, errors: errors)
            }
            if type == nil || type == .rating {
                if type == nil {
                    el("p", .class("hint")) { t(SurveyEditText.onlyForRating) }
                }
                inputField(
                    FieldSpec(
                        id: SurveyFieldID.field(prefix, .min), name: SurveyFieldID.field(prefix, .min),
                        label: t(SurveyEditText.scaleMin)),
                    value: question.scaleMin, type: "number", errors: errors)
                inputField(
                    FieldSpec(
                        id: SurveyFieldID.field(prefix, .max), name: SurveyFieldID.field(prefix, .max),
                        label: t(SurveyEditText.scaleMax)),
                    value: question.scaleMax, type: "number", errors: errors)
            }
            if type == nil || type?.isChoice == true {
                textAreaField(
                    FieldSpec(
                        id: SurveyFieldID.field(prefix, .options), name: SurveyFieldID.field(prefix, .options),
                        label: t(SurveyEditText.optionsIn, SurveyFormParts.languageName(first, t)),
                        hint: (type == nil ? t(SurveyEditText.onlyForChoice) + " " : "") + t(SurveyEditText.optionsHint)),
                    lines: lines(question.options), errors: errors)
                languages.dropFirst().map { language in
                    textAreaField(
                        FieldSpec(
                            id: SurveyFieldID.field(prefix, .options, language),
                            name: SurveyFieldID.field(prefix, .options, language),
                            label: t(SurveyEditText.optionLabelsIn, SurveyFormParts.languageName(language, t)),
                            hint: t(SurveyEditText.optionLabelsHint)),
                        lines: lines(question.optionLabels[language] ?? ""), errors: errors)
                }
            }
        }
    }

    private func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init)
    }

    private func hidden(_ name: String, _ value: String) -> HTML {
        void("input", .type("hidden"), .name(name), .value(value))
    }

    private func actionButton(_ value: String, _ label: String, danger: Bool) -> HTML {
        el(
            "button", .type("submit"), .class(danger ? "button button-danger" : "button button-secondary"),
            .name(SurveyFieldID.action), .value(value)
        ) { label }
    }
}
