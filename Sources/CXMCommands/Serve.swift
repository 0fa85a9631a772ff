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
        let logger = store.logger(configuration)
        logger.info("opening database", metadata: ["database": "\(configuration.database)"])
        let opened = try await openStore(configuration, logger: logger)
        if configuration.loadDemo, try await opened.isEmpty() {
            logger.info("loading the demo company into the empty database")
            let summary = try await DemoLoader(store: opened, hasher: PasswordHasher(cost: 10)).load(logger: logger)
            for line in summary.loginLines { print(line) }
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
}
