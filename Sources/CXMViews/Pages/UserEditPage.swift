import CXMCore

/// The form that changes one user's role, unit, name and access, and the password reset.
///
/// Field ids for `FormError.field`: `user-display-name`, `user-role`, `user-unit`, `user-disabled`.
public struct UserEditPage: Sendable {
    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    public var userID: String
    /// Shown as the page title; it cannot be changed.
    public var email: String
    /// Current values, or the submitted ones after a failed save.
    public var displayName: String
    /// Raw role such as `team_lead`.
    public var role: String
    public var unitID: String?
    public var disabled: Bool
    /// Units for the unit select (value = unit id); a "whole organisation" option is added.
    public var units: [SelectOption]
    /// A password just generated, shown once; nil otherwise.
    public var newPassword: String?

    /// Creates the user edit page model.
    public init(
        context: PageContext, userID: String, email: String, displayName: String, role: String, unitID: String?,
        disabled: Bool, units: [SelectOption], newPassword: String? = nil
    ) {
        self.context = context
        self.userID = userID
        self.email = email
        self.displayName = displayName
        self.role = role
        self.unitID = unitID
        self.disabled = disabled
        self.units = units
        self.newPassword = newPassword
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let errors = context.errors
        return Layout.page(
            title: "\(t(AccountText.editUser)): \(email)", context: context, section: .users, isSectionIndex: false
        ) {
            el("p") { el("a", .href("/users")) { t(AccountText.backToUsers) } }
            if let newPassword {
                el("div", .class("secret"), .role("region"), .aria("labelledby", "secret-title")) {
                    el("h2", .id("secret-title")) { t(AccountText.newSecretTitle) }
                    el("p") { t(AccountText.newSecretHint) }
                    el("code") { "\(email): \(newPassword)" }
                }
            }
            postForm(action: URLPath.make("/users", userID), csrf: context.csrfToken) {
                inputField(
                    FieldSpec(id: "user-display-name", name: "display_name", label: t(AccountText.displayName)),
                    value: displayName, autocomplete: "off", errors: errors)
                selectField(
                    FieldSpec(id: "user-role", name: "role", label: t(AccountText.role)),
                    options: Labels.options(RoleText.self, in: t.language), selected: role, errors: errors)
                selectField(
                    FieldSpec(id: "user-unit", name: "unit", label: t(AccountText.unit), hint: t(AccountText.unitHint)),
                    options: [SelectOption(value: "", label: t(AccountText.wholeOrganisation))] + units,
                    selected: unitID ?? "", errors: errors)
                checkboxField(
                    FieldSpec(id: "user-disabled", name: "disabled", label: t(AccountText.accountDisabled)),
                    checked: disabled, errors: errors)
                el("div") { submitButton(t(CommonText.save)) }
            }
            el("section", .class("panel"), .aria("labelledby", "reset-password-title")) {
                el("h2", .id("reset-password-title")) { t(AccountText.resetPassword) }
                el("p", .class("hint")) { t(AccountText.resetPasswordHint) }
                postForm(action: URLPath.make("/users", userID, "/password"), csrf: context.csrfToken) {
                    el("div") { submitButton(t(AccountText.resetPassword)) }
                }
            }
        }
    }
}
