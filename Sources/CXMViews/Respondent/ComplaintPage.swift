import CXMCore

/// The public complaint form: what happened, where, and (only with consent) how to reach the
/// customer. Plain HTML that works without JavaScript, in the customer's language, with the
/// workspace's look. Field ids: `complaint-text`, `complaint-email`, `complaint-phone`.
public struct ComplaintPage: Sendable {
    public var language: Language
    public var languages: [Language]
    public var brand: RespondentBrand
    public var touchpoints: [SelectOption]
    public var stores: [SelectOption]
    /// What was sent, when the page is shown again with problems.
    public var values: [String: String]
    public var consent: Bool
    public var errors: [FormError]

    public init(
        language: Language, languages: [Language], brand: RespondentBrand, touchpoints: [SelectOption],
        stores: [SelectOption], values: [String: String] = [:], consent: Bool = false, errors: [FormError] = []
    ) {
        self.language = language
        self.languages = languages
        self.brand = brand
        self.touchpoints = touchpoints
        self.stores = stores
        self.values = values
        self.consent = consent
        self.errors = errors
    }

    public func render() -> String {
        let t = Localizer(language)
        let title = t(ComplaintText.title)
        return RespondentLayout.document(
            language: language, title: errors.isEmpty ? title : "\(t(CommonText.errorSummaryTitle)) – \(title)",
            languages: languages, path: "/complaint", isKiosk: false, brand: brand
        ) {
            el("h1") { title }
            el("p", .class("intro")) { t(ComplaintText.intro) }
            if !errors.isEmpty {
                el("div", .class("error-summary"), .role("alert"), Attribute("tabindex", "-1")) {
                    el("h2") { t(CommonText.errorSummaryTitle) }
                    el("ul") {
                        errors.map { error in
                            el("li") { el("a", .href("#\(error.field ?? "complaint-text")")) { error.message } }
                        }
                    }
                }
            }
            el(
                "form", Attribute("method", "post"), Attribute("action", "/complaint?lang=\(language.rawValue)"),
                .class("complaint")
            ) {
                textAreaField(
                    FieldSpec(id: "complaint-text", name: "text", label: t(ComplaintText.what), required: true),
                    lines: [values["text"] ?? ""], rows: 6, errors: errors)
                if !touchpoints.isEmpty {
                    selectField(
                        FieldSpec(id: "complaint-touchpoint", name: "touchpoint", label: t(ComplaintText.whereItHappened)),
                        options: [SelectOption(value: "", label: t(ComplaintText.notSure))] + touchpoints,
                        selected: values["touchpoint"] ?? "", errors: errors)
                }
                if !stores.isEmpty {
                    selectField(
                        FieldSpec(id: "complaint-store", name: "store", label: t(ComplaintText.whichStore)),
                        options: [SelectOption(value: "", label: t(ComplaintText.notSure))] + stores,
                        selected: values["store"] ?? "", errors: errors)
                }
                el("fieldset", .class("complaint-contact")) {
                    el("legend") { t(ComplaintText.contactHint) }
                    inputField(
                        FieldSpec(id: "complaint-name", name: "name", label: t(ComplaintText.name)), value: values["name"] ?? "",
                        autocomplete: "name", errors: errors)
                    inputField(
                        FieldSpec(id: "complaint-email", name: "email", label: t(ComplaintText.email)),
                        value: values["email"] ?? "", type: "email", autocomplete: "email", errors: errors)
                    inputField(
                        FieldSpec(id: "complaint-phone", name: "phone", label: t(ComplaintText.phone)),
                        value: values["phone"] ?? "", type: "tel", autocomplete: "tel", errors: errors)
                    checkboxField(
                        FieldSpec(id: "complaint-consent", name: "consent", label: t(ComplaintText.consent)), checked: consent,
                        errors: errors)
                }
                // Left empty by people; filled in by form-filling robots, whose complaints are not kept.
                el("p", .class("visually-hidden"), .aria("hidden", "true")) {
                    void(
                        "input", .type("text"), .name("website"), .value(""), Attribute("tabindex", "-1"),
                        Attribute("autocomplete", "off"))
                }
                el("div", .class("survey-actions")) {
                    el("button", .type("submit"), .class("button-primary")) { t(ComplaintText.send) }
                }
            }
        }
    }
}
