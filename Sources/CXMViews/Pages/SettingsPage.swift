import CXMCore
import Foundation

/// The workspace settings: name, default language, time zone and the languages in use.
///
/// Field ids for `FormError.field`: `settings-name`, `settings-default-language`, `settings-time-zone`, and
/// `settings-language-en` (the first box) for the languages in use, and `settings-retention-…` (see
/// `RetentionField`) for the retention periods.
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
    /// The retention periods as entered (empty: keep for good).
    public var retention: [RetentionField: String]
    /// The latest application of the retention policy, if any.
    public var lastRetentionRun: RetentionReport?

    /// The retention fields: form names, element ids, and the policy's JSON field each sets.
    public enum RetentionField: String, CaseIterable, Sendable {
        case responses = "retention_responses"
        case customerLink = "retention_customer_link"
        case openText = "retention_open_text"
        case inactiveCustomers = "retention_inactive_customers"
        case siteActivity = "retention_site_activity"

        public var id: String { "settings-" + rawValue.replacingOccurrences(of: "_", with: "-") }

        /// The field of `RetentionPolicy` (and its validation errors) this control sets.
        public var policyField: String {
            switch self {
            case .responses: "responseMonths"
            case .customerLink: "customerLinkMonths"
            case .openText: "openTextMonths"
            case .inactiveCustomers: "inactiveCustomerMonths"
            case .siteActivity: "siteActivityMonths"
            }
        }

        public func months(in policy: RetentionPolicy) -> Int? {
            switch self {
            case .responses: policy.responseMonths
            case .customerLink: policy.customerLinkMonths
            case .openText: policy.openTextMonths
            case .inactiveCustomers: policy.inactiveCustomerMonths
            case .siteActivity: policy.siteActivityMonths
            }
        }

        var label: SettingsText {
            switch self {
            case .responses: .retentionResponses
            case .customerLink: .retentionCustomerLink
            case .openText: .retentionOpenText
            case .inactiveCustomers: .retentionInactiveCustomers
            case .siteActivity: .retentionSiteActivity
            }
        }
    }

    /// The form values of a stored policy.
    public static func retentionValues(_ policy: RetentionPolicy) -> [RetentionField: String] {
        Dictionary(uniqueKeysWithValues: RetentionField.allCases.map { ($0, $0.months(in: policy).map(String.init) ?? "") })
    }

    /// Creates the settings page model.
    public init(
        context: PageContext, name: String, defaultLanguage: Language, timeZone: String, enabledLanguages: [Language],
        timeZones: [String], retention: [RetentionField: String] = [:], lastRetentionRun: RetentionReport? = nil
    ) {
        self.context = context
        self.name = name
        self.defaultLanguage = defaultLanguage
        self.timeZone = timeZone
        self.enabledLanguages = enabledLanguages
        self.timeZones = timeZones
        self.retention = retention
        self.lastRetentionRun = lastRetentionRun
    }

    private func lastRunText(_ t: Localizer) -> String {
        guard let run = lastRetentionRun else { return t(SettingsText.retentionNeverRun) }
        let format = LocaleFormat(t.language)
        return t(
            SettingsText.retentionLastRun, format.dateTime(run.ranAt, timeZone: timeZone),
            format.integer(run.responsesDeleted), format.integer(run.responsesAnonymised),
            format.integer(run.openTextAnswersDeleted), format.integer(run.customersDeleted),
            format.integer(run.siteEventsDeleted ?? 0))
    }

    /// The id of the first language box, which errors about the languages in use point at.
    public static let languagesFieldID = "settings-language-\(Language.allCases[0].rawValue)"

    /// The complete HTML document.
    public func render() -> String {
        let t = Localizer(context.language)
        let errors = context.errors
        let languages = Language.allCases.map { SelectOption(value: $0.rawValue, label: $0.endonym) }
        return Layout.page(title: t(CommonText.settings), context: context, section: .settings) {
            el("p") { el("a", .href("/settings/appearance")) { t(AppearanceText.settingsLink) } }
            // Webhooks are the administrator's, as the workspace's settings are.
            if context.canManageWorkspace {
                el("p") { el("a", .href("/settings/webhooks")) { t(WebhookText.settingsLink) } }
            }
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
                el("fieldset", .class("retention")) {
                    el("legend") { t(SettingsText.retention) }
                    el("p", .class("hint"), .id("settings-retention-hint")) { t(SettingsText.retentionHint) }
                    for field in RetentionField.allCases {
                        inputField(
                            FieldSpec(id: field.id, name: field.rawValue, label: t(field.label)),
                            value: retention[field] ?? "", type: "number", errors: errors)
                    }
                    el("p", .class("retention-last-run")) { lastRunText(t) }
                }
                el("div") { submitButton(t(CommonText.save)) }
            }
        }
    }
}
