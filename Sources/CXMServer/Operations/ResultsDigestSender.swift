import CXMCore
import CXMStore
import CXMViews
import Foundation
import Logging
import ServiceLifecycle

/// Mails everyone their monthly results digest, in their own language, early in each month: from `hour` on the
/// first day, and on any of the first `withinDays` days if the server was down on the first. Each person gets
/// one digest a month, however many servers run or rounds pass.
public struct ResultsDigestSender: Service {
    let store: Store
    let checkEvery: Duration
    /// Where links in mails point; nil sends nothing.
    let mailLinkBase: String?
    let logger: Logger

    static let hour = 7
    static let withinDays = 7

    public init(store: Store, checkEvery: Duration, mailLinkBase: String?, logger: Logger) {
        self.store = store
        self.checkEvery = checkEvery
        self.mailLinkBase = mailLinkBase
        self.logger = logger
    }

    public func run() async throws {
        await repeatUntilShutdown(
            every: checkEvery, firstDelay: .seconds(60), logger: logger, failure: "sending the monthly digest failed"
        ) {
            let sent = try await round()
            if sent > 0 { logger.info("monthly results digest queued", metadata: ["mails": "\(sent)"]) }
        }
    }

    /// Queues the digests due at `now`; returns how many.
    @discardableResult
    public func round(now: Date = Date()) async throws -> Int {
        guard let linkBase = mailLinkBase else { return 0 }
        let settings = try await store.workspaceSettings()
        let zone = TimeZone(identifier: settings.timeZone) ?? .gmt
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let today = LocalDay(now, in: zone)
        guard today.civil.day <= Self.withinDays, today.civil.day > 1 || calendar.component(.hour, from: now) >= Self.hour
        else { return 0 }
        let month = ResultsDigest.reportedMonth(before: today)
        let sent = try await store.digestsSent(month: month.iso)
        let waiting = try await store.users().filter { !$0.disabled && !sent.contains($0.id) }
        guard !waiting.isEmpty else { return 0 }
        // Claimed first, each person once whatever other server is sending: a digest is better missed once (a
        // crash before the mails are queued) than sent twice.
        let claimed = try await store.claimDigests(month: month.iso, for: waiting.map(\.id), at: now)
        let users = waiting.filter { claimed.contains($0.id) }
        let builder = ResultsDigestBuilder(store: store, month: month, today: today)
        var mails: [OutgoingMail] = []
        for user in users {
            let language = user.language ?? settings.defaultLanguage
            let mail = ResultsDigestMail(
                digest: try await builder.digest(for: user, language: language), language: language,
                recipientName: user.displayName.isEmpty ? user.email : user.displayName, workspaceName: settings.name,
                linkBase: linkBase, today: today)
            mails.append(OutgoingMail(to: user.email, subject: mail.subject, body: mail.text, html: mail.html))
        }
        try await store.queueMails(mails, lifetime: 3 * 86_400, now: now)
        return mails.count
    }
}
