import CXMCore
import Foundation

/// One person's mail about the cases that need them after a sweep: new ones in their queue, ones due
/// soon, overdue ones (for team leads) and ones moved up to their unit; each with a link to the case.
public struct CaseAlertMail: Sendable {
    public var language: Language
    public var recipientName: String
    public var workspaceName: String
    public var alerts: [CaseAlert]
    /// The public address of cxm, for links.
    public var linkBase: String
    public var timeZone: String

    public init(
        language: Language, recipientName: String, workspaceName: String, alerts: [CaseAlert], linkBase: String,
        timeZone: String
    ) {
        self.language = language
        self.recipientName = recipientName
        self.workspaceName = workspaceName
        self.alerts = alerts
        self.linkBase = linkBase
        self.timeZone = timeZone
    }

    public var subject: String {
        let t = Localizer(language)
        if alerts.count == 1, let only = alerts.first {
            return "\(workspaceName): \(t(CaseText.caseNumber, String(only.number))) · \(only.title)"
        }
        return t(CaseText.mailSubject, workspaceName, String(alerts.count))
    }

    /// The alerts by kind, in the order the mail lists them (the most pressing first).
    private var sections: [(CaseText, [CaseAlert])] {
        let order: [(CaseAlert.Kind, CaseText)] = [
            (.movedUp, .alertMovedUp), (.breached, .alertBreached), (.dueSoon, .alertDueSoon), (.opened, .alertOpened),
        ]
        return order.compactMap { kind, title in
            let found = alerts.filter { $0.kind == kind }.sorted { $0.number < $1.number }
            return found.isEmpty ? nil : (title, found)
        }
    }

    private func line(_ alert: CaseAlert, _ t: Localizer) -> String {
        var text = "\(t(CaseText.caseNumber, String(alert.number))) · \(alert.title)"
        if let due = alert.due {
            text += " (\(t(CaseText.dueAt, LocaleFormat(language).dateTime(due, timeZone: timeZone))))"
        }
        return text
    }

    private func link(_ alert: CaseAlert) -> String { "\(linkBase)/cases/\(alert.caseID)" }

    public var text: String {
        let t = Localizer(language)
        var lines = [t(CaseText.mailGreeting, recipientName), "", t(CaseText.mailIntro)]
        for (title, found) in sections {
            lines += [
                "", title == .alertOpened ? t(title) : t(title).uppercased(with: Locale(identifier: language.localeIdentifier)),
            ]
            for alert in found { lines += ["- \(line(alert, t))", "  \(link(alert))"] }
        }
        lines += ["", "-- ", t(CaseText.mailFooter, workspaceName)]
        return lines.joined(separator: "\n")
    }

    public var html: String {
        let t = Localizer(language)
        let frame = StaffMail(
            language: language, subject: subject, greeting: t(CaseText.mailGreeting, recipientName),
            introduction: t(CaseText.mailIntro), footer: t(CaseText.mailFooter, workspaceName))
        return frame.render {
            sections.map { title, found in
                HTML.build {
                    el("h2", Attribute("style", "font-size:16px;margin:16px 0 4px")) { t(title) }
                    el("ul") {
                        found.map { alert in el("li") { el("a", .href(link(alert)), StaffMail.linkStyle) { line(alert, t) } } }
                    }
                }
            }
        }
    }
}
