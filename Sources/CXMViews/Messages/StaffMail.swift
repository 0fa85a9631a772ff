import CXMCore

/// The HTML frame of the mails cxm sends its own people (case and alert notices): a greeting, an
/// introduction, the content and a footer, styled inline because mail clients drop style sheets.
struct StaffMail {
    static let linkStyle = Attribute("style", "color:#0a4f8f")

    let language: Language
    let subject: String
    let greeting: String
    let introduction: String
    let footer: String

    func render(@HTMLBuilder content: () -> HTML) -> String {
        HTML.build {
            HTML(trusted: "<!doctype html>\n")
            el("html", .lang(language.localeIdentifier)) {
                el("head") {
                    void("meta", Attribute("charset", "utf-8"))
                    el("title") { subject }
                }
                el("body", Attribute("style", "margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;color:#1b1f24")) {
                    el("p") { greeting }
                    el("p") { introduction }
                    content()
                    el("p", Attribute("style", "color:#4a5360;font-size:13px")) { footer }
                }
            }
        }.rendered
    }
}
