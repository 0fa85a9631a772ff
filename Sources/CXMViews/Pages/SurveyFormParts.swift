import CXMCore

/// The controls the new-survey and edit-survey forms share: name, languages and touchpoints.
enum SurveyFormParts {
    /// The name input, the five language boxes and the touchpoint boxes grouped by journey and stage.
    static func settings(
        name: String, languages: [Language], touchpoints: [TouchpointGroup], checkedTouchpoints: Set<String>,
        errors: [FormError], t: Localizer
    ) -> HTML {
        HTML.build {
            inputField(
                FieldSpec(id: SurveyFieldID.name, name: SurveyFieldID.name, label: t(CommonText.name), required: true),
                value: name, autocomplete: "off", errors: errors)
            checkboxGroup(
                legend: t(SurveyText.languages), hint: t(SurveyEditText.languagesHint), name: SurveyFieldID.languageName,
                idPrefix: "survey-language",
                options: Language.allCases.map { SelectOption(value: $0.rawValue, label: languageName($0, t)) },
                checked: Set(languages.map(\.rawValue)), errors: errors)
            touchpointGroups(touchpoints, checked: checkedTouchpoints, errors: errors, t: t)
        }
    }

    /// A language's name in the interface language (`svenska` on a Swedish page).
    static func languageName(_ language: Language, _ t: Localizer) -> String {
        Labels.languageName(language, in: t.language)
    }

    private static func touchpointGroups(
        _ groups: [TouchpointGroup], checked: Set<String>, errors: [FormError], t: Localizer
    ) -> HTML {
        let id = SurveyFieldID.touchpoints
        let error = errors.first { $0.field == id }
        let describedBy = ["\(id)-hint"] + (error == nil ? [] : ["\(id)-error"])
        return el(
            "fieldset", .id(id), .class(error == nil ? "checkbox-group" : "checkbox-group field-error"),
            .aria("describedby", describedBy.joined(separator: " "))
        ) {
            el("legend") { t(JourneyText.touchpoints) }
            el("p", .id("\(id)-hint"), .class("hint")) { t(SurveyEditText.touchpointsHint) }
            if let error {
                el("p", .id("\(id)-error"), .class("error-message")) { error.message }
            }
            if groups.allSatisfy({ $0.stages.allSatisfy(\.touchpoints.isEmpty) }) {
                el("p", .class("muted")) { t(SurveyEditText.noTouchpoints) }
            }
            groups.filter { !$0.stages.allSatisfy(\.touchpoints.isEmpty) }.map { group in
                el("fieldset", .class("checkbox-group")) {
                    el("legend") { group.journey }
                    group.stages.filter { !$0.touchpoints.isEmpty }.map { stage in
                        el("fieldset", .class("checkbox-group")) {
                            el("legend") { stage.name }
                            stage.touchpoints.map { touchpoint in
                                el("div", .class("field field-check")) {
                                    void(
                                        "input", .type("checkbox"), .id("survey-touchpoint-\(touchpoint.value)"),
                                        .name(SurveyFieldID.touchpointName), .value(touchpoint.value),
                                        checked.contains(touchpoint.value) ? .flag("checked") : nil)
                                    el("label", .for("survey-touchpoint-\(touchpoint.value)")) { touchpoint.label }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
