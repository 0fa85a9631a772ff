import ArgumentParser
import CXMCore
import CXMStore
import Foundation

/// `cxm privacy export|erase --customer ID`: data-subject requests from the command line.
struct PrivacyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: "Answer data-subject requests (export or erase one customer) and apply the retention policy.",
        subcommands: [Export.self, Erase.self, Retention.self])

    struct Retention: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the workspace's retention policy now and print what it removed.",
            discussion: """
                The server applies it once a day by itself; set the policy under Settings or with PUT /api/v1/workspace. \
                Responses past their time are deleted and taken out of every figure, anonymised ones leave the customers' \
                timelines and the segments, open text past its time is deleted, then inactive customers with no response left.
                """)

        @Flag(help: "Count what would be removed, and change nothing.")
        var dryRun = false

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            let report: RetentionReport?
            let policy: RetentionPolicy
            do {
                policy = try await opened.workspaceSettings().retention
                report = try await opened.applyRetention(.manual, dryRun: dryRun, by: .commandLine)
            } catch {
                await opened.database.shutdown()
                throw error
            }
            await opened.database.shutdown()
            guard let report else { return }
            if policy.isEmpty { print("the workspace has no retention policy: everything is kept") }
            let dates = ISO8601DateFormatter()
            let rules: [(String, Int?, Date?)] = [
                ("responses", policy.responseMonths, report.responsesBefore),
                ("customer link", policy.customerLinkMonths, report.customerLinkBefore),
                ("open text", policy.openTextMonths, report.openTextBefore),
                ("inactive customers", policy.inactiveCustomerMonths, report.inactiveCustomersBefore),
                ("site activity", policy.siteActivityMonths, report.siteActivityBefore),
            ]
            for (rule, months, before) in rules {
                guard let months, let before else { continue }
                print("\(rule): kept \(months) months (before \(dates.string(from: before)) goes)")
            }
            print((dryRun ? "would remove: " : "removed: ") + report.summary)
        }
    }

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
