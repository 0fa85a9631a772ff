import ArgumentParser
import CXMCore
import CXMStore
import Foundation

extension ImportCommand {
    /// `cxm import triggers FILE`: a file of interactions, each a request to survey a customer.
    struct Triggers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Decide survey invitations for a CSV file of interactions (a day's visits, orders or tickets).",
            discussion: """
                Columns, named as in POST /api/v1/triggers: touchpointID, surveyID, customerID or customer \
                (an identifier such as crm:123), eventAt, delayMinutes, language, idempotencyKey. Every row is \
                decided under the contact rules in the file's order: scheduled, or not sent with the reason \
                (cooldown, quarantine, no consent …). A row repeated with the same idempotencyKey is decided once. \
                Bad rows are listed with line number and reason; the good ones are kept.
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The CSV file (comma or semicolon separated, UTF-8, header row first).") var file: String

        func run() async throws {
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw ValidationError("cannot read the file '\(file)'")
            }
            let configuration = try store.configuration()
            let opened = try await openStore(configuration, logger: store.logger(configuration))
            let report: TriggerImportReport
            do {
                let start = ContinuousClock.now
                report = try await CSVImport(store: opened).triggers(
                    from: file, actor: .commandLine, onRejected: ImportCommand.printRejection)
                print("\(report.summary) in \(ContinuousClock.now - start)")
            } catch let error as StoreError {
                await opened.database.shutdown()
                throw ValidationError(error.description)
            } catch {
                await opened.database.shutdown()
                throw error
            }
            await opened.database.shutdown()
            if !report.rejected.isEmpty { throw ExitCode(2) }
        }
    }
}
