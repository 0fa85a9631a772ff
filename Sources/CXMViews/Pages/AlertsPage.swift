import CXMCore
import Foundation

/// The alerts raised in the reader's units: what changed, where, since when, by how much, how sure; with
/// a check on demand and the reader's choice of digest.
public struct AlertsPage: Sendable {
    public var context: PageContext
    public var alerts: [Alert]
    public var names: AlertNames
    /// The status shown; nil for all.
    public var status: Alert.Status?
    public var timeZone: String
    /// Nil when the reader may not manage alerts (no digest, no check button).
    public var digest: AlertDigest?
    /// The result of a check just run, already worded.
    public var notice: String?

    public init(
        context: PageContext, alerts: [Alert], names: AlertNames, status: Alert.Status?, timeZone: String,
        digest: AlertDigest?, notice: String? = nil
    ) {
        self.context = context
        self.alerts = alerts
        self.names = names
        self.status = status
        self.timeZone = timeZone
        self.digest = digest
        self.notice = notice
    }

    static func statusLabel(_ status: Alert.Status, _ t: Localizer) -> String {
        switch status {
        case .open: t(TrendText.statusOpen)
        case .acknowledged: t(TrendText.statusAcknowledged)
        case .muted: t(TrendText.statusMuted)
        case .resolved: t(TrendText.statusResolved)
        }
    }

    public func render() -> String {
        let t = Localizer(context.language)
        let format = LocaleFormat(t.language)
        return Layout.page(title: t(TrendText.alerts), context: context, section: .alerts) {
            el("p", .class("lead")) { t(TrendText.alertsIntro) }
            if let notice { el("p", .class("notice"), .role("status")) { notice } }
            el("nav", .class("filter-links"), Attribute("aria-label", t(TrendText.status))) {
                ([nil] + Alert.Status.allCases).map { option in
                    let label = option.map { Self.statusLabel($0, t) } ?? t(TrendText.all)
                    let href = option.map { "/alerts?status=\($0.rawValue)" } ?? "/alerts?status=all"
                    return option == status
                        ? el("strong", Attribute("aria-current", "page")) { label } : el("a", .href(href)) { label }
                }
            }
            if alerts.isEmpty {
                el("p", .class("empty")) { t(TrendText.noAlerts) }
            } else {
                el("table", .class("data-table")) {
                    el("thead") {
                        el("tr") {
                            el("th", Attribute("scope", "col")) { t(TrendText.where_) }
                            el("th", Attribute("scope", "col")) { t(TrendText.what) }
                            el("th", Attribute("scope", "col")) { t(TrendText.status) }
                            el("th", Attribute("scope", "col")) { t(TrendText.raised) }
                        }
                    }
                    el("tbody") {
                        alerts.map { alert in
                            el("tr", .class(alert.snapshot.isWorse ? "alert-worse" : "alert-better")) {
                                el("td") {
                                    el("a", .href("/alerts/\(alert.id)")) { AlertMail.title(alert.key, names: names, t) }
                                }
                                el("td") { AlertMail.figures(alert, language: t.language, t) }
                                el("td") { Self.statusLabel(alert.status, t) }
                                el("td") { format.date(alert.raisedAt, timeZone: timeZone) }
                            }
                        }
                    }
                }
            }
            if let digest {
                postForm(action: "/alerts/digest", csrf: context.csrfToken, class: "inline-form") {
                    selectField(
                        FieldSpec(id: "digest", name: "digest", label: t(TrendText.digest)),
                        options: [
                            SelectOption(value: "daily", label: t(TrendText.digestDaily)),
                            SelectOption(value: "weekly", label: t(TrendText.digestWeekly)),
                            SelectOption(value: "none", label: t(TrendText.digestNone)),
                        ], selected: digest.rawValue, errors: [])
                    submitButton(t(TrendText.saveDigest))
                }
                postForm(action: "/alerts/check", csrf: context.csrfToken, class: "inline-form") {
                    el("button", .type("submit"), .class("button secondary")) { t(TrendText.checkNow) }
                }
            }
        }
    }
}
