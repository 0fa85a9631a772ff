import CXMCore
import CXMStore
import Foundation
import Logging

/// Everything the server needs to know, read once from flags, environment and defaults.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// The folder for the SQLite file and other local data.
    public var dataDirectory: String
    public var logLevel: Logger.Level
    /// Whether to load the demo data set into an empty database at start.
    public var loadDemo: Bool
    /// Mark cookies `Secure`; nil decides per request from `X-Forwarded-Proto: https`.
    public var secureCookies: Bool?
    /// bcrypt cost; 12 in production, lower in tests only.
    public var passwordHashCost: UInt8
    public var sessionLifetime: TimeInterval
    /// When queued rollup tallies are folded in the background.
    public var rollupFolding = RollupFoldPolicy()
    /// How often each server looks whether the day's retention run is due.
    public var retentionCheckEvery: Duration = .seconds(3600)
    /// Sign-in attempts per client address.
    public var signInLimit = RateLimit.signIn
    /// Survey answers sent per client address through public and kiosk links.
    public var respondentLimit = RateLimit.respondent
    /// How long an account refuses sign-ins after consecutive failures.
    public var loginBackoff = LoginBackoff()
    /// How e-mail (password-reset links) leaves the server; nil keeps it in the outbox.
    public var mailTransport: MailTransport?
    /// The sender of cxm's e-mail.
    public var mailFrom = "cxm@localhost"
    /// The address people reach cxm at, for links in e-mail; never taken from a request's Host
    /// header, which a client chooses. Default: http://HOST:PORT.
    public var publicURL: String?
    /// How long an e-mailed reset link works.
    public var passwordResetLifetime: TimeInterval = 3600
    /// How often each server looks for e-mail to send.
    public var mailCheckEvery: Duration = .seconds(2)
    /// How often queued webhook deliveries are looked for; nil sends none (they wait in the queue).
    public var webhookCheckEvery: Duration? = .seconds(2)
    /// How often open-text answers awaiting analysis (after an upgrade or a taxonomy change) are looked
    /// for; nil leaves them waiting.
    public var textAnalysisCheckEvery: Duration? = .seconds(5)
    /// How often the case escalation sweep runs; nil switches it off (`cxm cases escalate` still works).
    public var caseEscalationEvery: Duration? = .seconds(60)
    /// How often every series is checked for real changes (and due digests sent); nil switches the
    /// schedule off (`cxm alerts check` and `POST /api/v1/alerts/check` still work).
    public var alertCheckEvery: Duration? = .seconds(3_600)
    /// How often each journey's driver analysis is computed and kept for its badges; nil switches it off
    /// (driver pages then compute on demand and keep what they computed).
    public var driverAnalysisEvery: Duration? = .seconds(6 * 3_600)
    /// How often the customers' `funnel_*` attributes are brought up to date with the site events that came
    /// since; nil switches it off.
    public var funnelProgressEvery: Duration? = .seconds(300)

    /// The base of links in e-mail, without a trailing slash.
    public var linkBase: String {
        let base = publicURL ?? "http://\(host):\(port)"
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseLocation? = nil, dataDirectory: String = ".",
        logLevel: Logger.Level = .info, loadDemo: Bool = false, secureCookies: Bool? = nil, passwordHashCost: UInt8 = 12,
        sessionLifetime: TimeInterval = 12 * 3600
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.database =
            database ?? .sqlite(path: URL(fileURLWithPath: dataDirectory).appendingPathComponent("cxm.sqlite").path)
        self.logLevel = logLevel
        self.loadDemo = loadDemo
        self.secureCookies = secureCookies
        self.passwordHashCost = passwordHashCost
        self.sessionLifetime = sessionLifetime
    }
}
