import CXMCore

/// The form that renames, re-kinds or moves one unit, and the form that deletes it.
///
/// Field ids for `FormError.field`: `unit-name`, `unit-kind`, `unit-parent`, `unit-code`; a refused delete
/// is a form error without a field.
public struct UnitEditPage: Sendable {
    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var unitID: String
    /// Current values, or the submitted ones after a failed save.
    public var name: String
    /// Raw kind; a kind outside the suggested ones is offered as it is.
    public var kind: String
    /// The parent unit's id, or nil for a top-level unit.
    public var parentID: String?
    public var code: String
    /// Units the unit may be moved under (value = unit id), already indented to show the tree.
    public var parents: [SelectOption]

    /// Creates the unit edit page model.
    public init(
        context: PageContext, unitID: String, name: String, kind: String, parentID: String?, code: String,
        parents: [SelectOption]
    ) {
        self.context = context
        self.unitID = unitID
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.code = code
        self.parents = parents
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let errors = context.errors
        var kinds = Labels.options(UnitKindText.self, in: t.language)
        if !kind.isEmpty, !kinds.contains(where: { $0.value == kind }) {
            kinds.append(SelectOption(value: kind, label: kind))
        }
        return Layout.page(
            title: "\(t(OrganisationText.editUnit)): \(name)", context: context, section: .units,
            isSectionIndex: false
        ) {
            el("p") { el("a", .href("/units")) { t(OrganisationText.backToUnits) } }
            postForm(action: URLPath.make("/units", unitID), csrf: context.csrfToken) {
                inputField(
                    FieldSpec(id: "unit-name", name: "name", label: t(CommonText.name), required: true),
                    value: name, errors: errors)
                selectField(
                    FieldSpec(id: "unit-kind", name: "kind", label: t(OrganisationText.kind)),
                    options: kinds, selected: kind, errors: errors)
                selectField(
                    FieldSpec(id: "unit-parent", name: "parent", label: t(OrganisationText.parentUnit)),
                    options: [SelectOption(value: "", label: t(OrganisationText.topLevel))] + parents,
                    selected: parentID ?? "", errors: errors)
                inputField(
                    FieldSpec(id: "unit-code", name: "code", label: t(OrganisationText.code), hint: t(OrganisationText.codeHint)),
                    value: code, autocomplete: "off", errors: errors)
                el("div") { submitButton(t(CommonText.save)) }
            }
            el("section", .class("panel danger-zone"), .aria("labelledby", "delete-unit-title")) {
                el("h2", .id("delete-unit-title")) { t(OrganisationText.deleteUnit) }
                el("p", .class("hint")) { t(OrganisationText.deleteUnitHint) }
                postForm(action: URLPath.make("/units", unitID, "/delete"), csrf: context.csrfToken) {
                    el("div") { dangerButton(t(OrganisationText.deleteUnit)) }
                }
            }
        }
    }
}
