import CXMCore

/// The frame of the pages customers see: no staff navigation, the survey's languages, its own
/// small stylesheet, and nothing that would send the link's token to another site.
enum RespondentLayout {
    static func document(
        language: Language, title: String, languages: [Language], path: String, isKiosk: Bool, brand: RespondentBrand,
        refresh: (seconds: Int, to: String)? = nil, @HTMLBuilder content: () -> HTML
    ) -> String {
        let t = Localizer(language)
        let html = HTML.build {
            HTML(trusted: "<!doctype html>\n")
            el("html", .lang(language.localeIdentifier)) {
                el("head") {
                    void("meta", Attribute("charset", "utf-8"))
                    void("meta", .name("viewport"), Attribute("content", "width=device-width, initial-scale=1"))
                    void("meta", .name("robots"), Attribute("content", "noindex"))
                    if let refresh {
                        void(
                            "meta", Attribute("http-equiv", "refresh"),
                            Attribute("content", "\(refresh.seconds);url=\(refresh.to)"))
                    }
                    el("title") { title }
                    void("link", Attribute("rel", "stylesheet"), .href("/assets/survey.css"))
                    if let stylesheet = brand.stylesheetPath {
                        void("link", Attribute("rel", "stylesheet"), .href(stylesheet))
                    }
                }
                el("body", .class(isKiosk ? "respondent kiosk" : "respondent")) {
                    el("a", .href("#main"), .class("skip-link")) { t(CommonText.skipToContent) }
                    if languages.count > 1 {
                        el("nav", .class("survey-languages"), .aria("label", t(RespondentText.language))) {
                            el("ul") {
                                languages.map { option in
                                    el("li") {
                                        el(
                                            "a", .href("\(path)?lang=\(option.rawValue)"),
                                            Attribute("hreflang", option.localeIdentifier), .lang(option.localeIdentifier),
                                            option == language ? .aria("current", "page") : nil
                                        ) { option.endonym }
                                    }
                                }
                            }
                        }
                    }
                    el("main", .id("main"), Attribute("tabindex", "-1"), .class("survey")) {
                        if let logo = brand.logoPath {
                            el("p", .class("brand")) { void("img", Attribute("src", logo), Attribute("alt", brand.name)) }
                        }
                        content()
                    }
                }
            }
        }
        return html.rendered
    }
}

/// A page with a heading and a message: thanks after answering, or why a link does not open.
public struct RespondentMessagePage: Sendable {
    /// Why the page is shown.
    public enum Kind: Sendable, Equatable {
        /// After answering; the survey's own text, if it has one for this respondent.
        case thanks(String?)
        case closed, notFound, used, expired
        /// Too many answers from one connection: send again in a moment.
        case busy
        /// Asks to confirm unsubscribing; the button posts to `action`.
        case unsubscribe(action: String)
        case unsubscribed
        /// A complaint was received: its reference, and whether the customer left a way to reply.
        case complaintReceived(reference: Int, canReply: Bool)
    }

    public var language: Language
    public var kind: Kind
    /// For kiosks: the link that starts over for the next customer.
    public var restartPath: String?
    /// The workspace's logo and colours.
    public var brand: RespondentBrand

    /// Creates the page model.
    public init(language: Language, kind: Kind, restartPath: String? = nil, brand: RespondentBrand = .plain) {
        self.language = language
        self.kind = kind
        self.restartPath = restartPath
        self.brand = brand
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(language)
        let (title, body): (String, String) =
            switch kind {
            case .thanks(let text): (t(RespondentText.thanksTitle), text ?? t(RespondentText.thanksBody))
            case .closed: (t(RespondentText.closedTitle), t(RespondentText.closedBody))
            case .notFound: (t(RespondentText.notFoundTitle), t(RespondentText.notFoundBody))
            case .used: (t(RespondentText.usedTitle), t(RespondentText.usedBody))
            case .expired: (t(RespondentText.expiredTitle), t(RespondentText.expiredBody))
            case .busy: (t(RespondentText.busyTitle), t(RespondentText.busyBody))
            case .unsubscribe: (t(RespondentText.unsubscribeTitle), t(RespondentText.unsubscribeBody))
            case .unsubscribed: (t(RespondentText.unsubscribedTitle), t(RespondentText.unsubscribedBody))
            case .complaintReceived(let reference, let canReply):
                (
                    t(ComplaintText.thanksTitle),
                    t(ComplaintText.thanksReference, String(reference)) + "\n"
                        + t(canReply ? ComplaintText.thanksContact : ComplaintText.thanksNoContact)
                )
            }
        return RespondentLayout.document(
            language: language, title: title, languages: [], path: "", isKiosk: restartPath != nil, brand: brand,
            refresh: restartPath.map { (8, $0) }
        ) {
            el("h1") { title }
            body.split(separator: "\n", omittingEmptySubsequences: true).map { paragraph in
                el("p", .class("message")) { String(paragraph) }
            }
            if case .unsubscribe(let action) = kind {
                el("form", Attribute("method", "post"), Attribute("action", action)) {
                    el("button", .type("submit"), .class("button-primary")) { t(RespondentText.unsubscribeButton) }
                }
            }
            if let restartPath {
                el("p", .class("hint"), .role("status")) { t(RespondentText.kioskRestart) }
                el("p") { el("a", .href(restartPath), .class("button-primary")) { t(RespondentText.kioskStartAgain) } }
            }
        }
    }
}
