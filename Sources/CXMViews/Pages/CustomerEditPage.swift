import CXMCore

/// The form that changes one customer's name, consent, language and home unit; identifiers are read-only.
///
/// Field ids for `FormError.field`: `customer-display-name`, `customer-may-survey`, `customer-may-contact`,
/// `customer-language`, `customer-unit`.
public struct CustomerEditPage: Sendable {
    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var customerID: String
    /// Current values, or the submitted ones after a failed save.
    public var displayName: String
    /// Source-system identifiers such as `crm:123`, listed but not editable.
    public var identifiers: [String]
    public var maySurvey: Bool
    public var mayContact: Bool
    /// The preferred language, or nil to follow the workspace default.
    public var preferredLanguage: Language?
    /// The home unit's id, or nil for none.
    public var unitID: String?
    /// Units the customer may be placed in (value = unit id); a "no unit" option is added.
    public var units: [SelectOption]

    /// Creates the customer edit page model.
    public init(
        context: PageContext, customerID: String, displayName: String, identifiers: [String], maySurvey: Bool,
        mayContact: Bool, preferredLanguage: Language?, unitID: String?, units: [SelectOption]
    ) {
        self.context = context
        self.customerID = customerID
        self.displayName = displayName
        self.identifiers = identifiers
        self.maySurvey = maySurvey
        self.mayContact = mayContact
        self.preferredLanguage = preferredLanguage
        self.unitID = unitID
        self.units = units
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let errors = context.errors
        let languages =
            [SelectOption(value: "", label: t(CustomerText.workspaceDefault))]
            + Language.allCases.map { SelectOption(value: $0.rawValue, label: $0.endonym) }
        let title = displayName.isEmpty ? t(CustomerText.editCustomer) : "\(t(CustomerText.editCustomer)): \(displayName)"
        return Layout.page(title: title, context: context, section: .customers, isSectionIndex: false) {
            el("p") { el("a", .href(URLPath.make("/customers", customerID))) { t(CustomerText.backToCustomers) } }
            el("section", .class("panel"), .aria("labelledby", "identifiers-title")) {
                el("h2", .id("identifiers-title")) { t(CustomerText.identifiers) }
                el("p", .class("hint")) { t(CustomerText.identifiersReadOnly) }
                textList(identifiers, emptyText: t(CommonText.noneListed))
            }
            postForm(action: URLPath.make("/customers", customerID), csrf: context.csrfToken) {
                inputField(
                    FieldSpec(id: "customer-display-name", name: "display_name", label: t(CommonText.name)),
                    value: displayName, autocomplete: "off", errors: errors)
                el("fieldset", .class("checkbox-group")) {
                    el("legend") { t(CustomerText.consent) }
                    checkboxField(
                        FieldSpec(id: "customer-may-survey", name: "may_survey", label: t(ConsentText.maySurvey)),
                        checked: maySurvey, errors: errors)
                    checkboxField(
                        FieldSpec(id: "customer-may-contact", name: "may_contact", label: t(ConsentText.mayContact)),
                        checked: mayContact, errors: errors)
                }
                selectField(
                    FieldSpec(id: "customer-language", name: "language", label: t(CustomerText.preferredLanguage)),
                    options: languages, selected: preferredLanguage?.rawValue ?? "", errors: errors)
                selectField(
                    FieldSpec(
                        id: "customer-unit", name: "unit", label: t(CustomerText.homeUnit), hint: t(CustomerText.homeUnitHint)),
                    options: [SelectOption(value: "", label: t(CustomerText.noHomeUnit))] + units,
                    selected: unitID ?? "", errors: errors)
                el("div") { submitButton(t(CommonText.save)) }
            }
        }
    }
}
