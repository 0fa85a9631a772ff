import CXMCore
import CXMStore
import CXMViews
import Foundation
import Logging
import ServiceLifecycle

/// Turns due invitations and reminders into mail in the outbox, each with its own personal link,
/// and expires links that ran out. It works from the database, so it survives restarts, and each
/// invitation is claimed in the transaction that queues its mail, so two servers never mail one
/// invitation twice. Consent and opt-out are checked again when the mail is due.
public struct InvitationSender: Service {
    let store: Store
    let linkBase: String
    let checkEvery: Duration
    let logger: Logger

    public init(store: Store, linkBase: String, checkEvery: Duration, logger: Logger) {
        self.store = store
        self.linkBase = linkBase
        self.checkEvery = checkEvery
        self.logger = logger
    }

    static let batch = 100

    public func run() async throws {
        await repeatUntilShutdown(every: checkEvery, logger: logger, failure: "sending invitations failed") {
            try await sendDue()
        }
    }

    /// Queues the mail of every invitation and reminder that is due; returns how many were queued.
    @discardableResult
    public func sendDue(now: Date = Date()) async throws -> Int {
        let expired = try await store.expireInvitations(now: now)
        if expired > 0 { logger.info("invitation links expired", metadata: ["count": "\(expired)"]) }
        let workspace = try await store.workspaceSettings()
        let branding = try await store.workspaceBranding()
        var queued = 0
        for _ in 0..<1000 {
            let due = try await store.dueInvitations(limit: Self.batch, now: now)
            for item in due {
                if !item.maySurvey || item.optedOut || item.email == nil {
                    let reason: SuppressionReason = item.optedOut ? .optedOut : !item.maySurvey ? .noConsent : .noAddress
                    try await store.suppressDueInvitation(item.invitation.id, reason: reason)
                    continue
                }
                let token = Secrets.token()
                let mail = try compose(
                    item, email: item.email ?? "", token: token, workspace: workspace, branding: branding)
                if try await store.queueInvitationMail(item, mail: mail, tokenHash: Secrets.hash(token), now: now) {
                    queued += 1
                }
            }
            if due.count < Self.batch { break }
        }
        if queued > 0 { logger.info("queued survey invitations", metadata: ["count": "\(queued)"]) }
        return queued
    }

    /// The mail in the invitation's language, with a personal link and an unsubscribe link (also as
    /// the `List-Unsubscribe` header, one-click per RFC 8058).
    func compose(
        _ due: DueInvitation, email: String, token: String, workspace: WorkspaceSettings,
        branding: WorkspaceBranding = WorkspaceBranding()
    ) throws -> OutgoingMail {
        let language = due.survey.languages.contains(due.invitation.language) ? due.invitation.language : due.survey.languages[0]
        let unsubscribe = "\(linkBase)/u/\(token)"
        var view = InvitationMail(
            language: language, sender: workspace.name, survey: due.survey, link: "\(linkBase)/i/\(token)",
            unsubscribeLink: unsubscribe, isReminder: due.isReminder,
            expires: LocaleFormat(language).date(due.invitation.expiresAt, timeZone: workspace.timeZone))
        view.accent = branding.accent
        view.logoURL = RespondentBrand(name: workspace.name, branding: branding).logoPath.map { linkBase + $0 }
        return OutgoingMail(
            to: email, subject: view.subject, body: view.text, html: view.html,
            headers: ["List-Unsubscribe": "<\(unsubscribe)>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"])
    }
}
