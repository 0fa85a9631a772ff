import CXMCore

/// One link as the survey page lists it.
public struct SurveyLinkRow: Sendable, Equatable {
    public var id: String
    public var label: String
    public var kind: SurveyLink.Kind
    public var touchpoint: String
    /// The unit's name, or nil when answers count for the touchpoint's owner.
    public var unit: String?
    /// The full address respondents open.
    public var url: String
    /// Where the QR code image is served.
    public var qrPath: String
    public var disabled: Bool

    /// Creates a row.
    public init(
        id: String, label: String, kind: SurveyLink.Kind, touchpoint: String, unit: String?, url: String, qrPath: String,
        disabled: Bool
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.touchpoint = touchpoint
        self.unit = unit
        self.url = url
        self.qrPath = qrPath
        self.disabled = disabled
    }
}

/// The form that creates a link: the choices and what was typed.
public struct SurveyLinkForm: Sendable, Equatable {
    public var touchpoints: [SelectOption]
    public var units: [SelectOption]
    public var label: String
    public var kind: String
    public var touchpointID: String
    public var unitID: String

    /// Creates the form model; the defaults are an empty form.
    public init(
        touchpoints: [SelectOption], units: [SelectOption], label: String = "", kind: String = "public",
        touchpointID: String = "", unitID: String = ""
    ) {
        self.touchpoints = touchpoints
        self.units = units
        self.label = label
        self.kind = kind
        self.touchpointID = touchpointID
        self.unitID = unitID
    }
}

/// The links section of the survey page.
enum SurveyLinksSection {
    static func render(
        surveyID: String, links: [SurveyLinkRow], form: SurveyLinkForm?, context: PageContext, t: Localizer
    ) -> HTML {
        el("section", .aria("labelledby", "links-title")) {
            el("h2", .id("links-title")) { t(SurveyLinkText.links) }
            el("p", .class("hint")) { t(SurveyLinkText.linksHint) }
            if links.isEmpty {
                el("p", .class("muted")) { t(SurveyLinkText.noLinks) }
            } else {
                el("ul", .class("cards")) {
                    links.map { link in
                        el("li", .class("card")) { card(surveyID: surveyID, link, form: form, context: context, t: t) }
                    }
                }
            }
            if let form {
                postForm(action: URLPath.make("/surveys", surveyID, "/links"), csrf: context.csrfToken, class: "form panel") {
                    el("h3") { t(SurveyLinkText.createLink) }
                    inputField(
                        FieldSpec(
                            id: "link-label", name: "label", label: t(SurveyLinkText.label), hint: t(SurveyLinkText.labelHint),
                            required: true),
                        value: form.label, errors: context.errors)
                    selectField(
                        FieldSpec(id: "link-kind", name: "kind", label: t(SurveyLinkText.kind)),
                        options: [
                            SelectOption(value: "public", label: t(SurveyLinkText.kindPublic)),
                            SelectOption(value: "kiosk", label: t(SurveyLinkText.kindKiosk)),
                        ], selected: form.kind, errors: context.errors)
                    selectField(
                        FieldSpec(id: "link-touchpoint", name: "touchpoint", label: t(JourneyText.touchpoint)),
                        options: form.touchpoints, selected: form.touchpointID, errors: context.errors)
                    selectField(
                        FieldSpec(id: "link-unit", name: "unit", label: t(SurveyLinkText.unit)),
                        options: [SelectOption(value: "", label: t(SurveyLinkText.touchpointOwner))] + form.units,
                        selected: form.unitID, errors: context.errors)
                    el("div") { submitButton(t(SurveyLinkText.createLink)) }
                }
            }
        }
    }

    private static func card(
        surveyID: String, _ link: SurveyLinkRow, form: SurveyLinkForm?, context: PageContext, t: Localizer
    ) -> HTML {
        HTML.build {
            el("p") { el("strong") { link.label } }
            el("p", .class("meta")) {
                el("span") { t(link.kind == .kiosk ? SurveyLinkText.kindKiosk : SurveyLinkText.kindPublic) }
                el("span") { "\(t(JourneyText.touchpoint)): \(link.touchpoint)" }
                el("span") { "\(t(SurveyLinkText.unit)): \(link.unit ?? t(SurveyLinkText.touchpointOwner))" }
                el("span") { "\(t(SurveyLinkText.status)): \(t(link.disabled ? SurveyLinkText.closed : SurveyLinkText.open))" }
            }
            el("p") { el("a", .href(link.url)) { link.url } }
            el("p") {
                el("a", .href(link.qrPath)) {
                    void(
                        "img", Attribute("src", link.qrPath), Attribute("alt", "\(t(SurveyLinkText.qrCode)): \(link.label)"),
                        Attribute("width", "160"), Attribute("height", "160"))
                }
            }
            if form != nil {
                postForm(
                    action: URLPath.make("/surveys", surveyID, "/links")
                        + URLPath.make("", link.id, link.disabled ? "/open" : "/close"),
                    csrf: context.csrfToken, class: "inline-form"
                ) {
                    el("button", .type("submit"), .class("button button-quiet")) {
                        t(link.disabled ? SurveyLinkText.reopen : SurveyLinkText.close)
                    }
                }
            }
        }
    }
}
