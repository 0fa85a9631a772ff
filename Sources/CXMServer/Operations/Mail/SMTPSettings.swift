import Foundation

/// Where and how cxm hands e-mail to an SMTP server: read once from `cxm serve`'s flags and
/// environment. Its descriptions never show the password.
public struct SMTPSettings: Sendable, Hashable {
    /// How the connection is protected.
    public enum Security: String, Sendable, Hashable, CaseIterable {
        /// Plain connection upgraded with STARTTLS before anything else is said; a server that
        /// does not offer STARTTLS is refused (submission, port 587).
        case startTLS = "starttls"
        /// TLS from the first byte (port 465).
        case tls
        /// No encryption at all: only for a relay on the same machine or network, and for tests.
        case none

        /// The usual port for this kind of connection.
        public var defaultPort: Int {
            switch self {
            case .startTLS: 587
            case .tls: 465
            case .none: 25
            }
        }
    }

    /// A user name and password for SMTP AUTH (PLAIN, or LOGIN when only that is offered).
    public struct Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
        CustomReflectable
    {
        public var username: String
        public var password: String

        public init(username: String, password: String) {
            self.username = username
            self.password = password
        }

        public var description: String { "\(username) (password not shown)" }
        public var debugDescription: String { description }
        // `dump` and reflection-based printing see the user name only.
        public var customMirror: Mirror { Mirror(self, children: ["username": username]) }
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var credentials: Credentials?
    /// The name cxm gives itself in EHLO: a domain name, or an address literal such as `[192.0.2.1]`.
    public var heloName: String
    /// How long connecting, and each reply after it, may take.
    public var timeout: Duration
    /// A PEM file with one or more CA certificates to trust besides the system's, for a relay
    /// whose certificate a private CA signed.
    public var extraCAFile: String?

    /// Settings with the usual port for `security` unless `port` is given.
    public init(
        host: String, port: Int? = nil, security: Security = .startTLS, credentials: Credentials? = nil,
        heloName: String = "localhost", timeout: Duration = .seconds(30), extraCAFile: String? = nil
    ) {
        self.host = host
        self.port = port ?? security.defaultPort
        self.security = security
        self.credentials = credentials
        self.heloName = heloName
        self.timeout = timeout
        self.extraCAFile = extraCAFile
    }

    /// An EHLO name for a host: a domain name as it is, an IP address as an address literal.
    public static func heloName(for host: String) -> String {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if bare.contains(":") { return "[IPv6:\(bare)]" }
        if bare.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) { return "[\(bare)]" }
        return bare
    }
}

extension SMTPSettings: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String {
        let login = credentials.map { " as \($0.username)" } ?? ""
        return "smtp://\(host):\(port) (\(security.rawValue))\(login)"
    }

    public var debugDescription: String { description }
}
