import CXMCore

/// A page for an HTTP error status, with a localized title, explanation and a link home.
public struct ErrorPage: Sendable {
    /// The page language.
    public var language: Language
    /// The HTTP status code, such as 404.
    public var status: Int
    /// The signed-in frame when there is a session; nil renders a bare page.
    public var context: PageContext?
    /// An extra, already localized explanation (for example which field was wrong), shown below the standard one.
    public var detail: String?

    /// Creates an error page model.
    public init(language: Language, status: Int, context: PageContext? = nil, detail: String? = nil) {
        self.language = language
        self.status = status
        self.context = context
        self.detail = detail
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(language)
        let (title, message) = Self.texts(for: status)
        let body = HTML.build {
            el("p", .class("muted")) { t(ErrorText.errorCode, String(status)) }
            el("p") { t(message) }
            if let detail {
                el("p") { detail }
            }
            el("p") { el("a", .href("/"), .class("button")) { t(CommonText.goHome) } }
        }
        if var context {
            context.language = language
            return Layout.page(title: t(title), context: context, section: nil) { body }
        }
        return Layout.document(language: language, title: "\(t(title)) – cxm") {
            el("header", .class("site-header")) {
                el("div", .class("brand")) { el("a", .href("/"), .class("product")) { "cxm" } }
            }
            el("main", .id("main"), Attribute("tabindex", "-1")) {
                el("h1") { t(title) }
                body
            }
        }
    }

    /// Maps a status to its title and message; unknown 4xx read as a bad request, everything else as a server error.
    static func texts(for status: Int) -> (ErrorText, ErrorText) {
        switch status {
        case 401: (.unauthorizedTitle, .unauthorizedMessage)
        case 403: (.forbiddenTitle, .forbiddenMessage)
        case 404, 410: (.notFoundTitle, .notFoundMessage)
        case 429: (.tooManyRequestsTitle, .tooManyRequestsMessage)
        case 400..<500: (.badRequestTitle, .badRequestMessage)
        default: (.serverErrorTitle, .serverErrorMessage)
        }
    }
}
