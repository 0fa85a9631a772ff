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
            el("header", .class("site-header")) {
                el("div", .class("brand")) { el("a", .href("/"), .class("product")) { "cxm" } }
                el("nav", .aria("label", t(CommonText.language))) {
                    el("ul", .class("languages")) {
                        Language.allCases.map { option in
                            el("li") {
                                el(
                                    "a", .href("/login?lang=\(option.rawValue)"), Attribute("hreflang", option.localeIdentifier),
                                    .lang(option.localeIdentifier), option == language ? .aria("current", "page") : nil
                                ) {
                                    option.endonym
                                }
                            }
                        }
                    }
                }
            }
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
            }
        }
    }
}
