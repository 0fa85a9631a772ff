import CXMCore

/// The survey appearance page: the workspace's logo and colours, with the look customers see now.
///
/// Field ids for `FormError.field`: `appearance-accent`, `appearance-background`, `appearance-logo`.
public struct AppearancePage: Sendable {
    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    /// The saved look (the preview shows it).
    public var branding: WorkspaceBranding
    /// The colours as entered: the saved ones, or the submitted ones after a failed save.
    public var accentText: String
    public var backgroundText: String

    public static let accentFieldID = "appearance-accent"
    public static let backgroundFieldID = "appearance-background"
    public static let logoFieldID = "appearance-logo"

    /// Creates the page model; the fields show the saved colours unless other text is given.
    public init(context: PageContext, branding: WorkspaceBranding, accentText: String? = nil, backgroundText: String? = nil) {
        self.context = context
        self.branding = branding
        self.accentText = accentText ?? branding.accentColour?.hex ?? ""
        self.backgroundText = backgroundText ?? branding.backgroundColour?.hex ?? ""
    }

    /// A contrast problem in the reader's language.
    public static func message(_ problem: WorkspaceBranding.ContrastProblem, language: Language) -> String {
        let t = Localizer(language)
        let key: AppearanceText =
            switch problem.kind {
            case .accentOnWhite: .accentOnWhite
            case .accentOnBackground: .accentOnBackground
            case .focusOnBackground: .focusOnBackground
            }
        let format = LocaleFormat(language)
        func ratio(_ value: Double) -> String {
            format.decimal(value, fractionDigits: value == value.rounded() ? 0 : 1) + ":1"
        }
        return t(key, problem.colour.hex, ratio(problem.contrast), ratio(problem.needed), problem.suggestion.hex)
    }

    /// A logo problem in the reader's language.
    public static func message(_ problem: BrandLogo.Problem, language: Language) -> String {
        let t = Localizer(language)
        return switch problem {
        case .tooLarge(let kilobytes): t(AppearanceText.logoTooLarge, String(kilobytes), String(BrandLogo.maxBytes / 1024))
        case .empty, .unknownFormat: t(AppearanceText.logoUnknownFormat)
        }
    }

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let errors = context.errors
        let brand = RespondentBrand(name: context.workspaceName, branding: branding)
        return Layout.page(
            title: t(AppearanceText.title), context: context, section: .settings, isSectionIndex: false,
            stylesheet: "\(RespondentBrand.stylesheetAddress)?v=\(branding.version)"
        ) {
            el("p") { t(AppearanceText.intro) }
            el("section", .aria("labelledby", "appearance-current")) {
                el("h2", .id("appearance-current")) { t(AppearanceText.current) }
                el("div", .class("brand-preview")) {
                    if let logo = brand.logoPath {
                        el("p") { void("img", Attribute("src", logo), Attribute("alt", brand.name)) }
                    } else {
                        el("p") { t(AppearanceText.noLogo) }
                    }
                    el("p") { el("span", .class("brand-sample-link")) { t(AppearanceText.sampleLink) } }
                    el("p") { el("span", .class("brand-sample-button")) { t(AppearanceText.sampleButton) } }
                }
            }
            el(
                "form", Attribute("method", "post"), Attribute("action", "/settings/appearance"),
                Attribute("enctype", "multipart/form-data"), .class("form")
            ) {
                csrfField(context.csrfToken)
                inputField(
                    FieldSpec(
                        id: Self.accentFieldID, name: "accent_colour", label: t(AppearanceText.accentColour),
                        hint: t(AppearanceText.accentHint)),
                    value: accentText, errors: errors)
                inputField(
                    FieldSpec(
                        id: Self.backgroundFieldID, name: "background_colour", label: t(AppearanceText.backgroundColour),
                        hint: t(AppearanceText.backgroundHint)),
                    value: backgroundText, errors: errors)
                let logoSpec = FieldSpec(
                    id: Self.logoFieldID, name: "logo", label: t(AppearanceText.logo), hint: t(AppearanceText.logoHint))
                let logoError = logoSpec.error(in: errors)
                let attributes: [Attribute?] =
                    [
                        .type("file"), .id(logoSpec.id), .name(logoSpec.name),
                        Attribute("accept", ImageFormat.allCases.map(\.mediaType).joined(separator: ",")),
                    ] + logoSpec.describedBy(logoError)
                logoSpec.wrap(logoError, control: HTML(trusted: "<input\(attributes.compactMap { $0?.rendered }.joined())>"))
                if branding.logo != nil {
                    checkboxField(
                        FieldSpec(id: "appearance-remove-logo", name: "remove_logo", label: t(AppearanceText.removeLogo)),
                        checked: false, errors: errors)
                }
                el("div") { submitButton(t(CommonText.save)) }
            }
        }
    }
}
