import CXMCore
import CXMStore
import CXMViews
import Foundation
import Logging
import ServiceLifecycle

/// Checks every series for real changes on a schedule, records the alerts, mails the people who follow
/// the units concerned about new changes for the worse, and sends the daily and weekly digests that are due.
/// A check is one transaction, so two servers checking at once raise an alert once (the second updates it).
public struct AlertChecker: Service {
    let store: Store
    let checkEvery: Duration
    /// Where links in mails point; nil sends no mail.
    let mailLinkBase: String?
    let logger: Logger

    /// The hour of the day (workspace time) from which digests go out.
    static let digestHour = 7

    public init(store: Store, checkEvery: Duration, mailLinkBase: String? = nil, logger: Logger) {
        self.store = store
        self.checkEvery = checkEvery
        self.mailLinkBase = mailLinkBase
        self.logger = logger
    }

    public func run() async throws {
        await repeatUntilShutdown(every: checkEvery, firstDelay: .seconds(30), logger: logger, failure: "checking alerts failed")
        {
            try await round()
        }
    }

    /// One round: check, then mail what is new and the digests that are due.
    public func round(now: Date = Date()) async throws {
        let outcome = try await Self.check(store: store, now: now)
        if !outcome.recorded.raised.isEmpty || outcome.recorded.resolved > 0 {
            logger.info(
                "alerts checked",
                metadata: [
                    "series": "\(outcome.check.series)", "raised": "\(outcome.recorded.raised.count)",
                    "resolved": "\(outcome.recorded.resolved)",
                ])
        }
        try await announce(now: now)
    }

    /// Mails what is new and the digests that are due (nothing without a way to send mail).
    public func announce(now: Date = Date()) async throws {
        guard let mailLinkBase else { return }
        try await notify(now: now, linkBase: mailLinkBase)
        try await sendDigests(now: now, linkBase: mailLinkBase)
    }

    /// Checks the last 104 complete weeks of every series and records the outcome.
    static func check(store: Store, now: Date) async throws -> (check: AlertCheck, recorded: AlertCheckOutcome) {
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        let periods = AlertEngine.weeks(endingBefore: LocalDay(now, in: zone))
        let check = AlertEngine().check(try await store.alertSeries(periods: periods), periods: periods)
        return (check, try await store.recordAlertCheck(check, at: now))
    }

    /// One mail per person about the changes for the worse nobody has been told of yet.
    func notify(now: Date, linkBase: String) async throws {
        let alerts = try await store.alertsAwaitingNotice()
        guard !alerts.isEmpty else { return }
        let mails = try await mails(.raised, for: alerts, linkBase: linkBase, only: { _ in true })
        try await store.queueMails(mails.map(\.mail), now: now)
        try await store.markAlertsNoticed(alerts.map(\.id), at: now)
    }

    /// The digests due now: daily ones once a calendar day, weekly ones once on Mondays, from `digestHour` on.
    func sendDigests(now: Date, linkBase: String) async throws {
        let zone = TimeZone(identifier: try await store.workspaceSettings().timeZone) ?? .gmt
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard calendar.component(.hour, from: now) >= Self.digestHour else { return }
        let monday = calendar.component(.weekday, from: now) == 2
        let choices = try await store.alertDigests()
        // Calendar days in the workspace's zone, so that a late first digest does not move the next one earlier.
        let today = LocalDay(now, in: zone)
        let due = { (user: User) -> Bool in
            let (digest, last) = choices[user.id] ?? (AlertDigest.standard, nil)
            switch digest {
            case .none: return false
            case .daily: break
            case .weekly: guard monday else { return false }
            }
            return last.map { LocalDay($0, in: zone) < today } ?? true
        }
        let alerts = try await store.alerts(statuses: [.open, .acknowledged], visibleUnits: nil)
        let mails = try await mails(.digest, for: alerts.filter(\.snapshot.isWorse), linkBase: linkBase, only: due)
        try await store.queueMails(mails.map(\.mail), now: now)
        let users = try await store.users().filter { due($0) && $0.role.allows(.manageAlerts) }
        try await store.markDigestSent(to: users.map(\.id), at: now)
    }

    /// One mail per person who should hear of the alerts, in their language.
    private func mails(
        _ kind: AlertMail.Kind, for alerts: [Alert], linkBase: String, only wanted: (User) -> Bool
    ) async throws -> [(user: String, mail: OutgoingMail)] {
        let users = try await store.users()
        let tree = try await store.unitTree()
        let workspace = try await store.workspaceSettings()
        let context = try await store.metricContext(visibleUnits: nil)
        let taxonomy = try await store.taxonomy().taxonomy
        // Theme names in each reader's language; touchpoints and units have one name.
        var names: [Language: AlertNames] = [:]
        for language in Set(users.map { $0.language ?? workspace.defaultLanguage }) {
            names[language] = AlertNames(context: context, taxonomy: taxonomy, language: language)
        }
        var byUser: [String: (User, [Alert])] = [:]
        for alert in alerts {
            for user in AlertRouting.recipients(of: alert.key, users: users, tree: tree) where wanted(user) {
                byUser[user.id, default: (user, [])].1.append(alert)
            }
        }
        return byUser.values.sorted { $0.0.email < $1.0.email }.map { user, alerts in
            let language = user.language ?? workspace.defaultLanguage
            let mail = AlertMail(
                kind: kind, language: language,
                recipientName: user.displayName.isEmpty ? user.email : user.displayName, workspaceName: workspace.name,
                alerts: alerts, names: names[language] ?? AlertNames(context: context, taxonomy: taxonomy, language: language),
                linkBase: linkBase)
            return (user.id, OutgoingMail(to: user.email, subject: mail.subject, body: mail.text, html: mail.html))
        }
    }
}
