import ArgumentParser
import CXMCore
import CXMServer
import CXMStore
import Foundation

/// `cxm token create --name … --role …`: an API token for an integration, printed once.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage API tokens.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API token; the secret is printed once and stored only as a hash.")

        @OptionGroup var store: StoreOptions

        @Option(help: "A name that says which integration uses the token.")
        var name: String

        @Option(help: "The role: admin, cx_manager, analyst, team_lead, frontline or viewer.")
        var role: Role

        @Option(help: "The unit id that limits what the token sees (required for team_lead and frontline).")
        var unit: String?

        func run() async throws {
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            let secret = Secrets.token(prefix: "cxm_")
            do {
                let token = APIToken(
                    name: name, role: role, unitID: unit, createdAt: Date(), createdBy: AuditActor.commandLine.name)
                try await opened.createAPIToken(token, secretHash: Secrets.hash(secret), by: .commandLine)
            } catch {
                await opened.database.shutdown()
                throw ValidationError("\(error)")
            }
            await opened.database.shutdown()
            print(secret)
        }
    }
}
