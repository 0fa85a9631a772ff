/// User and API token administration, showing a newly created secret once.
///
/// Field ids for `FormError.field`: `user-email`, `user-role`, `user-unit`, `token-name`, `token-role`, `token-unit`.
public struct UsersPage: Sendable {
    /// One user row; `lastLogin` is already formatted.
    public struct User: Sendable {
        public var id: String
        public var email: String
        /// Raw role such as `cx_manager`.
        public var role: String
        /// The unit's name, or nil for the whole organisation.
        public var unitName: String?
        /// Formatted with `LocaleFormat.dateTime`, or nil when the user never signed in.
        public var lastLogin: String?
        /// Whether the account is disabled and cannot sign in.
        public var disabled: Bool

        /// Creates a user row.
        public init(id: String, email: String, role: String, unitName: String?, lastLogin: String?, disabled: Bool = false) {
            self.id = id
            self.email = email
            self.role = role
            self.unitName = unitName
            self.lastLogin = lastLogin
            self.disabled = disabled
        }
    }

    /// One API token row; dates are already formatted. The secret itself is never listed.
    public struct Token: Sendable {
        public var id: String
        public var name: String
        /// Raw role such as `analyst`.
        public var role: String
        public var created: String
        /// Nil when the token was never used.
        public var lastUsed: String?

        /// Creates a token row.
        public init(id: String, name: String, role: String, created: String, lastUsed: String?) {
            self.id = id
            self.name = name
            self.role = role
            self.created = created
            self.lastUsed = lastUsed
        }
    }

    /// Language, user, csrf, flash and errors; the create forms show only when `canManageUsers`.
    public var context: PageContext
    public var users: [User]
    public var tokens: [Token]
    /// Units for the user's unit select (value = unit id); a "whole organisation" option is added.
    public var units: [SelectOption]
    /// A password or token secret just created, shown once in a marked box; nil otherwise.
    public var newSecret: String?
    /// Values to put back into the forms after a failed submit.
    public var newUserEmail: String
    public var newUserRole: String?
    public var newUserUnitID: String?
    public var newTokenName: String
    public var newTokenRole: String?

    /// Creates the users page model.
    public init(
        context: PageContext, users: [User], tokens: [Token], units: [SelectOption], newSecret: String? = nil,
        newUserEmail: String = "", newUserRole: String? = nil, newUserUnitID: String? = nil, newTokenName: String = "",
        newTokenRole: String? = nil
    ) {
        self.context = context
        self.users = users
        self.tokens = tokens
        self.units = units
        self.newSecret = newSecret
        self.newUserEmail = newUserEmail
        self.newUserRole = newUserRole
        self.newUserUnitID = newUserUnitID
        self.newTokenName = newTokenName
        self.newTokenRole = newTokenRole
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let language = context.language
        let roles = Labels.options(RoleText.self, in: language)
        return Layout.page(title: t(CommonText.users), context: context, section: .users) {
            if let newSecret {
                el("div", .class("secret"), .role("region"), .aria("labelledby", "secret-title")) {
                    el("h2", .id("secret-title")) { t(AccountText.newSecretTitle) }
                    el("p") { t(AccountText.newSecretHint) }
                    el("code") { newSecret }
                }
            }
            if users.isEmpty {
                el("p", .class("muted")) { t(AccountText.noUsers) }
            } else {
                dataTable(
                    caption: t(CommonText.users),
                    headers: [
                        t(AccountText.email), t(AccountText.role), t(AccountText.unit), t(AccountText.status),
                        t(AccountText.lastLogin),
                    ]
                ) {
                    users.map { user in
                        el("tr") {
                            el("th", .scope("row")) {
                                if context.canManageUsers {
                                    el("a", .href(URLPath.make("/users", user.id, "/edit")), .class("edit-user")) { user.email }
                                } else {
                                    user.email
                                }
                            }
                            el("td") { Labels.role(user.role, in: language) }
                            el("td") { user.unitName ?? t(AccountText.wholeOrganisation) }
                            el("td") { t(user.disabled ? AccountText.disabled : AccountText.active) }
                            el("td") { user.lastLogin ?? t(AccountText.never) }
                        }
                    }
                }
            }
            if context.canManageUsers {
                el("section", .class("panel"), .aria("labelledby", "create-user-title")) {
                    el("h2", .id("create-user-title")) { t(AccountText.createUser) }
                    postForm(action: "/users", csrf: context.csrfToken) {
                        inputField(
                            FieldSpec(id: "user-email", name: "email", label: t(AccountText.email), required: true),
                            value: newUserEmail, type: "email", autocomplete: "off", errors: context.errors)
                        selectField(
                            FieldSpec(id: "user-role", name: "role", label: t(AccountText.role)),
                            options: roles, selected: newUserRole, errors: context.errors)
                        selectField(
                            FieldSpec(id: "user-unit", name: "unit", label: t(AccountText.unit)),
                            options: [SelectOption(value: "", label: t(AccountText.wholeOrganisation))] + units,
                            selected: newUserUnitID ?? "", errors: context.errors)
                        el("div") { submitButton(t(AccountText.createUser)) }
                    }
                }
            }
            el("h2") { t(AccountText.apiTokens) }
            if tokens.isEmpty {
                el("p", .class("muted")) { t(AccountText.noTokens) }
            } else {
                dataTable(
                    caption: t(AccountText.apiTokens),
                    headers: [t(CommonText.name), t(AccountText.role), t(AccountText.created), t(AccountText.lastUsed)]
                        + (context.canManageUsers ? [t(CommonText.actions)] : [])
                ) {
                    tokens.map { token in
                        el("tr") {
                            el("th", .scope("row")) { token.name }
                            el("td") { Labels.role(token.role, in: language) }
                            el("td") { token.created }
                            el("td") { token.lastUsed ?? t(AccountText.never) }
                            if context.canManageUsers {
                                el("td") {
                                    postForm(
                                        action: URLPath.make("/tokens", token.id, "/revoke"), csrf: context.csrfToken,
                                        class: "inline-form"
                                    ) {
                                        el("button", .type("submit"), .class("button button-danger")) {
                                            t(AccountText.revoke)
                                            el("span", .class("visually-hidden")) { " \(token.name)" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if context.canManageUsers {
                el("section", .class("panel"), .aria("labelledby", "create-token-title")) {
                    el("h3", .id("create-token-title")) { t(AccountText.createToken) }
                    postForm(action: "/tokens", csrf: context.csrfToken) {
                        inputField(
                            FieldSpec(id: "token-name", name: "name", label: t(CommonText.name), required: true),
                            value: newTokenName, errors: context.errors)
                        selectField(
                            FieldSpec(id: "token-role", name: "role", label: t(AccountText.role)),
                            options: roles, selected: newTokenRole, errors: context.errors)
                        selectField(
                            FieldSpec(id: "token-unit", name: "unit", label: t(AccountText.unit)),
                            options: [SelectOption(value: "", label: t(AccountText.wholeOrganisation))] + units,
                            selected: "", errors: context.errors)
                        el("div") { submitButton(t(AccountText.createToken)) }
                    }
                }
            }
        }
    }
}
