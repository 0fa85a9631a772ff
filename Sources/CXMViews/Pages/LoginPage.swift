import CXMCore

/// The sign-in page, shown before there is a session; it switches language with `?lang=` links.
public struct LoginPage: Sendable {
    /// The page language, from `?lang=` or `Accept-Language`.
    public var language: Language
    /// The anti-forgery token for the sign-in form.
    public var csrfToken: String
    /// The email typed before a failed attempt, so the user need not type it again.
    public var email: String
    /// Why the last attempt failed, already localized (for example `ValidationText.invalidCredentials`).
    public var errorMessage: String?
    /// A one-time message such as `NoticeText.signedOut`, already localized.
    public var flash: String?

    /// Creates the sign-in page model.
    public init(language: Language, csrfToken: String, email: String = "", errorMessage: String? = nil, flash: String? = nil) {
        self.language = language
        self.csrfToken = csrfToken
        self.email = email
        self.errorMessage = errorMessage
        self.flash = flash
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(language)
        let errors = errorMessage.map { [FormError(field: "login-email", message: $0)] } ?? []
        return Layout.document(language: language, title: "\(t(AccountText.signIn)) – cxm") {
            Self.publicHeader(language: language, path: "/login", t: t)
            el("main", .id("main"), Attribute("tabindex", "-1"), .class("login")) {
                Layout.messages(flash: flash, errors: errors, t: t)
                el("h1") { t(AccountText.signIn) }
                postForm(action: "/login", csrf: csrfToken, class: "form panel") {
                    inputField(
                        FieldSpec(id: "login-email", name: "email", label: t(AccountText.email), required: true),
                        value: email, type: "email", autocomplete: "email", errors: errors)
                    inputField(
                        FieldSpec(id: "login-password", name: "password", label: t(AccountText.password), required: true),
                        value: "", type: "password", autocomplete: "current-password", errors: [])
                    el("div") { submitButton(t(AccountText.signIn)) }
                }
                el("p", .class("login-help")) { el("a", .href("/password/forgot")) { t(PasswordResetText.forgotLink) } }
            }
        }
    }

    /// The header of the pages shown before sign-in: the product and the language links, which
    /// lead to `path` in each language.
    static func publicHeader(language: Language, path: String, t: Localizer) -> HTML {
        el("header", .class("site-header")) {
            el("div", .class("brand")) { el("a", .href("/"), .class("product")) { "cxm" } }
            el("nav", .aria("label", t(CommonText.language))) {
                el("ul", .class("languages")) {
                    Language.allCases.map { option in
                        el("li") {
                            el(
                                "a", .href("\(path)?lang=\(option.rawValue)"), Attribute("hreflang", option.localeIdentifier),
                                .lang(option.localeIdentifier), option == language ? .aria("current", "page") : nil
                            ) {
                                option.endonym
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The page that asks for the address to send a reset link to, and says afterwards that it went.
public struct ForgotPasswordPage: Sendable {
    public var language: Language
    public var csrfToken: String
    /// True after the form was sent: the page says a link is on its way (whether or not the address exists).
    public var sent: Bool
    /// False when the server sends no e-mail: the page says whom to ask instead.
    public var mailConfigured: Bool
    public var errorMessage: String?

    public init(language: Language, csrfToken: String, sent: Bool, mailConfigured: Bool, errorMessage: String? = nil) {
        self.language = language
        self.csrfToken = csrfToken
        self.sent = sent
        self.mailConfigured = mailConfigured
        self.errorMessage = errorMessage
    }

    public func render() -> String {
        let t = Localizer(language)
        let errors = errorMessage.map { [FormError(field: "forgot-email", message: $0)] } ?? []
        return Layout.document(language: language, title: "\(t(PasswordResetText.forgotTitle)) – cxm") {
            LoginPage.publicHeader(language: language, path: "/password/forgot", t: t)
            el("main", .id("main"), Attribute("tabindex", "-1"), .class("login")) {
                Layout.messages(flash: sent ? t(PasswordResetText.linkSent) : nil, errors: errors, t: t)
                el("h1") { t(PasswordResetText.forgotTitle) }
                if !mailConfigured {
                    el("p") { t(PasswordResetText.notConfigured) }
                } else if !sent {
                    el("p") { t(PasswordResetText.forgotIntro) }
                    postForm(action: "/password/forgot", csrf: csrfToken, class: "form panel") {
                        inputField(
                            FieldSpec(id: "forgot-email", name: "email", label: t(AccountText.email), required: true),
                            value: "", type: "email", autocomplete: "email", errors: errors)
                        el("div") { submitButton(t(PasswordResetText.sendLink)) }
                    }
                }
                el("p", .class("login-help")) { el("a", .href("/login")) { t(AccountText.signIn) } }
            }
        }
    }
}

/// The page an e-mailed link opens: a new password, twice; or why the link no longer works.
public struct ResetPasswordPage: Sendable {
    public var language: Language
    public var csrfToken: String
    /// The token from the link, posted back with the form; nil when the link is spent or expired.
    public var token: String?
    public var email: String
    public var errors: [FormError]

    public init(language: Language, csrfToken: String, token: String?, email: String, errors: [FormError] = []) {
        self.language = language
        self.csrfToken = csrfToken
        self.token = token
        self.email = email
        self.errors = errors
    }

    public func render() -> String {
        let t = Localizer(language)
        return Layout.document(language: language, title: "\(t(PasswordResetText.resetTitle)) – cxm") {
            LoginPage.publicHeader(language: language, path: "/password/forgot", t: t)
            el("main", .id("main"), Attribute("tabindex", "-1"), .class("login")) {
                Layout.messages(flash: nil, errors: errors, t: t)
                el("h1") { t(PasswordResetText.resetTitle) }
                if let token {
                    el("p") { t(PasswordResetText.resetIntro, email) }
                    postForm(action: "/password/reset", csrf: csrfToken, class: "form panel") {
                        void("input", .type("hidden"), .name("token"), .value(token))
                        // Lets password managers store the new password under the right account.
                        void("input", .type("hidden"), .name("username"), .value(email), Attribute("autocomplete", "username"))
                        inputField(
                            FieldSpec(
                                id: "reset-password", name: "password", label: t(PasswordResetText.newPassword),
                                hint: t(PasswordResetText.newPasswordHint), required: true),
                            value: "", type: "password", autocomplete: "new-password", errors: errors)
                        inputField(
                            FieldSpec(
                                id: "reset-repeat", name: "repeat", label: t(PasswordResetText.repeatPassword), required: true),
                            value: "", type: "password", autocomplete: "new-password", errors: errors)
                        el("div") { submitButton(t(PasswordResetText.setPassword)) }
                    }
                } else {
                    el("p", .class("no-data")) { t(PasswordResetText.linkInvalid) }
                    el("p") { el("a", .href("/password/forgot")) { t(PasswordResetText.requestNewLink) } }
                }
            }
        }
    }
}
