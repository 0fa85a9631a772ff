import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm privacy export|erase --customer ID`: data-subject requests from the command line.
struct PrivacyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: "Answer data-subject requests: export or erase everything about one customer.",
        subcommands: [Export.self, Erase.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write everything cxm holds about a customer as JSON (GDPR articles 15 and 20).",
            discussion:
                "The record, segment memberships, every response with its answers, and the audit trail. The export is audited.")

        @Option(help: "The customer's id in cxm.")
        var customer: String

        @Option(help: "The file to write (it must not exist yet). Default: standard output.")
        var output: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            if let output, FileManager.default.fileExists(atPath: output) {
                throw ValidationError("--output: \(output) already exists; name a new file")
            }
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            let data: PersonalData
            do {
                data = try await opened.personalData(of: customer, by: .commandLine)
            } catch {
                await opened.database.shutdown()
                throw error
            }
            await opened.database.shutdown()
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let json = try encoder.encode(data)
            if let output {
                try json.write(to: URL(fileURLWithPath: output), options: .withoutOverwriting)
                print("exported \(data.responses.count) responses of customer \(customer) to \(output)")
            } else {
                FileHandle.standardOutput.write(json + Data("\n".utf8))
            }
        }
    }

    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase everything about a customer (GDPR article 17).",
            discussion: """
                Deletes their responses and answers, identifiers, record and segment memberships, and takes their \
                scores out of every rollup; every other figure stays as it was. The audit log keeps that they were \
                erased, without personal data. This cannot be undone: export first if the person asked for a copy.
                """)

        @Option(help: "The customer's id in cxm.")
        var customer: String

        @Flag(help: "Confirm the erasure (required).")
        var yes = false

        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard yes else { throw ValidationError("erasing cannot be undone: add --yes to confirm") }
        }

        func run() async throws {
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            do {
                let erasure = try await opened.eraseCustomer(customer, by: .commandLine)
                print("erased customer \(customer): \(erasure.responses) responses, \(erasure.answers) answers")
            } catch {
                await opened.database.shutdown()
                throw error
            }
            await opened.database.shutdown()
        }
    }
}
