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

    @Option(help: "The sender address of cxm's e-mail (env CXM_MAIL_FROM). Default: cxm@localhost.")
    var mailFrom: String?

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
        try configureMail(&configuration, env: env)
        let logger = store.logger(configuration)
        logger.info("opening database", metadata: ["database": "\(configuration.database)"])
        let opened = try await openStore(configuration, logger: logger)
        if configuration.loadDemo, try await opened.isEmpty() {
            logger.info("loading the demo company into the empty database")
            let summary = try await DemoLoader(store: opened, hasher: PasswordHasher(cost: 10)).load(logger: logger)
            for line in summary.loginLines { print(line) }
        }
        if configuration.mailTransport == nil {
            logger.notice("e-mail is not configured (--mail-command or --mail-dir): password reset links are not sent")
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

    private func configureMail(_ configuration: inout ServerConfiguration, env: [String: String]) throws {
        if let url = publicURL ?? env["CXM_PUBLIC_URL"], !url.isEmpty {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
                throw ValidationError("--public-url: '\(url)' is not an http(s) address such as https://cxm.example.se")
            }
            configuration.publicURL = url
        }
        let command = (mailCommand ?? env["CXM_MAIL_COMMAND"]).flatMap { $0.isEmpty ? nil : $0 }
        let directory = (mailDir ?? env["CXM_MAIL_DIR"]).flatMap { $0.isEmpty ? nil : $0 }
        switch (command, directory) {
        case (.some, .some):
            throw ValidationError("--mail-command and --mail-dir: choose one way to send e-mail")
        case (.some(let line), nil):
            guard let transport = MailTransport.command(line: line),
                case .command(let words) = transport, FileManager.default.isExecutableFile(atPath: words[0])
            else { throw ValidationError("--mail-command: '\(line)' does not start with an executable file's path") }
            configuration.mailTransport = transport
        case (nil, .some(let folder)):
            configuration.mailTransport = .directory(folder)
        case (nil, nil):
            break
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
}
