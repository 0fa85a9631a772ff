import CXMCore

/// The page frame: document head, skip link, header with navigation, language and account controls, messages and footer.
enum Layout {
    /// A signed-in page. `isSectionIndex` is false on detail pages, whose nav item is then `aria-current="true"`.
    static func page(
        title: String, context: PageContext, section: NavSection?, isSectionIndex: Bool = true,
        stylesheet: String? = nil, @HTMLBuilder content: () -> HTML
    ) -> String {
        let t = Localizer(context.language)
        return document(
            language: context.language, title: "\(title) – \(context.workspaceName) – cxm", stylesheet: stylesheet
        ) {
            el("header", .class("site-header")) {
                el("div", .class("brand")) {
                    el("a", .href("/"), .class("product")) { "cxm" }
                    el("span", .class("workspace")) { context.workspaceName }
                }
                navigation(context: context, section: section, isSectionIndex: isSectionIndex, t: t)
                el("div", .class("account")) {
                    languageForm(context: context, t: t)
                    el("span", .class("user")) { t(CommonText.signedInAs, context.userEmail) }
                    postForm(action: "/logout", csrf: context.csrfToken, class: "inline-form") {
                        el("button", .type("submit"), .class("button button-quiet")) { t(CommonText.signOut) }
                    }
                }
            }
            el("main", .id("main"), Attribute("tabindex", "-1")) {
                messages(flash: context.flash, errors: context.errors, t: t)
                el("h1") { title }
                content()
            }
        }
    }

    /// A bare document for pages without a session (sign-in, errors): skip link, brand, content, footer.
    /// `stylesheet` is a page's own, after the application's.
    /// `bodyClass` styles a whole page (the KPI board's TV mode); `script` is a script of this site's it runs.
    static func document(
        language: Language, title: String, stylesheet: String? = nil, bodyClass: String? = nil, script: String? = nil,
        @HTMLBuilder body: () -> HTML
    ) -> String {
        let t = Localizer(language)
        let html = HTML.build {
            HTML(trusted: "<!doctype html>\n")
            el("html", .lang(language.localeIdentifier)) {
                el("head") {
                    void("meta", Attribute("charset", "utf-8"))
                    void("meta", .name("viewport"), Attribute("content", "width=device-width, initial-scale=1"))
                    el("title") { title }
                    void("link", Attribute("rel", "stylesheet"), .href("/assets/app.css"))
                    if let stylesheet { void("link", Attribute("rel", "stylesheet"), .href(stylesheet)) }
                    if let script { el("script", Attribute("src", script), .flag("defer")) }
                }
                el("body", bodyClass.map { .class($0) }) {
                    el("a", .href("#main"), .class("skip-link")) { t(CommonText.skipToContent) }
                    body()
                    el("footer", .class("site-footer")) { el("p") { t(CommonText.footer) } }
                }
            }
        }
        return html.rendered
    }

    /// The flash message (`role="status"`) and the error summary (`role="alert"`) linking to each field.
    static func messages(flash: String?, errors: [FormError], t: Localizer) -> HTML {
        HTML.build {
            if let flash {
                el("div", .class("flash"), .role("status")) { el("p") { flash } }
            }
            if !errors.isEmpty {
                el("div", .class("error-summary"), .role("alert"), .aria("labelledby", "error-summary-title")) {
                    el("h2", .id("error-summary-title")) { t(CommonText.errorSummaryTitle) }
                    el("ul") {
                        errors.map { error in
                            el("li") {
                                if let field = error.field {
                                    el("a", .href("#\(field)")) { error.message }
                                } else {
                                    error.message
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func navigation(context: PageContext, section: NavSection?, isSectionIndex: Bool, t: Localizer) -> HTML {
        let visible = NavSection.allCases.filter { $0.isVisible(in: context) }
        return el("nav", .class("main-nav"), .aria("label", t(CommonText.mainNavigation))) {
            el("ul") {
                visible.map { item in
                    el("li") {
                        el("a", .href(item.path), item == section ? .aria("current", isSectionIndex ? "page" : "true") : nil) {
                            t(item.title)
                        }
                    }
                }
            }
        }
    }

    /// Works without JavaScript: the user picks a language and presses the button.
    private static func languageForm(context: PageContext, t: Localizer) -> HTML {
        postForm(action: "/language", csrf: context.csrfToken, class: "inline-form language-form") {
            void("input", .type("hidden"), .name("return_to"), .value(context.currentPath))
            el("label", .for("language-select"), .class("language-label")) { t(CommonText.language) }
            el("select", .id("language-select"), .name("language")) {
                Language.allCases.map { language in
                    el(
                        "option", .value(language.rawValue), .lang(language.localeIdentifier),
                        language == context.language ? .flag("selected") : nil
                    ) { language.endonym }
                }
            }
            el("button", .type("submit"), .class("button button-quiet")) { t(CommonText.changeLanguage) }
        }
    }
}
