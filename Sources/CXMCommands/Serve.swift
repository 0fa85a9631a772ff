import ArgumentParser
import CXMServer
import CXMStore
import Foundation
import Hummingbird
import Logging

/// `cxm serve`: migrate, optionally load the demo, and serve HTTP until SIGTERM or SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the cxm server (SQLite in ./cxm.sqlite by default).")

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on (env CXM_HOST). Default: 127.0.0.1.")
    var host: String?

    @Option(help: "Port to listen on (env CXM_PORT). Default: 8080.")
    var port: Int?

    @Flag(help: "Load the demo company into an empty database on first start.")
    var demo = false

    @Option(help: "Mark cookies Secure: true, false, or auto (by X-Forwarded-Proto) (env CXM_SECURE_COOKIES).")
    var secureCookies: String?

    @Option(help: "The address people reach cxm at, for links in e-mail (env CXM_PUBLIC_URL). Default: http://HOST:PORT.")
    var publicURL: String?

    @Option(help: "Send e-mail by piping each message to this command, e.g. '/usr/sbin/sendmail -t -i' (env CXM_MAIL_COMMAND).")
    var mailCommand: String?

    @Option(help: "Or write each e-mail as an .eml file into this folder, a mail system's pickup folder (env CXM_MAIL_DIR).")
    var mailDir: String?

    @Option(help: "Or send e-mail to this SMTP server (env CXM_SMTP_HOST).")
    var smtpHost: String?

    @Option(help: "The SMTP server's port (env CXM_SMTP_PORT). Default: 587; 465 with --smtp-security tls; 25 with none.")
    var smtpPort: Int?

    @Option(
        help: """
            starttls (required before anything else is said), tls (from the first byte) or none (plain text, only for a \
            local relay) (env CXM_SMTP_SECURITY). Default: starttls.
            """)
    var smtpSecurity: String?

    @Option(help: "The SMTP login (env CXM_SMTP_USER); its password from env CXM_SMTP_PASSWORD or --smtp-password-file.")
    var smtpUser: String?

    @Option(help: "A file holding the SMTP password (env CXM_SMTP_PASSWORD_FILE). There is no flag for the password itself.")
    var smtpPasswordFile: String?

    @Option(help: "A PEM file of CA certificates to trust for the SMTP server besides the system's (env CXM_SMTP_CA_FILE).")
    var smtpCaFile: String?

    @Option(help: "The sender address of cxm's e-mail (env CXM_MAIL_FROM). Default: cxm@localhost.")
    var mailFrom: String?

    @Option(
        help: """
            Survey pages each client address may send, BURST:PER_SECOND (env CXM_RESPONDENT_LIMIT). \
            Default: 120:2, 120 at once and then two a second.
            """)
    var respondentLimit: String?

    func run() async throws {
        var configuration = try store.configuration()
        let env = StoreOptions.environment
        configuration.host = host ?? env["CXM_HOST"] ?? "127.0.0.1"
        if let text = port.map(String.init) ?? env["CXM_PORT"] {
            guard let value = Int(text), (1...65535).contains(value) else {
                throw ValidationError("--port: '\(text)' is not a port number from 1 to 65535")
            }
            configuration.port = value
        }
        switch (secureCookies ?? env["CXM_SECURE_COOKIES"] ?? "auto").lowercased() {
        case "true", "yes", "1": configuration.secureCookies = true
        case "false", "no", "0": configuration.secureCookies = false
        case "auto": configuration.secureCookies = nil
        case let other: throw ValidationError("--secure-cookies: '\(other)' must be true, false or auto")
        }
        configuration.loadDemo = demo
        if let text = respondentLimit ?? env["CXM_RESPONDENT_LIMIT"], !text.isEmpty {
            configuration.respondentLimit = try Self.rateLimit(text)
        }
        try configureMail(&configuration, env: env)
        let logger = store.logger(configuration)
        logger.info("opening database", metadata: ["database": "\(configuration.database)"])
        let opened = try await openStore(configuration, logger: logger)
        if configuration.loadDemo, try await opened.isEmpty() {
            logger.info("loading the demo company into the empty database")
            do {
                let summary = try await DemoLoader(store: opened, hasher: PasswordHasher(cost: 10)).load(logger: logger)
                for line in summary.loginLines { print(line) }
            } catch {
                // Closed before the error is reported, so that it is reported rather than a pool's assertion.
                await opened.database.shutdown()
                throw error
            }
        }
        if configuration.mailTransport == nil {
            logger.notice(
                "e-mail is not configured (--smtp-host, --mail-command or --mail-dir): password reset links and survey invitations are not sent"
            )
        }
        let built = buildApplication(configuration: configuration, store: opened, logger: logger)
        do {
            try await built.application.runService()
        } catch {
            await opened.database.shutdown()
            throw error
        }
        await opened.database.shutdown()
        logger.info("stopped: in-flight requests finished and the database is closed")
    }

    /// `BURST:PER_SECOND`, such as `120:2`.
    static func rateLimit(_ text: String) throws -> RateLimit {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Double($0) }
        guard parts.count == 2, let burst = parts[0], let perSecond = parts[1], (1...1_000_000).contains(burst),
            burst == burst.rounded(), perSecond > 0, perSecond <= 1_000_000
        else {
            throw ValidationError(
                "--respondent-limit: '\(text)' must be BURST:PER_SECOND, such as 120:2 (a whole burst of 1 or more, a rate above 0)"
            )
        }
        return RateLimit(burst: Int(burst), interval: 1 / perSecond)
    }

    private func configureMail(_ configuration: inout ServerConfiguration, env: [String: String]) throws {
        if let url = publicURL ?? env["CXM_PUBLIC_URL"], !url.isEmpty {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
                throw ValidationError("--public-url: '\(url)' is not an http(s) address such as https://cxm.example.se")
            }
            configuration.publicURL = url
        }
        let command = (mailCommand ?? env["CXM_MAIL_COMMAND"]).flatMap { $0.isEmpty ? nil : $0 }
        let directory = (mailDir ?? env["CXM_MAIL_DIR"]).flatMap { $0.isEmpty ? nil : $0 }
        let smtp = try smtpSettings(env: env, publicURL: configuration.publicURL)
        let named = [(command, "--mail-command"), (directory, "--mail-dir"), (smtp?.host, "--smtp-host")].filter { $0.0 != nil }
        guard named.count <= 1 else {
            throw ValidationError("\(named.map(\.1).joined(separator: ", ")): choose one way to send e-mail")
        }
        if let line = command {
            guard let transport = MailTransport.command(line: line),
                case .command(let words) = transport, FileManager.default.isExecutableFile(atPath: words[0])
            else { throw ValidationError("--mail-command: '\(line)' does not start with an executable file's path") }
            configuration.mailTransport = transport
        } else if let folder = directory {
            configuration.mailTransport = .directory(folder)
        } else if let smtp {
            configuration.mailTransport = .smtp(smtp)
        }
        if configuration.mailTransport != nil, configuration.publicURL == nil,
            ["0.0.0.0", "::", "[::]"].contains(configuration.host)
        {
            throw ValidationError(
                "--public-url: set the address people reach cxm at; links in e-mail cannot point at \(configuration.host)")
        }
        if let from = mailFrom ?? env["CXM_MAIL_FROM"], !from.isEmpty {
            guard from.contains("@"), !from.contains(where: { $0.isNewline || $0 == "<" || $0 == ">" || $0 == "," }) else {
                throw ValidationError("--mail-from: '\(from)' is not a single e-mail address")
            }
            configuration.mailFrom = from
        }
    }

    /// The SMTP server from `--smtp-*` flags and `CXM_SMTP_*` variables; nil without a host. The
    /// password comes from the environment or a file only, never from a flag that `ps` would show.
    private func smtpSettings(env: [String: String], publicURL: String?) throws -> SMTPSettings? {
        func value(_ flag: String?, _ variable: String) -> String? { (flag ?? env[variable]).flatMap { $0.isEmpty ? nil : $0 } }
        let port = value(smtpPort.map(String.init), "CXM_SMTP_PORT")
        let security = value(smtpSecurity, "CXM_SMTP_SECURITY")
        let user = value(smtpUser, "CXM_SMTP_USER")
        let password = value(nil, "CXM_SMTP_PASSWORD")
        let passwordFile = value(smtpPasswordFile, "CXM_SMTP_PASSWORD_FILE")
        let caFile = value(smtpCaFile, "CXM_SMTP_CA_FILE")
        guard let host = value(smtpHost, "CXM_SMTP_HOST") else {
            guard [port, security, user, password, passwordFile, caFile].allSatisfy({ $0 == nil }) else {
                throw ValidationError("--smtp-host: name the SMTP server that the other SMTP settings are for")
            }
            return nil
        }
        guard let mode = SMTPSettings.Security(rawValue: (security ?? "starttls").lowercased()) else {
            throw ValidationError("--smtp-security: '\(security ?? "")' must be starttls, tls or none")
        }
        // A domain cxm answers for is a better EHLO name than "localhost", which some servers refuse.
        let name = publicURL.flatMap { URL(string: $0)?.host }.map(SMTPSettings.heloName(for:)) ?? "localhost"
        var settings = SMTPSettings(host: host, security: mode, heloName: name)
        if let port {
            guard let number = Int(port), (1...65535).contains(number) else {
                throw ValidationError("--smtp-port: '\(port)' is not a port number from 1 to 65535")
            }
            settings.port = number
        }
        var secret = password
        if let passwordFile {
            guard password == nil else {
                throw ValidationError("--smtp-password-file and CXM_SMTP_PASSWORD: give the password one way")
            }
            guard var text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                throw ValidationError("--smtp-password-file: '\(passwordFile)' cannot be read")
            }
            while text.last?.isNewline == true { text.removeLast() }
            guard !text.isEmpty else { throw ValidationError("--smtp-password-file: '\(passwordFile)' is empty") }
            secret = text
        }
        switch (user, secret) {
        case (.some(let user), .some(let secret)): settings.credentials = .init(username: user, password: secret)
        case (.some, nil): throw ValidationError("--smtp-user: give its password in CXM_SMTP_PASSWORD or --smtp-password-file")
        case (nil, .some): throw ValidationError("--smtp-user: a password is given but no user")
        case (nil, nil): break
        }
        if let caFile {
            guard FileManager.default.isReadableFile(atPath: caFile) else {
                throw ValidationError("--smtp-ca-file: '\(caFile)' cannot be read")
            }
            settings.extraCAFile = caFile
        }
        return settings
    }
}
