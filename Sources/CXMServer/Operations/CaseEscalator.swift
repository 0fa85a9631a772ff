import CXMCore
import CXMStore
import CXMViews
import Foundation
import Logging
import ServiceLifecycle

/// Runs the escalation sweep every minute: announces new cases, warns before a case's target, tells
/// the team lead when it is missed, and moves a long-missed case up the tree. With a way to send
/// mail, each person who should hear of it gets one mail per sweep listing their cases. Every server
/// may run one; each step is a conditional update, so a case is acted on (and mailed about) once.
public struct CaseEscalator: Service {
    let store: Store
    let checkEvery: Duration
    /// Where links in mails point; nil sends no mail.
    let mailLinkBase: String?
    let logger: Logger

    public init(store: Store, checkEvery: Duration, mailLinkBase: String? = nil, logger: Logger) {
        self.store = store
        self.checkEvery = checkEvery
        self.mailLinkBase = mailLinkBase
        self.logger = logger
    }

    public func run() async throws {
        await repeatUntilShutdown(
            every: checkEvery, firstDelay: .seconds(5), logger: logger, failure: "escalating overdue cases failed"
        ) {
            try await sweep()
        }
    }

    /// One sweep; returns what it did.
    @discardableResult
    public func sweep(now: Date = Date()) async throws -> [CaseAlert] {
        let alerts = try await store.escalateCases(now: now)
        if let mailLinkBase, !alerts.isEmpty {
            let mails = try await mails(for: alerts, linkBase: mailLinkBase)
            try await store.queueMails(mails, now: now)
        }
        if !alerts.isEmpty {
            var metadata: Logger.Metadata = [:]
            for (kind, found) in Dictionary(grouping: alerts, by: \.kind) { metadata[kind.rawValue] = "\(found.count)" }
            logger.info("cases escalated", metadata: metadata)
        }
        return alerts
    }

    /// One mail per person who should hear of the alerts, in their language.
    func mails(for alerts: [CaseAlert], linkBase: String) async throws -> [OutgoingMail] {
        let users = try await store.users()
        let tree = try await store.unitTree()
        let workspace = try await store.workspaceSettings()
        var byUser: [String: (User, [CaseAlert])] = [:]
        for alert in alerts {
            for user in CaseAlertRouting.recipients(of: alert, users: users, tree: tree) {
                byUser[user.id, default: (user, [])].1.append(alert)
            }
        }
        return byUser.values.sorted { $0.0.email < $1.0.email }.map { user, alerts in
            let mail = CaseAlertMail(
                language: user.language ?? workspace.defaultLanguage,
                recipientName: user.displayName.isEmpty ? user.email : user.displayName, workspaceName: workspace.name,
                alerts: alerts, linkBase: linkBase, timeZone: workspace.timeZone)
            return OutgoingMail(to: user.email, subject: mail.subject, body: mail.text, html: mail.html)
        }
    }
}
