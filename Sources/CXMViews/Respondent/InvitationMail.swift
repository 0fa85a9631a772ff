import CXMCore

/// A survey invitation by e-mail in the customer's language: a plain-text body and an HTML one
/// whose first question (a scale) can be answered with one tap, each point a link that opens the
/// survey with that answer filled in.
public struct InvitationMail: Sendable {
    public var language: Language
    /// Who sends it (the workspace's name).
    public var sender: String
    public var survey: Survey
    /// The personal link.
    public var link: String
    public var unsubscribeLink: String
    public var isReminder: Bool
    /// When the link stops working, already formatted for the language.
    public var expires: String
    /// The workspace's accent colour (buttons and the scale's points).
    public var accent: Colour = WorkspaceBranding.defaultAccent
    /// The absolute address of the workspace's logo, if it has one; mail programs that show remote
    /// images show it, the others its text alternative (the sender).
    public var logoURL: String?

    /// Creates the mail model.
    public init(
        language: Language, sender: String, survey: Survey, link: String, unsubscribeLink: String, isReminder: Bool,
        expires: String
    ) {
        self.language = language
        self.sender = sender
        self.survey = survey
        self.link = link
        self.unsubscribeLink = unsubscribeLink
        self.isReminder = isReminder
        self.expires = expires
    }

    public var subject: String {
        Localizer(language)(isReminder ? InvitationText.reminderSubject : InvitationText.subject, sender)
    }

    /// The first question, when it is a scale a mail can carry as links.
    private var firstQuestion: Question? {
        guard let first = survey.questions.first, first.showIf == nil, first.type.isScale,
            let scale = first.scale, scale.count <= 11
        else { return nil }
        return first
    }

    /// The plain-text body.
    public var text: String {
        let t = Localizer(language)
        return [
            t(InvitationText.greeting), "",
            t(isReminder ? InvitationText.reminderIntro : InvitationText.intro, sender), "",
            t(InvitationText.answerLink), link, "",
            t(InvitationText.expires, expires), "",
            "-- ", t(InvitationText.unsubscribe), unsubscribeLink, t(InvitationText.sentBy, sender),
        ].joined(separator: "\n")
    }

    /// The HTML body: inline styles only (mail programs drop style sheets), every text escaped.
    public var html: String {
        let t = Localizer(language)
        let button =
            "display:inline-block;padding:12px 24px;background:\(accent.hex);color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold"
        let body = HTML.build {
            HTML(trusted: "<!doctype html>\n")
            el("html", .lang(language.localeIdentifier)) {
                el("head") {
                    void("meta", Attribute("charset", "utf-8"))
                    el("title") { subject }
                }
                el(
                    "body",
                    Attribute(
                        "style", "margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;color:#1b1f24;line-height:1.5")
                ) {
                    if let logoURL {
                        el("p") {
                            void(
                                "img", Attribute("src", logoURL), Attribute("alt", sender), Attribute("height", "48"),
                                Attribute("style", "display:block;height:48px;width:auto;border:0"))
                        }
                    }
                    el("p") { t(InvitationText.greeting) }
                    el("p") { t(isReminder ? InvitationText.reminderIntro : InvitationText.intro, sender) }
                    if let question = firstQuestion, let scale = question.scale {
                        el("p") { t(InvitationText.firstQuestion) }
                        el("p", Attribute("style", "font-weight:bold")) { question.text.text(in: language) }
                        el("table", Attribute("role", "presentation"), Attribute("cellspacing", "4")) {
                            el("tr") {
                                scale.map { point in
                                    el("td") {
                                        el(
                                            "a", .href("\(link)?q-\(question.key)=\(point)"),
                                            Attribute(
                                                "style",
                                                "display:inline-block;min-width:28px;padding:8px 4px;text-align:center;border:2px solid \(accent.hex);border-radius:6px;color:\(accent.hex);text-decoration:none;font-weight:bold"
                                            )
                                        ) { String(point) }
                                    }
                                }
                            }
                        }
                        let control = RespondentQuestion(question, language: language, values: [], error: nil).control
                        if case .numbers(_, let low, let high) = control {
                            el("p", Attribute("style", "color:#4a5360;font-size:14px")) {
                                "\(scale.lowerBound) = \(low), \(scale.upperBound) = \(high)"
                            }
                        }
                    }
                    el("p") { el("a", .href(link), Attribute("style", button)) { t(InvitationText.answerButton) } }
                    el("p", Attribute("style", "color:#4a5360;font-size:14px")) { t(InvitationText.expires, expires) }
                    el("p", Attribute("style", "color:#4a5360;font-size:13px")) {
                        t(InvitationText.unsubscribe)
                        " "
                        el("a", .href(unsubscribeLink), Attribute("style", "color:#0a4f8f")) { unsubscribeLink }
                        void("br")
                        t(InvitationText.sentBy, sender)
                    }
                }
            }
        }
        return body.rendered
    }
}
