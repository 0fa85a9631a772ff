import ArgumentParser
import CXMStore

/// `cxm migrate`: apply pending schema migrations and list them.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let configuration = try store.configuration()
        let logger = store.logger(configuration)
        let database = try await Database.open(configuration.database, logger: logger)
        do {
            let applied = try await Migrator(database: database, logger: logger).migrate()
            print(applied.isEmpty ? "The database is up to date." : "Applied: " + applied.joined(separator: ", "))
        } catch {
            await database.shutdown()
            throw error
        }
        await database.shutdown()
    }
}
