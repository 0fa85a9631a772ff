import ArgumentParser
import CXMServer
import CXMStore
import Foundation

/// `cxm demo`: load the demo company; refuses a database that holds data unless forced.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load the demo company (journeys, customers, 12 months of responses).")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Load even though the database already holds data (adds to it; demo ids that exist make it fail).")
    var force = false

    func run() async throws {
        let configuration = try store.configuration()
        let logger = store.logger(configuration)
        let opened = try await openStore(configuration, logger: logger)
        do {
            if !force, !(try await opened.isEmpty()) {
                throw ValidationError(
                    "the database \(configuration.database) already holds data; use --force to load the demo anyway")
            }
            let start = ContinuousClock.now
            let summary = try await DemoLoader(store: opened, hasher: PasswordHasher(cost: 10)).load(logger: logger)
            print(summary.description + " in \(ContinuousClock.now - start)")
            for line in summary.loginLines { print(line) }
        } catch {
            await opened.database.shutdown()
            throw error
        }
        await opened.database.shutdown()
    }
}
