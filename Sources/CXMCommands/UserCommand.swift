import ArgumentParser
import CXMCore
import CXMServer
import CXMStore
import Foundation

/// `cxm user …`: manage users from the server's shell.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage users.", subcommands: [Create.self])

    /// `cxm user create --email … --role …`: prints a generated password once, or reads one from stdin.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user; prints a generated password unless --password-stdin.")

        @OptionGroup var store: StoreOptions

        @Option(help: "The user's email address, used to sign in.")
        var email: String

        @Option(help: "The role: admin, cx_manager, analyst, team_lead, frontline or viewer.")
        var role: Role

        @Option(help: "The unit id the user belongs to (required for team_lead and frontline).")
        var unit: String?

        @Option(help: "The name shown in the interface.")
        var name: String?

        @Flag(help: "Read the password from standard input (one line) instead of generating one.")
        var passwordStdin = false

        func run() async throws {
            var password = Secrets.generatedPassword()
            if passwordStdin {
                guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                    throw ValidationError("--password-stdin: no password on standard input")
                }
                do { try PasswordPolicy.check(line) } catch { throw ValidationError("password: \(error)") }
                password = line
            }
            let configuration = try store.configuration()
            let logger = store.logger(configuration)
            let opened = try await openStore(configuration, logger: logger)
            do {
                let user = User(
                    email: email, displayName: name ?? "", role: role, unitID: unit, createdAt: Date())
                let hash = try await PasswordHasher(cost: 12).hash(password)
                let created = try await opened.createUser(user, passwordHash: hash, by: .commandLine)
                print("Created \(created.email) (\(created.role.rawValue)).")
                if !passwordStdin { print("Password (shown once): \(password)") }
            } catch let error as StoreError {
                await opened.database.shutdown()
                throw ValidationError(error.description)
            } catch {
                await opened.database.shutdown()
                throw error
            }
            await opened.database.shutdown()
        }
    }
}
