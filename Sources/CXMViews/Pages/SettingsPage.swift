import CXMCore

/// The workspace settings: name, default language, time zone and the languages in use.
///
/// Field ids for `FormError.field`: `settings-name`, `settings-default-language`, `settings-time-zone`, and
/// `settings-language-en` (the first box) for the languages in use.
public struct SettingsPage: Sendable {
    /// Language, user, csrf, flash and errors.
    public var context: PageContext
    /// Current values, or the submitted ones after a failed save.
    public var name: String
    public var defaultLanguage: Language
    /// An IANA identifier such as `Europe/Stockholm`.
    public var timeZone: String
    public var enabledLanguages: [Language]
    /// The time zones offered, IANA identifiers.
    public var timeZones: [String]

    /// Creates the settings page model.
    public init(
        context: PageContext, name: String, defaultLanguage: Language, timeZone: String, enabledLanguages: [Language],
        timeZones: [String]
    ) {
        self.context = context
        self.name = name
        self.defaultLanguage = defaultLanguage
        self.timeZone = timeZone
        self.enabledLanguages = enabledLanguages
        self.timeZones = timeZones
    }

    /// The id of the first language box, which errors about the languages in use point at.
    public static let languagesFieldID = "settings-language-\(Language.allCases[0].rawValue)"

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let errors = context.errors
        let languages = Language.allCases.map { SelectOption(value: $0.rawValue, label: $0.endonym) }
        return Layout.page(title: t(CommonText.settings), context: context, section: .settings) {
            postForm(action: "/settings", csrf: context.csrfToken) {
                inputField(
                    FieldSpec(id: "settings-name", name: "name", label: t(SettingsText.workspaceName), required: true),
                    value: name, errors: errors)
                selectField(
                    FieldSpec(id: "settings-default-language", name: "default_language", label: t(SettingsText.defaultLanguage)),
                    options: languages, selected: defaultLanguage.rawValue, errors: errors)
                selectField(
                    FieldSpec(
                        id: "settings-time-zone", name: "time_zone", label: t(SettingsText.timeZone),
                        hint: t(SettingsText.timeZoneHint)),
                    options: timeZones.map { SelectOption(value: $0, label: $0) }, selected: timeZone, errors: errors)
                checkboxGroup(
                    legend: t(SettingsText.enabledLanguages), hint: t(SettingsText.enabledLanguagesHint),
                    name: "languages", idPrefix: "settings-language", options: languages,
                    checked: Set(enabledLanguages.map(\.rawValue)), errors: errors)
                el("div") { submitButton(t(CommonText.save)) }
            }
        }
    }
}
