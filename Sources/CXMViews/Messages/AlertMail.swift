import CXMCore
import Foundation

/// One person's mail about alerts: the ones just raised in their units, or their daily or weekly digest
/// of the alerts still open; each line says what changed, where, since when, by how much, with a link.
public struct AlertMail: Sendable {
    /// Why the mail goes out.
    public enum Kind: Sendable {
        case raised, digest
    }

    public var kind: Kind
    public var language: Language
    public var recipientName: String
    public var workspaceName: String
    public var alerts: [Alert]
    public var names: AlertNames
    /// The public address of cxm, for links.
    public var linkBase: String

    public init(
        kind: Kind, language: Language, recipientName: String, workspaceName: String, alerts: [Alert], names: AlertNames,
        linkBase: String
    ) {
        self.kind = kind
        self.language = language
        self.recipientName = recipientName
        self.workspaceName = workspaceName
        self.alerts = alerts
        self.names = names
        self.linkBase = linkBase
    }

    public var subject: String {
        let t = Localizer(language)
        return kind == .raised
            ? t(TrendText.mailSubjectNew, workspaceName, String(alerts.count))
            : t(TrendText.mailSubjectDigest, workspaceName, String(alerts.count))
    }

    /// What an alert measures, where: "Ease (CES) · Log in to the app, Digital channels".
    static func title(_ key: AlertSeriesKey, names: AlertNames, _ t: Localizer) -> String {
        let metric: String =
            switch key.metric {
            case .nps: t(TrendText.metricNPS)
            case .csat: t(TrendText.metricCSAT)
            case .ces: t(TrendText.metricCES)
            case .rating: t(TrendText.metricRating) + (key.question.map { " (\($0))" } ?? "")
            case .theme: t(TrendText.metricTheme, key.themeID.map { names.themes[$0] ?? $0 } ?? "")
            }
        guard let touchpoint = key.touchpointID else { return metric }
        let unit = key.unitID.map { names.units[$0] ?? $0 } ?? t(TrendText.allUnits)
        return "\(metric) · \(names.touchpoints[touchpoint] ?? touchpoint), \(unit)"
    }

    /// The change: "5.9 → 4.5 (−1.4), since 2026-W31, 95 % interval −1.5 to −1.3, worse".
    static func figures(_ alert: Alert, language: Language, _ t: Localizer) -> String {
        guard let change = alert.change else { return "" }
        let format = LocaleFormat(language)
        let digits = alert.key.metric.measure == .mean ? 2 : 1
        let number = { (value: Double) in format.decimal(value, fractionDigits: digits) }
        let signed = { (value: Double) in (value > 0 ? "+" : "") + number(value) }
        var parts = [t(TrendText.change, number(change.baselineValue), number(change.currentValue), signed(change.difference))]
        if let since = alert.snapshot.changePeriod { parts.append(t(TrendText.since, since.label)) }
        parts.append(
            t(
                TrendText.sure, String(Int((change.confidenceLevel * 100).rounded())), number(change.interval.low),
                number(change.interval.high)))
        parts.append(t(alert.snapshot.isWorse ? TrendText.worse : TrendText.better))
        return parts.joined(separator: ", ")
    }

    private func link(_ alert: Alert) -> String { "\(linkBase)/alerts/\(alert.id)" }

    public var text: String {
        let t = Localizer(language)
        var lines = [
            t(CaseText.mailGreeting, recipientName), "",
            t(kind == .raised ? TrendText.mailIntroNew : TrendText.mailIntroDigest),
        ]
        for alert in alerts {
            lines += [
                "", "- " + Self.title(alert.key, names: names, t), "  " + Self.figures(alert, language: language, t),
                "  " + link(alert),
            ]
        }
        lines += ["", "-- ", t(TrendText.mailFooter, workspaceName)]
        return lines.joined(separator: "\n")
    }

    public var html: String {
        let t = Localizer(language)
        let frame = StaffMail(
            language: language, subject: subject, greeting: t(CaseText.mailGreeting, recipientName),
            introduction: t(kind == .raised ? TrendText.mailIntroNew : TrendText.mailIntroDigest),
            footer: t(TrendText.mailFooter, workspaceName))
        return frame.render {
            el("ul") {
                alerts.map { alert in
                    el("li", Attribute("style", "margin-bottom:8px")) {
                        el("a", .href(link(alert)), StaffMail.linkStyle) { Self.title(alert.key, names: names, t) }
                        void("br")
                        Self.figures(alert, language: language, t)
                    }
                }
            }
        }
    }
}
