/// The organisation as a tree of units, with a form to add one.
public struct UnitsPage: Sendable {
    /// A unit and the units below it.
    public struct Unit: Sendable {
        public var id: String
        public var name: String
        /// Raw kind: `company`, `region`, `branch`, `store`, `team` or `department`.
        public var kind: String
        /// People (users) attached to this unit.
        public var peopleCount: Int
        public var children: [Unit]

        /// Creates a unit node.
        public init(id: String, name: String, kind: String, peopleCount: Int, children: [Unit] = []) {
            self.id = id
            self.name = name
            self.kind = kind
            self.peopleCount = peopleCount
            self.children = children
        }
    }

    /// Language, user, csrf, flash and errors (field ids `unit-name`, `unit-kind`, `unit-parent`).
    public var context: PageContext
    /// Top-level units in display order.
    public var roots: [Unit]
    /// Whether the "Add unit" form is shown.
    public var canEdit: Bool
    /// Values to put back into the form after a failed submit.
    public var newName: String
    public var newKind: String?
    public var newParentID: String?

    /// Creates the units page model.
    public init(
        context: PageContext, roots: [Unit], canEdit: Bool, newName: String = "", newKind: String? = nil,
        newParentID: String? = nil
    ) {
        self.context = context
        self.roots = roots
        self.canEdit = canEdit
        self.newName = newName
        self.newKind = newKind
        self.newParentID = newParentID
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        return Layout.page(title: t(CommonText.units), context: context, section: .units) {
            if roots.isEmpty {
                el("p", .class("muted")) { t(OrganisationText.noUnits) }
            } else {
                el("ul", .class("tree"), .aria("label", t(OrganisationText.organisation))) {
                    roots.map { node($0, t: t) }
                }
            }
            if canEdit {
                el("section", .class("panel"), .aria("labelledby", "add-unit-title")) {
                    el("h2", .id("add-unit-title")) { t(OrganisationText.addUnit) }
                    postForm(action: "/units", csrf: context.csrfToken) {
                        inputField(
                            FieldSpec(id: "unit-name", name: "name", label: t(CommonText.name), required: true),
                            value: newName, errors: context.errors)
                        selectField(
                            FieldSpec(id: "unit-kind", name: "kind", label: t(OrganisationText.kind)),
                            options: Labels.options(UnitKindText.self, in: t.language), selected: newKind,
                            errors: context.errors)
                        selectField(
                            FieldSpec(id: "unit-parent", name: "parent", label: t(OrganisationText.parentUnit)),
                            options: [SelectOption(value: "", label: t(OrganisationText.topLevel))] + parentOptions(),
                            selected: newParentID ?? "", errors: context.errors)
                        el("div") { submitButton(t(OrganisationText.addUnit)) }
                    }
                }
            }
        }
    }

    private func node(_ unit: Unit, t: Localizer) -> HTML {
        el("li") {
            el("strong") { unit.name }
            el("span", .class("muted")) {
                " · \(Labels.unitKind(unit.kind, in: t.language)) · "
                    + t(OrganisationText.peopleCount, LocaleFormat(t.language).integer(unit.peopleCount))
            }
            if canEdit {
                " · "
                el("a", .href(URLPath.make("/units", unit.id, "/edit")), .class("edit-unit")) {
                    t(CommonText.edit)
                    el("span", .class("visually-hidden")) { " \(unit.name)" }
                }
            }
            if !unit.children.isEmpty {
                el("ul") { unit.children.map { node($0, t: t) } }
            }
        }
    }

    /// Every unit in tree order, indented by depth so the select shows the hierarchy.
    func parentOptions() -> [SelectOption] {
        var options: [SelectOption] = []
        func visit(_ unit: Unit, depth: Int) {
            options.append(SelectOption(value: unit.id, label: String(repeating: "— ", count: depth) + unit.name))
            unit.children.forEach { visit($0, depth: depth + 1) }
        }
        roots.forEach { visit($0, depth: 0) }
        return options
    }
}
