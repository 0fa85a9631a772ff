/// The shared shape of a labelled form control: its id, name, label, hint and any error for it.
struct FieldSpec {
    let id: String
    let name: String
    let label: String
    var hint: String? = nil
    var required = false

    /// The first error aimed at this control, if any.
    func error(in errors: [FormError]) -> FormError? {
        errors.first { $0.field == id }
    }

    var hintID: String { "\(id)-hint" }
    var errorID: String { "\(id)-error" }

    /// Attributes that tie the control to its hint and error so screen readers announce them.
    func describedBy(_ error: FormError?) -> [Attribute?] {
        let ids = [hint == nil ? nil : hintID, error == nil ? nil : errorID].compactMap { $0 }
        return [
            ids.isEmpty ? nil : .aria("describedby", ids.joined(separator: " ")),
            error == nil ? nil : .aria("invalid", "true"),
            required ? .flag("required") : nil,
        ]
    }

    /// The label, hint and error message that surround every control.
    func wrap(_ error: FormError?, control: HTML) -> HTML {
        el("div", .class(error == nil ? "field" : "field field-error")) {
            el("label", .for(id)) { label }
            if let hint {
                el("p", .id(hintID), .class("hint")) { hint }
            }
            if let error {
                el("p", .id(errorID), .class("error-message")) { error.message }
            }
            control
        }
    }
}

/// The hidden anti-forgery field every state-changing form carries.
func csrfField(_ token: String) -> HTML {
    void("input", .type("hidden"), .name("csrf"), .value(token))
}

/// A POST form with the csrf field already inside.
func postForm(action: String, csrf: String, class className: String = "form", @HTMLBuilder content: () -> HTML) -> HTML {
    el("form", Attribute("method", "post"), Attribute("action", action), .class(className)) {
        csrfField(csrf)
        content()
    }
}

/// A labelled single-line input.
///
/// `lang` marks text written in another language than the page's (spelling, screen reader voice); a read-only
/// input is still submitted but cannot be changed.
func inputField(
    _ spec: FieldSpec, value: String, type: String = "text", autocomplete: String? = nil, lang: String? = nil,
    readOnly: Bool = false, errors: [FormError]
) -> HTML {
    let error = spec.error(in: errors)
    let attributes: [Attribute?] =
        [
            .type(type), .id(spec.id), .name(spec.name), .value(value),
            autocomplete.map { Attribute("autocomplete", $0) }, lang.map { .lang($0) }, readOnly ? .flag("readonly") : nil,
        ] + spec.describedBy(error)
    return spec.wrap(error, control: HTML(trusted: "<input\(attributes.compactMap { $0?.rendered }.joined())>"))
}

/// A labelled textarea holding one item per line.
func textAreaField(_ spec: FieldSpec, lines: [String], rows: Int = 4, errors: [FormError]) -> HTML {
    let error = spec.error(in: errors)
    let attributes: [Attribute?] = [.id(spec.id), .name(spec.name), Attribute("rows", String(rows))] + spec.describedBy(error)
    let text = HTML(text: lines.joined(separator: "\n"))
    return spec.wrap(
        error, control: HTML(trusted: "<textarea\(attributes.compactMap { $0?.rendered }.joined())>\(text.rendered)</textarea>"))
}

/// A labelled select; `selected` marks the option whose value matches.
func selectField(_ spec: FieldSpec, options: [SelectOption], selected: String?, errors: [FormError]) -> HTML {
    let error = spec.error(in: errors)
    let attributes: [Attribute?] = [.id(spec.id), .name(spec.name)] + spec.describedBy(error)
    let optionMarkup = HTML.build {
        options.map { option in
            el("option", .value(option.value), option.value == selected ? .flag("selected") : nil) { option.label }
        }
    }
    return spec.wrap(
        error,
        control: HTML(trusted: "<select\(attributes.compactMap { $0?.rendered }.joined())>\(optionMarkup.rendered)</select>"))
}

/// The primary button that submits a form.
func submitButton(_ label: String) -> HTML {
    el("button", .type("submit"), .class("button")) { label }
}

/// A checkbox with its visible label after it; checked boxes send `value`, unchecked ones send nothing.
func checkboxField(_ spec: FieldSpec, checked: Bool, value: String = "on", errors: [FormError]) -> HTML {
    let error = spec.error(in: errors)
    let attributes: [Attribute?] =
        [
            .type("checkbox"), .id(spec.id), .name(spec.name), .value(value),
            checked ? .flag("checked") : nil,
        ] + spec.describedBy(error)
    return el("div", .class(error == nil ? "field field-check" : "field field-check field-error")) {
        if let error {
            el("p", .id(spec.errorID), .class("error-message")) { error.message }
        }
        HTML(trusted: "<input\(attributes.compactMap { $0?.rendered }.joined())>")
        el("label", .for(spec.id)) { spec.label }
        if let hint = spec.hint {
            el("p", .id(spec.hintID), .class("hint")) { hint }
        }
    }
}

/// A fieldset of checkboxes sharing one name; each box's id is `idPrefix-value`, and errors aimed at the
/// first box's id are shown under the legend.
func checkboxGroup(
    legend: String, hint: String?, name: String, idPrefix: String, options: [SelectOption], checked: Set<String>,
    errors: [FormError]
) -> HTML {
    let ids = options.map { "\(idPrefix)-\($0.value)" }
    let error = errors.first { $0.field == ids.first }
    let describedBy = [hint == nil ? nil : "\(idPrefix)-hint", error == nil ? nil : "\(idPrefix)-error"].compactMap { $0 }
    return el(
        "fieldset", .class(error == nil ? "checkbox-group" : "checkbox-group field-error"),
        describedBy.isEmpty ? nil : .aria("describedby", describedBy.joined(separator: " "))
    ) {
        el("legend") { legend }
        if let hint {
            el("p", .id("\(idPrefix)-hint"), .class("hint")) { hint }
        }
        if let error {
            el("p", .id("\(idPrefix)-error"), .class("error-message")) { error.message }
        }
        zip(options, ids).map { option, id in
            el("div", .class("field field-check")) {
                void(
                    "input", .type("checkbox"), .id(id), .name(name), .value(option.value),
                    checked.contains(option.value) ? .flag("checked") : nil)
                el("label", .for(id)) { option.label }
            }
        }
    }
}

/// A button for an action that destroys data, styled so it cannot be mistaken for saving.
func dangerButton(_ label: String) -> HTML {
    el("button", .type("submit"), .class("button button-danger")) { label }
}
