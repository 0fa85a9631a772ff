import CXMCore
import Hummingbird
import Logging

/// The per-request context: who is asking, in which language, and the session's CSRF token.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by the authentication middleware for a valid session or API token.
    public var principal: Principal?
    /// The signed-in user, for web pages.
    public var user: User?
    /// The session's CSRF token, which every state-changing form must echo.
    public var csrfToken: String?
    /// The language pages and messages are shown in.
    public var language: Language = .en
    /// The address the request came from (the proxy's, behind one), for per-client rate limits.
    public var clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Large enough for a batch of 10,000 responses; bigger bodies get 413.
    public var maxUploadSize: Int { AppContext.maxBodySize }

    static let maxBodySize = 16 * 1024 * 1024
}
