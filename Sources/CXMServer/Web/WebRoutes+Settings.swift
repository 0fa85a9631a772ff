import CXMCore
import CXMStore
import CXMViews
import Foundation
import Hummingbird

/// The workspace settings page.
extension WebRoutes {
    static let settingsFieldIDs =
        [
            "name": "settings-name", "defaultLanguage": "settings-default-language", "timeZone": "settings-time-zone",
            "enabledLanguages": SettingsPage.languagesFieldID,
        ].merging(SettingsPage.RetentionField.allCases.map { ("retention." + $0.policyField, $0.id) }) { $1 }

    /// The retention periods as entered, and the policy they make (nil: a period is not a number of
    /// months, with the errors at its field).
    static func retentionPolicy(
        from form: FormBody, language: Language
    ) -> (values: [SettingsPage.RetentionField: String], policy: RetentionPolicy?, errors: [FormError]) {
        var values: [SettingsPage.RetentionField: String] = [:]
        var policy = RetentionPolicy()
        var errors: [FormError] = []
        for field in SettingsPage.RetentionField.allCases {
            let text = form.text(field.rawValue).trimmingCharacters(in: .whitespaces)
            values[field] = text
            guard !text.isEmpty else { continue }
            guard let months = Int(text), (1...RetentionPolicy.maxMonths).contains(months) else {
                errors.append(FormError(field: field.id, message: Localizer(language)(ValidationText.invalidRetentionMonths)))
                continue
            }
            switch field {
            case .responses: policy.responseMonths = months
            case .customerLink: policy.customerLinkMonths = months
            case .openText: policy.openTextMonths = months
            case .inactiveCustomers: policy.inactiveCustomerMonths = months
            case .siteActivity: policy.siteActivityMonths = months
            }
        }
        return (values, errors.isEmpty ? policy : nil, errors)
    }

    /// The time zones offered; the Nordic capitals cxm is built for, London and UTC.
    static let offeredTimeZones = [
        "Europe/Stockholm", "Europe/Copenhagen", "Europe/Oslo", "Europe/Helsinki", "Europe/London", "UTC",
    ]

    /// The offered zones plus the current one, so a zone set through the API stays selectable.
    static func timeZones(current: String) -> [String] {
        offeredTimeZones.contains(current) ? offeredTimeZones : offeredTimeZones + [current]
    }

    func registerSettings(in routes: inout RouteTable) {
        routes.get("/settings", .requires(.manageWorkspace)) { request, context in
            let settings = try await store.workspaceSettings()
            let page = try await settingsPage(
                request, context, settings, current: settings.timeZone,
                retention: SettingsPage.retentionValues(settings.retention))
            return HTMLOutput.page(page.render())
        }
        routes.post("/settings", .requires(.manageWorkspace)) { request, context in
            let form = try await FormBody.read(request)
            try WebSession.requireCSRF(form, context: context)
            let current = try await store.workspaceSettings()
            let t = Localizer(context.language)
            var errors: [FormError] = []
            let defaultLanguage = Language(rawValue: form.text("default_language"))
            if defaultLanguage == nil {
                errors.append(FormError(field: "settings-default-language", message: t(ValidationText.invalidChoice)))
            }
            let zone = form.text("time_zone")
            let zoneIsKnown = Self.timeZones(current: current.timeZone).contains(zone) && TimeZone(identifier: zone) != nil
            if !zoneIsKnown {
                errors.append(FormError(field: "settings-time-zone", message: t(ValidationText.unknownTimeZone)))
            }
            let chosen = Set(form.all("languages").compactMap(Language.init(rawValue:)))
            let retention = Self.retentionPolicy(from: form, language: context.language)
            errors += retention.errors
            let settings = WorkspaceSettings(
                name: form.text("name"), defaultLanguage: defaultLanguage ?? current.defaultLanguage,
                timeZone: zoneIsKnown ? zone : current.timeZone, enabledLanguages: Language.allCases.filter(chosen.contains),
                retention: retention.policy ?? current.retention)
            if errors.isEmpty {
                do {
                    try await store.saveWorkspaceSettings(settings, by: context.actor.auditActor)
                    return Response.seeOther("/settings?notice=saved")
                } catch let error where WebPages.validationFailure(error) != nil {
                    errors = WebPages.formErrors(
                        WebPages.validationFailure(error)!, ids: Self.settingsFieldIDs, language: context.language,
                        messages: [
                            "timeZone": t(ValidationText.unknownTimeZone),
                            "enabledLanguages": t(ValidationText.noLanguageEnabled),
                            "defaultLanguage": t(ValidationText.defaultLanguageNotEnabled),
                            "retention.openTextMonths": t(ValidationText.retentionBeyondResponses),
                            "retention.customerLinkMonths": t(ValidationText.retentionBeyondResponses),
                        ])
                }
            } else if settings.enabledLanguages.isEmpty {
                errors.append(FormError(field: SettingsPage.languagesFieldID, message: t(ValidationText.noLanguageEnabled)))
            }
            let page = try await settingsPage(
                request, context, settings, current: current.timeZone, retention: retention.values, errors: errors)
            return HTMLOutput.page(page.render(), status: .unprocessableContent)
        }
    }

    private func settingsPage(
        _ request: Request, _ context: AppContext, _ settings: WorkspaceSettings, current: String,
        retention: [SettingsPage.RetentionField: String], errors: [FormError] = []
    ) async throws -> SettingsPage {
        SettingsPage(
            context: try await web.page(request, context, errors: errors), name: settings.name,
            defaultLanguage: settings.defaultLanguage, timeZone: settings.timeZone, enabledLanguages: settings.enabledLanguages,
            timeZones: Self.timeZones(current: current), retention: retention,
            lastRetentionRun: try await store.retentionRuns(limit: 1).first)
    }
}
